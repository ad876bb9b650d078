package dev.groupbuy.core.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: every inbound message, stored before it is acknowledged to the platform. It is also the queue of each
 * chat: entries not yet finished are processed oldest first.
 */
public interface Inbox {

    /**
     * Stores the message in state {@link InboxState#RECEIVED}.
     *
     * @return the new entry's id, or empty when the platform already delivered this message id
     */
    Optional<Long> storeIfNew(InboundMessage message);

    /**
     * Moves an unfinished entry (received or processing) to {@code state}.
     *
     * @return false when the entry was finished already, by another worker: then nothing changes
     */
    boolean markState(long id, InboxState state, String detail);

    /** The chat's unfinished entries (received or processing) up to entry {@code upTo}, oldest first. */
    List<Long> unfinishedIds(ChatKey chat, long upTo, int limit);

    /**
     * Chats with an entry still unfinished that was received at or before {@code receivedBy}, the chat whose
     * oldest such entry is oldest first.
     */
    List<ChatKey> waitingChats(Instant receivedBy, int limit);

    Optional<StoredMessage> findById(long id);

    /** An inbox entry. */
    record StoredMessage(long id, InboundMessage message, InboxState state) {}
}
