package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.adapters.persistence.TextLists;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.store.TextLimit;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;

/**
 * {@link Outbox} on the {@code outbox} table; each message gets a random idempotency key, or the caller's
 * ({@link #enqueueOnce}, unique in the table). The dispatcher works
 * through the same table as {@link OutboundQueueAdapter}. A failed delivery stays pending for another try until it has
 * failed {@code maxAttempts} times; then it is marked failed and no longer offered.
 */
class OutboxPersistenceAdapter implements Outbox {

    static final int DEFAULT_MAX_ATTEMPTS = 5;
    static final int ERROR_LENGTH = 1000;

    private final OutboxMapper outbox;
    private final Clock clock;
    private final int maxAttempts;

    OutboxPersistenceAdapter(OutboxMapper outbox, Clock clock, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.outbox = outbox;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public long enqueue(OutboundMessage message) {
        return insert(message, UUID.randomUUID().toString());
    }

    /** Looks before it inserts, so a used key costs no failed statement; two at once: the unique index decides. */
    @Override
    public OptionalLong enqueueOnce(OutboundMessage message, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("an idempotency key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (outbox.hasKey(idempotencyKey)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(insert(message, idempotencyKey));
        } catch (DuplicateKeyException raced) {
            return OptionalLong.empty();
        }
    }

    private long insert(OutboundMessage message, String idempotencyKey) {
        OutboxDO row = new OutboxDO();
        row.setPlatform(message.platform());
        row.setChatId(message.chatId());
        row.setText(message.text());
        row.setMentions(TextLists.join(message.mentions()));
        row.setInReplyTo(message.inReplyTo());
        row.setState(OutboxMapper.PENDING);
        row.setAttempts(0);
        row.setPartsSent(0);
        row.setIdempotencyKey(idempotencyKey);
        row.setCreatedAt(clock.instant());
        outbox.insert(row);
        return row.getId();
    }

    @Override
    public List<Pending> pending(int limit) {
        return outbox.pending(limit).stream()
                .map(OutboxPersistenceAdapter::toPending)
                .toList();
    }

    @Override
    public void markSent(long id) {
        outbox.markSent(id, clock.instant());
    }

    @Override
    public void markFailed(long id, String reason) {
        outbox.countFailure(id, truncated(reason), maxAttempts);
    }

    static String truncated(String reason) {
        return TextLimit.cut(reason, ERROR_LENGTH);
    }

    private static Pending toPending(OutboxDO row) {
        OutboundMessage message = new OutboundMessage(
                row.getPlatform(),
                row.getChatId(),
                row.getText(),
                TextLists.split(row.getMentions()),
                row.getInReplyTo());
        return new Pending(row.getId(), message, row.getAttempts());
    }
}
