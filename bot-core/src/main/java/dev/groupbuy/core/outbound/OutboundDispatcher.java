package dev.groupbuy.core.outbound;

import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way out of the outbox: passes over the chats with something unsent, each chat's oldest message
 * first, and hands its next part to the platform's {@link Sender} — within the channel's rate limit, retrying
 * transient failures with a growing pause, giving up on refusals, with the reason recorded either way.
 *
 * <p>Safe beside other instances and across crashes: a chat's turn runs under the chat's lock, a part is
 * marked {@link DeliveryStatus#SENDING} (committed) before the sender is called and its outcome after, and
 * every part carries an idempotency key. A part found still "sending" was cut off by a crash; it is sent
 * again (same key) only where the platform drops repeats, otherwise given up — never posted twice.
 */
public final class OutboundDispatcher {

    public static final String INTERRUPTED =
            "cut off while being sent (the process stopped); not sent again, as this platform cannot tell a repeat";

    private static final int MOST_TURNS_PER_CHAT = 100;

    private final OutboundQueue queue;
    private final Senders senders;
    private final Locks locks;
    private final Clock clock;
    private final OutboundSettings settings;
    private final ChatTurn turn;
    private final Map<String, Instant> channelClosedUntil = new ConcurrentHashMap<>();
    private final Map<String, Deque<Delivery>> waitingHeads = new ConcurrentHashMap<>();

    public OutboundDispatcher(
            OutboundQueue queue,
            Senders senders,
            RateLimiter limiter,
            Locks locks,
            Clock clock,
            OutboundSettings settings) {
        this.queue = queue;
        this.senders = senders;
        this.locks = locks;
        this.clock = clock;
        this.settings = settings;
        this.turn = new ChatTurn(queue, senders, new Permits(limiter, settings), clock, settings);
    }

    /**
     * @param sent parts the platforms took in the pass
     * @param progressed whether anything left the queue (another pass may find more at once)
     * @param idle how long nothing is due, at most the poll interval: the caller may rest that long
     */
    public record Pass(int sent, boolean progressed, Duration idle) {}

    /**
     * One pass: at most one part per chat, chats in the order of their oldest unsent message. The chats a
     * closed channel left waiting are remembered and taken first when it opens, without asking the queue.
     */
    public Pass dispatchOnce() {
        List<Delivery> heads = new ArrayList<>();
        List<String> toAsk = new ArrayList<>();
        for (String platform : senders.platforms()) {
            if (closed(platform)) {
                continue;
            }
            Deque<Delivery> waiting = waitingHeads.remove(platform);
            if (waiting == null || waiting.isEmpty()) {
                toAsk.add(platform);
            } else {
                heads.addAll(waiting);
            }
        }
        if (!toAsk.isEmpty()) {
            heads.addAll(queue.heads(toAsk, clock.instant(), settings.batch()));
        }
        heads.sort(Comparator.comparingLong(Delivery::id));
        int sent = 0;
        boolean progressed = false;
        Duration idle = settings.pollInterval();
        for (Delivery head : heads) {
            String platform = head.message().platform();
            if (closed(platform)) {
                waitingHeads.computeIfAbsent(platform, p -> new ArrayDeque<>()).add(head);
                continue;
            }
            Step step = turn(platform, head.message().chatId());
            sent += step.sent();
            progressed |= step.progressed();
            if (step.pause() != null) {
                idle = shorter(idle, step.pause());
                if (step.channelWide()) {
                    channelClosedUntil.put(platform, clock.instant().plus(step.pause()));
                    waitingHeads
                            .computeIfAbsent(platform, p -> new ArrayDeque<>())
                            .add(head);
                }
            }
        }
        return new Pass(sent, progressed, shorter(idle, untilAChannelOpens()));
    }

    /** Sends what one chat has waiting, in order, as far as the limits allow now: for a reply in a request. */
    public int dispatchChat(String platform, String chatId) {
        int sent = 0;
        for (int i = 0; i < MOST_TURNS_PER_CHAT && !closed(platform); i++) {
            Step step = turn(platform, chatId);
            sent += step.sent();
            if (!step.progressed()) {
                break;
            }
        }
        return sent;
    }

    private Step turn(String platform, String chatId) {
        try {
            return locks.withLock(
                    "outbound:" + platform + "/" + chatId, Duration.ZERO, () -> turn.take(platform, chatId));
        } catch (LockTimeoutException takenElsewhere) {
            return Step.IDLE;
        }
    }

    private boolean closed(String platform) {
        Instant until = channelClosedUntil.get(platform);
        return until != null && until.isAfter(clock.instant());
    }

    private Duration untilAChannelOpens() {
        Instant now = clock.instant();
        return channelClosedUntil.values().stream()
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until))
                .reduce(settings.pollInterval(), OutboundDispatcher::shorter);
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
