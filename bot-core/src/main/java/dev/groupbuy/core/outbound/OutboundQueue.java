package dev.groupbuy.core.outbound;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the outbox as the {@link OutboundDispatcher} works through it. Every change is one conditional update
 * of one message, so instances working side by side never both move a message.
 */
public interface OutboundQueue {

    /**
     * The oldest unfinished (pending or sending) message of each chat on these platforms, oldest first; a chat
     * whose oldest message is not to be tried before a time after {@code dueBy} is left out.
     */
    List<Delivery> heads(Collection<String> platforms, Instant dueBy, int limit);

    /** The oldest unfinished message of one chat: the only one of the chat that may go out next. */
    Optional<Delivery> head(String platform, String chatId);

    /** Marks the message {@link DeliveryStatus#SENDING}; false when it is no longer in status {@code from}. */
    boolean claim(long id, DeliveryStatus from);

    /** Back to pending, untouched: the claimed part could not go yet (the channel's limit). */
    void release(long id);

    /** Back to pending with {@code partsSent} parts taken by the platform. */
    void partSent(long id, int partsSent);

    void sent(long id);

    /** Back to pending, one more failure counted, not to be tried again before {@code at}. */
    void retryAt(long id, Instant at, String reason);

    void failed(long id, String reason);

    void skipped(long id, String reason);

    /** Messages newest first; {@code null} filters and an empty status set are not applied. */
    List<Delivery> recent(String platform, String chatId, Set<DeliveryStatus> statuses, int limit);
}
