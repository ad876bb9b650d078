package dev.groupbuy.core.testing;

import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.outbound.Delivery;
import dev.groupbuy.core.outbound.DeliveryStatus;
import dev.groupbuy.core.outbound.OutboundQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The outbox in memory, both as the {@link Outbox} use cases write and as the dispatcher's queue. */
public final class InMemoryOutboundQueue implements OutboundQueue, Outbox {

    private final Map<Long, Delivery> rows = new LinkedHashMap<>();
    private final Clock clock;
    private long nextId = 1;

    public InMemoryOutboundQueue(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized long enqueue(OutboundMessage message) {
        return insert(message, "key-" + nextId);
    }

    @Override
    public synchronized OptionalLong enqueueOnce(OutboundMessage message, String idempotencyKey) {
        if (rows.values().stream().anyMatch(d -> d.idempotencyKey().equals(idempotencyKey))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(insert(message, idempotencyKey));
    }

    private long insert(OutboundMessage message, String idempotencyKey) {
        long id = nextId++;
        rows.put(
                id,
                new Delivery(
                        id, message, idempotencyKey, DeliveryStatus.PENDING, 0, 0, clock.instant(), null, null, null));
        return id;
    }

    @Override
    public synchronized List<Pending> pending(int limit) {
        return rows.values().stream()
                .filter(d -> d.status() == DeliveryStatus.PENDING)
                .limit(limit)
                .map(d -> new Pending(d.id(), d.message(), d.failures()))
                .toList();
    }

    @Override
    public synchronized void markSent(long id) {
        update(id, DeliveryStatus.PENDING, d -> with(d, DeliveryStatus.SENT, d.failures(), d.partsSent(), null, null));
    }

    @Override
    public synchronized void markFailed(long id, String reason) {
        update(
                id,
                DeliveryStatus.PENDING,
                d -> with(d, DeliveryStatus.FAILED, d.failures() + 1, d.partsSent(), null, reason));
    }

    @Override
    public synchronized List<Delivery> heads(Collection<String> platforms, Instant dueBy, int limit) {
        Map<String, Delivery> heads = new LinkedHashMap<>();
        rows.values().stream()
                .filter(d -> !d.status().isFinished()
                        && platforms.contains(d.message().platform()))
                .forEach(d -> heads.putIfAbsent(
                        d.message().platform() + "/" + d.message().chatId(), d));
        return heads.values().stream()
                .filter(d -> d.nextAttemptAt() == null || !d.nextAttemptAt().isAfter(dueBy))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<Delivery> head(String platform, String chatId) {
        return rows.values().stream()
                .filter(d -> !d.status().isFinished())
                .filter(d -> d.message().platform().equals(platform)
                        && d.message().chatId().equals(chatId))
                .findFirst();
    }

    @Override
    public synchronized boolean claim(long id, DeliveryStatus from) {
        return update(id, from, d -> with(d, DeliveryStatus.SENDING, d.failures(), d.partsSent(), null, d.error()));
    }

    @Override
    public synchronized void release(long id) {
        update(
                id,
                DeliveryStatus.SENDING,
                d -> with(d, DeliveryStatus.PENDING, d.failures(), d.partsSent(), null, d.error()));
    }

    @Override
    public synchronized void partSent(long id, int partsSent) {
        update(
                id,
                DeliveryStatus.SENDING,
                d -> with(d, DeliveryStatus.PENDING, d.failures(), partsSent, null, d.error()));
    }

    @Override
    public synchronized void sent(long id) {
        rows.computeIfPresent(
                id,
                (k, d) -> d.status().isFinished()
                        ? d
                        : new Delivery(
                                d.id(),
                                d.message(),
                                d.idempotencyKey(),
                                DeliveryStatus.SENT,
                                d.failures(),
                                d.partsSent(),
                                d.createdAt(),
                                null,
                                clock.instant(),
                                d.error()));
    }

    @Override
    public synchronized void retryAt(long id, Instant at, String reason) {
        update(
                id,
                DeliveryStatus.SENDING,
                d -> with(d, DeliveryStatus.PENDING, d.failures() + 1, d.partsSent(), at, reason));
    }

    @Override
    public synchronized void failed(long id, String reason) {
        rows.computeIfPresent(
                id,
                (k, d) -> d.status().isFinished()
                        ? d
                        : with(d, DeliveryStatus.FAILED, d.failures(), d.partsSent(), null, reason));
    }

    @Override
    public synchronized void skipped(long id, String reason) {
        rows.computeIfPresent(
                id,
                (k, d) -> d.status().isFinished()
                        ? d
                        : with(d, DeliveryStatus.SKIPPED, d.failures(), d.partsSent(), null, reason));
    }

    @Override
    public synchronized List<Delivery> recent(String platform, String chatId, Set<DeliveryStatus> statuses, int limit) {
        return rows.values().stream()
                .filter(d -> platform == null || d.message().platform().equals(platform))
                .filter(d -> chatId == null || d.message().chatId().equals(chatId))
                .filter(d -> statuses.isEmpty() || statuses.contains(d.status()))
                .sorted(Comparator.comparing(Delivery::id).reversed())
                .limit(limit)
                .toList();
    }

    public synchronized Delivery get(long id) {
        return Objects.requireNonNull(rows.get(id), "no outbox entry " + id);
    }

    public synchronized List<Delivery> all() {
        return List.copyOf(rows.values());
    }

    /** As if the process died while the platform was being called: the entry stays sending. */
    public synchronized void cutOffWhileSending(long id) {
        update(
                id,
                DeliveryStatus.PENDING,
                d -> with(d, DeliveryStatus.SENDING, d.failures(), d.partsSent(), null, null));
    }

    private boolean update(long id, DeliveryStatus from, UnaryOperator<Delivery> change) {
        Delivery current = rows.get(id);
        if (current == null || current.status() != from) {
            return false;
        }
        rows.put(id, change.apply(current));
        return true;
    }

    private static Delivery with(
            Delivery d, DeliveryStatus status, int failures, int partsSent, Instant nextAttemptAt, String error) {
        return new Delivery(
                d.id(),
                d.message(),
                d.idempotencyKey(),
                status,
                failures,
                partsSent,
                d.createdAt(),
                nextAttemptAt,
                d.sentAt(),
                error);
    }
}
