package dev.groupbuy.core.chat;

import java.util.List;
import java.util.Optional;

/** Port: every inbound message, stored before it is acknowledged to the platform. */
public interface Inbox {

    /**
     * Stores the message in state {@link InboxState#RECEIVED}.
     *
     * @return the new entry's id, or empty when the platform already delivered this message id
     */
    Optional<Long> storeIfNew(InboundMessage message);

    void markState(long id, InboxState state, String detail);

    /** Entries stored but never finished (received or processing), oldest first: to re-process after a crash. */
    List<StoredMessage> unfinished(int limit);

    Optional<StoredMessage> findById(long id);

    /** An inbox entry. */
    record StoredMessage(long id, InboundMessage message, InboxState state) {}
}
