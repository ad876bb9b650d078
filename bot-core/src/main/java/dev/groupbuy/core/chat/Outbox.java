package dev.groupbuy.core.chat;

import java.util.List;
import java.util.OptionalLong;

/** Port: every outbound message, stored before a sender delivers it. */
public interface Outbox {

    /** The longest idempotency key {@link #enqueueOnce} takes. */
    int MAX_KEY_LENGTH = 64;

    long enqueue(OutboundMessage message);

    /**
     * Queues the message under the caller's idempotency key, unless a message with that key was queued before
     * (whatever became of it): a use case that runs again, or a notice already sent, is not queued twice.
     *
     * @param idempotencyKey at most {@value #MAX_KEY_LENGTH} characters
     * @return the new entry's id, or empty when the key was already used
     */
    OptionalLong enqueueOnce(OutboundMessage message, String idempotencyKey);

    /** Messages not yet delivered, oldest first. */
    List<Pending> pending(int limit);

    void markSent(long id);

    /**
     * Counts a failed delivery. The message stays pending, and is offered again, until the store's attempt
     * limit is reached; then it is given up (state failed) and no longer offered.
     */
    void markFailed(long id, String reason);

    record Pending(long id, OutboundMessage message, int attempts) {}
}
