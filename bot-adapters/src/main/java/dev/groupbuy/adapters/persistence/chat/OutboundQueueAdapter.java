package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.adapters.persistence.TextLists;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.outbound.Delivery;
import dev.groupbuy.core.outbound.DeliveryStatus;
import dev.groupbuy.core.outbound.OutboundQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link OutboundQueue} on the {@code outbox} table: every change is one UPDATE guarded by the state the
 * message must be in, so of two instances only one moves it.
 */
class OutboundQueueAdapter implements OutboundQueue {

    private final OutboxMapper outbox;
    private final Clock clock;

    OutboundQueueAdapter(OutboxMapper outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<Delivery> heads(Collection<String> platforms, Instant dueBy, int limit) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return outbox.heads(platforms, dueBy, limit).stream()
                .map(OutboundQueueAdapter::toDelivery)
                .toList();
    }

    @Override
    public Optional<Delivery> head(String platform, String chatId) {
        return Optional.ofNullable(outbox.head(platform, chatId)).map(OutboundQueueAdapter::toDelivery);
    }

    @Override
    public boolean claim(long id, DeliveryStatus from) {
        return outbox.move(id, List.of(from.wireName()), changes(OutboxMapper.SENDING));
    }

    @Override
    public void release(long id) {
        outbox.move(id, List.of(OutboxMapper.SENDING), changes(OutboxMapper.PENDING));
    }

    @Override
    public void partSent(long id, int partsSent) {
        OutboxDO changes = changes(OutboxMapper.PENDING);
        changes.setPartsSent(partsSent);
        outbox.move(id, List.of(OutboxMapper.SENDING), changes);
    }

    @Override
    public void sent(long id) {
        OutboxDO changes = changes(OutboxMapper.SENT);
        changes.setSentAt(clock.instant());
        outbox.move(id, OutboxMapper.UNFINISHED, changes);
    }

    @Override
    public void retryAt(long id, Instant at, String reason) {
        outbox.retryAt(id, at, OutboxPersistenceAdapter.truncated(reason));
    }

    @Override
    public void failed(long id, String reason) {
        finish(id, OutboxMapper.FAILED, reason);
    }

    @Override
    public void skipped(long id, String reason) {
        finish(id, OutboxMapper.SKIPPED, reason);
    }

    @Override
    public List<Delivery> recent(String platform, String chatId, Set<DeliveryStatus> statuses, int limit) {
        List<String> states = statuses.stream().map(DeliveryStatus::wireName).toList();
        return outbox.recent(platform, chatId, states, limit).stream()
                .map(OutboundQueueAdapter::toDelivery)
                .toList();
    }

    private void finish(long id, String state, String reason) {
        OutboxDO changes = changes(state);
        changes.setLastError(OutboxPersistenceAdapter.truncated(reason));
        outbox.move(id, OutboxMapper.UNFINISHED, changes);
    }

    private static OutboxDO changes(String state) {
        OutboxDO changes = new OutboxDO();
        changes.setState(state);
        return changes;
    }

    private static Delivery toDelivery(OutboxDO row) {
        OutboundMessage message = new OutboundMessage(
                row.getPlatform(),
                row.getChatId(),
                row.getText(),
                TextLists.split(row.getMentions()),
                row.getInReplyTo());
        return new Delivery(
                row.getId(),
                message,
                row.getIdempotencyKey(),
                DeliveryStatus.fromWireName(row.getState()),
                row.getAttempts(),
                row.getPartsSent(),
                row.getCreatedAt(),
                row.getNextAttemptAt(),
                row.getSentAt(),
                row.getLastError());
    }
}
