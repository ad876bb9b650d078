package dev.groupbuy.core.outbound;

import dev.groupbuy.core.chat.OutboundMessage;
import java.time.Instant;

/**
 * An outbox entry as the dispatcher sees it.
 *
 * @param idempotencyKey unique per message, given when it was queued; part {@code i} is sent with {@code
 *     key + "#" + i}
 * @param failures failed attempts so far
 * @param partsSent how many of its parts the platform already took
 * @param nextAttemptAt not to be tried before this, or {@code null}
 * @param error why the last attempt failed, or why it was given up or skipped
 */
public record Delivery(
        long id,
        OutboundMessage message,
        String idempotencyKey,
        DeliveryStatus status,
        int failures,
        int partsSent,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String error) {

    public String partKey(int index) {
        return idempotencyKey + "#" + index;
    }
}
