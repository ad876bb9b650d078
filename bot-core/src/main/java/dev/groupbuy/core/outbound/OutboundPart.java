package dev.groupbuy.core.outbound;

import dev.groupbuy.core.chat.OutboundMessage;
import java.util.List;

/**
 * One platform message: the whole of an outbound message, or one part of one cut at the platform's size
 * limit.
 *
 * @param idempotencyKey the same for every attempt of this part, different for every other part; for
 *     platforms that drop repeats
 * @param index 0 for the first part
 */
public record OutboundPart(OutboundMessage message, String text, String idempotencyKey, int index, int count) {

    public String platform() {
        return message.platform();
    }

    public String chatId() {
        return message.chatId();
    }

    /** The people to @-mention: with the first part only, so nobody is pinged once per part. */
    public List<String> mentions() {
        return index == 0 ? message.mentions() : List.of();
    }
}
