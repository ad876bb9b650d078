package dev.groupbuy.core.direct;

import dev.groupbuy.core.chat.ChatAddress;
import java.time.Instant;

/**
 * A text someone sent the bot in a 1:1 chat (a WeCom app, an Official Account), to act on the groups they
 * belong to.
 *
 * @param from the 1:1 chat: where answers go
 * @param userId who sent it, as that platform names them
 * @param messageId the platform's id of the message; a repeat of it is a re-delivery
 */
public record DirectMessage(
        ChatAddress from, String userId, String userName, String messageId, String text, Instant sentAt) {

    public DirectMessage {
        if (from == null || userId == null || userId.isBlank() || messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("a direct message needs its chat, sender and message id");
        }
        if (sentAt == null) {
            throw new IllegalArgumentException("a direct message needs a sent-at time");
        }
        text = text == null ? "" : text.strip();
        userName = userName == null ? "" : userName.strip();
    }
}
