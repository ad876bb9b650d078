package dev.groupbuy.admin.group;

import dev.groupbuy.admin.platform.SendChannelRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Registers a chat group with the bot.
 *
 * @param platform the adapter the group talks through: {@code sandbox}, {@code wecom}, ...
 * @param chatId the group's id on that platform
 * @param zone IANA time zone of the group, {@code Asia/Shanghai} when absent
 * @param leaders the group's leaders (团长), who may run leader commands; the first is the one settlements
 *     pay
 * @param send how the bot posts in the group, on platforms with several ways (WeCom); optional
 * @param commissionRate the leader's share of the group's sales, a fraction such as {@code 0.10}, or {@code
 *     null} for the leader's own rate
 *     <p>Lengths are those of the database columns: longer values get 400, not a failed insert.
 */
record CreateGroupRequest(
        @NotBlank @Size(max = 32) String platform,
        @NotBlank @Size(max = 128) String chatId,
        @Size(max = 255) String name,
        @Size(max = 64) String zone,
        @Size(max = 100) List<@Valid @NotNull LeaderRequest> leaders,
        @Valid SendChannelRequest send,
        BigDecimal commissionRate) {

    record LeaderRequest(
            @NotBlank @Size(max = 128) String userId,
            @Size(max = 255) String name) {}
}
