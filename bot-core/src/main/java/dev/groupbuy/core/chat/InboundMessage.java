package dev.groupbuy.core.chat;

import dev.groupbuy.core.store.TextLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message from a chat group as every platform adapter delivers it to the core. Every field is bounded by what
 * the inbox stores: ids and the text longer than their limits are refused ({@link IllegalArgumentException}, an
 * adapter answers its platform with a client error), the sender's display name is cut to
 * {@value #MAX_SENDER_NAME_LENGTH} characters, and mentions beyond {@value #MAX_MENTIONS_LENGTH} characters in
 * all are dropped (both are only shown, never matched).
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

    public static final int MAX_PLATFORM_LENGTH = 32;
    public static final int MAX_CHAT_ID_LENGTH = 128;
    /** Sender ids and mentioned ids. */
    public static final int MAX_USER_ID_LENGTH = 128;

    public static final int MAX_SENDER_NAME_LENGTH = 255;
    public static final int MAX_MESSAGE_ID_LENGTH = 191;
    /** A whole 接龙 of 20,000 lines is about 400,000; a native 接龙's owners (ids and texts) share the same bound. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;
    /** All mentioned ids together, one a line. */
    public static final int MAX_MENTIONS_LENGTH = 2_000;

    public InboundMessage {
        requireText(platform, "platform", MAX_PLATFORM_LENGTH);
        requireText(chatId, "chat id", MAX_CHAT_ID_LENGTH);
        requireText(senderId, "sender id", MAX_USER_ID_LENGTH);
        requireText(messageId, "message id", MAX_MESSAGE_ID_LENGTH);
        if (sentAt == null) {
            throw new IllegalArgumentException("a message needs a sent-at time");
        }
        text = text == null ? "" : text;
        if (!TextLimit.fits(text, MAX_TEXT_LENGTH)) {
            throw new IllegalArgumentException("a message's text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        senderName = senderName == null ? "" : TextLimit.cut(senderName.strip(), MAX_SENDER_NAME_LENGTH);
        mentions = mentions == null ? List.of() : fitting(mentions);
        chainOwners = chainOwners == null ? List.of() : List.copyOf(chainOwners);
        if (chainOwners.stream().mapToLong(ChainOwner::length).sum() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "a message's chain owners are longer than " + MAX_TEXT_LENGTH + " characters");
        }
    }

    /** Where the bot's answers to this message go. */
    public ChatAddress answerAddress() {
        return replyTo != null ? replyTo : new ChatAddress(platform, chatId);
    }

    private static void requireText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a message needs a " + what);
        }
        if (!TextLimit.fits(value, maxLength)) {
            throw new IllegalArgumentException("a message's " + what + " is longer than " + maxLength + " characters");
        }
    }

    /** The mentions that fit the bound, in order; ids too long to be one are dropped. */
    static List<String> fitting(List<String> mentions) {
        List<String> kept = new ArrayList<>(mentions.size());
        int length = 0;
        for (String id : mentions) {
            if (id == null || id.isBlank() || id.length() > MAX_USER_ID_LENGTH) {
                continue;
            }
            length += (kept.isEmpty() ? 0 : 1) + id.length();
            if (length > MAX_MENTIONS_LENGTH) {
                break;
            }
            kept.add(id);
        }
        return List.copyOf(kept);
    }

    /** The owner of one entry of a native 接龙, as the platform reports it. */
    public record ChainOwner(int seq, String userId, String text) {

        int length() {
            return (userId == null ? 0 : userId.length()) + (text == null ? 0 : text.length()) + 16;
        }
    }
}
