package dev.groupbuy.core.testing;

import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** {@link Outbox} in memory, thread-safe, counting writes. */
public final class InMemoryOutbox implements Outbox {

    private final Map<Long, Pending> pending = new LinkedHashMap<>();
    private final List<OutboundMessage> all = new ArrayList<>();
    private final Set<String> keys = new java.util.HashSet<>();
    private final AtomicLong ids = new AtomicLong();
    private final WriteCounter writes;

    public InMemoryOutbox(WriteCounter writes) {
        this.writes = writes;
    }

    @Override
    public synchronized long enqueue(OutboundMessage message) {
        long id = ids.incrementAndGet();
        pending.put(id, new Pending(id, message, 0));
        all.add(message);
        writes.count("outbox.enqueue");
        return id;
    }

    @Override
    public synchronized OptionalLong enqueueOnce(OutboundMessage message, String idempotencyKey) {
        if (idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotency key longer than " + MAX_KEY_LENGTH);
        }
        return keys.add(idempotencyKey) ? OptionalLong.of(enqueue(message)) : OptionalLong.empty();
    }

    @Override
    public synchronized List<Pending> pending(int limit) {
        return pending.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized void markSent(long id) {
        pending.remove(id);
        writes.count("outbox.markSent");
    }

    @Override
    public synchronized void markFailed(long id, String reason) {
        Pending failed = pending.get(id);
        if (failed != null) {
            pending.put(id, new Pending(id, failed.message(), failed.attempts() + 1));
        }
        writes.count("outbox.markFailed");
    }

    /** Everything ever enqueued, oldest first. */
    public synchronized List<OutboundMessage> all() {
        return List.copyOf(all);
    }
}
