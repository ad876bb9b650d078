package dev.groupbuy.core.chat;

/**
 * A chat as its platform names it: the unit in which messages are processed one at a time, in the order they
 * were stored.
 */
public record ChatKey(String platform, String chatId) {

    public static ChatKey of(InboundMessage message) {
        return new ChatKey(message.platform(), message.chatId());
    }

    /** The {@code Locks} key that serialises the chat's messages. */
    public String lockKey() {
        return "chat:" + platform + "/" + chatId;
    }
}
