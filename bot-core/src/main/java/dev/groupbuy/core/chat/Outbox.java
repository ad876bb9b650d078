package dev.groupbuy.core.chat;

import java.util.List;

/** Port: every outbound message, stored before a sender delivers it. */
public interface Outbox {

    long enqueue(OutboundMessage message);

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
