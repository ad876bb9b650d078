package dev.groupbuy.admin.platform;

import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.adapters.platform.ChannelType;
import dev.groupbuy.adapters.platform.GroupChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How the bot posts in a WeCom group: {@code {"type": "wecom-robot", "webhookKey": "…"}},
 * {@code {"type": "wecom-appchat"}} or {@code {"type": "wecom-customer-group", "senderUserId": "…"}}.
 */
public record SendChannelRequest(
        @NotBlank @Size(max = 32) String type,
        @Size(max = 255) String webhookKey,
        @Size(max = 128) String senderUserId) {

    /** @throws org.springframework.web.ErrorResponseException 422 for an unknown type or a missing key */
    public GroupChannel toChannel() {
        try {
            return new GroupChannel(ChannelType.fromWireName(type), blankToNull(webhookKey), blankToNull(senderUserId));
        } catch (IllegalArgumentException e) {
            throw unprocessable("send: " + e.getMessage()
                    + " (types: wecom-robot with webhookKey, wecom-appchat, wecom-customer-group with senderUserId)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
