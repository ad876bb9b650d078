package dev.groupbuy.core.chat;

import java.time.Instant;
import java.util.List;

/**
 * A message from a chat group as every platform adapter delivers it to the core.
 *
 * @param platform which adapter it came through: {@code sandbox}, {@code wecom}, {@code bridge}, ...
 * @param messageId the platform's id of the message; unique per platform
 * @param text the plain text
 * @param mentions user ids the message @-mentions
 * @param chainOwners when the platform says who wrote which 接龙 entry (WeChat's native 接龙), the
 *     entries' owners in entry order; empty otherwise
 * @param replyTo where answers go when that is not the chat itself: a leader's command sent to the bot 1:1
 *     acts on the group ({@code chatId}) and is answered in the 1:1 chat; {@code null} otherwise
 */
public record InboundMessage(
        String platform,
        String chatId,
        String senderId,
        String senderName,
        String messageId,
        String text,
        List<String> mentions,
        Instant sentAt,
        List<ChainOwner> chainOwners,
        ChatAddress replyTo) {

    /** A message posted in the chat itself, answered there. */
    public InboundMessage(
            String platform,
            String chatId,
            String senderId,
            String senderName,
            String messageId,
            String text,
            List<String> mentions,
            Instant sentAt,
            List<ChainOwner> chainOwners) {
        this(platform, chatId, senderId, senderName, messageId, text, mentions, sentAt, chainOwners, null);
    }

    public InboundMessage {
        requireText(platform, "platform");
        requireText(chatId, "chat id");
        requireText(senderId, "sender id");
        requireText(messageId, "message id");
        if (sentAt == null) {
            throw new IllegalArgumentException("a message needs a sent-at time");
        }
        text = text == null ? "" : text;
        senderName = senderName == null ? "" : senderName.strip();
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        chainOwners = chainOwners == null ? List.of() : List.copyOf(chainOwners);
    }

    /** Where the bot's answers to this message go. */
    public ChatAddress answerAddress() {
        return replyTo != null ? replyTo : new ChatAddress(platform, chatId);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a message needs a " + what);
        }
    }

    /** The owner of one entry of a native 接龙, as the platform reports it. */
    public record ChainOwner(int seq, String userId, String text) {}
}
