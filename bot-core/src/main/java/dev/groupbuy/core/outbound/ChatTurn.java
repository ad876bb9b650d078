package dev.groupbuy.core.outbound;

import dev.groupbuy.core.announce.TextSplitter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One chat's turn, taken under the chat's lock: the next part of its oldest unfinished message, if the message
 * is due, fresh enough and the limits allow. Everything later in the chat waits behind it, so the chat reads
 * the bot's messages in the order they were queued.
 */
final class ChatTurn {

    private static final Logger LOG = Logger.getLogger(ChatTurn.class.getName());

    private final OutboundQueue queue;
    private final Senders senders;
    private final Permits permits;
    private final Clock clock;
    private final OutboundSettings settings;

    ChatTurn(OutboundQueue queue, Senders senders, Permits permits, Clock clock, OutboundSettings settings) {
        this.queue = queue;
        this.senders = senders;
        this.permits = permits;
        this.clock = clock;
        this.settings = settings;
    }

    Step take(String platform, String chatId) {
        Optional<Delivery> head = queue.head(platform, chatId);
        Optional<Sender> sender = senders.of(platform);
        if (head.isEmpty() || sender.isEmpty()) {
            return Step.IDLE;
        }
        Delivery delivery = head.get();
        Instant now = clock.instant();
        if (delivery.status() == DeliveryStatus.SENDING && !sender.get().dropsRepeats()) {
            queue.failed(delivery.id(), OutboundDispatcher.INTERRUPTED);
            return Step.MOVED;
        }
        if (delivery.nextAttemptAt() != null && delivery.nextAttemptAt().isAfter(now)) {
            return Step.waitChat(Duration.between(now, delivery.nextAttemptAt()));
        }
        if (delivery.partsSent() == 0
                && delivery.createdAt().plus(settings.maxAge()).isBefore(now)) {
            queue.skipped(
                    delivery.id(), "not sent: it waited longer than " + settings.maxAge() + " and would come too late");
            return Step.MOVED;
        }
        List<String> parts =
                TextSplitter.split(delivery.message().text(), sender.get().maxBytes());
        if (delivery.partsSent() >= parts.size()) {
            queue.sent(delivery.id());
            return Step.MOVED;
        }
        if (!queue.claim(delivery.id(), delivery.status())) {
            return Step.IDLE;
        }
        // the permit is taken last, after the claim's commit: the platform gets the part right after it
        Optional<Step> wait = permits.take(platform, chatId);
        if (wait.isPresent()) {
            queue.release(delivery.id());
            return wait.get();
        }
        int index = delivery.partsSent();
        OutboundPart part =
                new OutboundPart(delivery.message(), parts.get(index), delivery.partKey(index), index, parts.size());
        return record(delivery, part, send(sender.get(), part));
    }

    private static SendResult send(Sender sender, OutboundPart part) {
        try {
            return sender.send(part);
        } catch (RuntimeException e) {
            LOG.warning(() ->
                    "sender " + sender.platform() + " failed: " + e.getClass().getName());
            return SendResult.retry(e.getClass().getSimpleName());
        }
    }

    private Step record(Delivery delivery, OutboundPart part, SendResult result) {
        if (result instanceof SendResult.Sent) {
            if (part.index() + 1 == part.count()) {
                queue.sent(delivery.id());
            } else {
                queue.partSent(delivery.id(), part.index() + 1);
            }
            return Step.SENT;
        }
        if (result instanceof SendResult.Refused refused) {
            queue.failed(delivery.id(), "refused: " + refused.reason());
            return Step.MOVED;
        }
        SendResult.Retry retry = (SendResult.Retry) result;
        int failures = delivery.failures() + 1;
        if (failures >= settings.maxFailures()) {
            queue.failed(delivery.id(), "gave up after " + failures + " attempts: " + retry.reason());
            return Step.MOVED;
        }
        Duration backoff = Backoff.after(failures, retry.notBefore());
        queue.retryAt(delivery.id(), clock.instant().plus(backoff), retry.reason());
        return Step.waitChat(backoff);
    }
}
