package dev.groupbuy.core.chat;

/**
 * Where a message can be sent: a chat on a platform. For a person's 1:1 chat with the bot the chat id is
 * the platform's address of that conversation (a WeCom user, an Official Account follower ...).
 */
public record ChatAddress(String platform, String chatId) {

    public ChatAddress {
        if (platform == null || platform.isBlank() || chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("an address needs a platform and a chat id");
        }
    }
}
