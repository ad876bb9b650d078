package dev.groupbuy.core.group;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A chat group on one platform, identified there by {@code chatId}.
 *
 * @param id {@code null} until stored
 * @param zone where the group lives; times the bot says in the group are in this zone
 */
public record ChatGroup(Long id, String platform, String chatId, String name, ZoneId zone, Instant createdAt) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public ChatGroup {
        if (platform == null || platform.isBlank()) {
            throw new IllegalArgumentException("a group needs a platform");
        }
        if (chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("a group needs a chat id");
        }
        platform = platform.strip();
        chatId = chatId.strip();
        name = name == null ? "" : name.strip();
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    public ChatGroup withId(long newId) {
        return new ChatGroup(newId, platform, chatId, name, zone, createdAt);
    }
}
