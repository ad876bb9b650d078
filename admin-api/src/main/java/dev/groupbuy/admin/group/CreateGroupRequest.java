package dev.groupbuy.admin.group;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Registers a chat group with the bot.
 *
 * @param platform the adapter the group talks through: {@code sandbox}, {@code wecom}, ...
 * @param chatId the group's id on that platform
 * @param zone IANA time zone of the group, {@code Asia/Shanghai} when absent
 * @param leaders the group's leaders (团长), who may run leader commands
 */
record CreateGroupRequest(
        @NotBlank String platform,
        @NotBlank String chatId,
        String name,
        String zone,
        List<@Valid @NotNull LeaderRequest> leaders) {

    record LeaderRequest(@NotBlank String userId, String name) {}
}
