package dev.groupbuy.core.chat;

import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Duration;

/**
 * Keeps the bot from talking too much: a cap on replies per group, and "say this only once" keys.
 * Both live in the coordination ports, so they hold across instances.
 */
public final class ReplyGate {

    static final int REPLIES_PER_WINDOW = 20;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final RateLimiter limiter;
    private final DedupSet dedup;

    public ReplyGate(RateLimiter limiter, DedupSet dedup) {
        this.limiter = limiter;
        this.dedup = dedup;
    }

    /** Takes one of the group's reply permits; false when the group already heard enough from the bot. */
    public boolean mayReply(MessageContext context) {
        return limiter.tryAcquire("replies:" + scope(context), REPLIES_PER_WINDOW, WINDOW);
    }

    /** True the first time {@code key} is offered in this group within {@code ttl}: for things worth saying once. */
    public boolean firstTime(MessageContext context, String key, Duration ttl) {
        return dedup.firstSeen(scope(context) + ":" + key, ttl);
    }

    /** True at most once per {@code window} for {@code key} in this group: a burst of triggers yields one reply. */
    public boolean oncePer(MessageContext context, String key, Duration window) {
        return limiter.tryAcquire(scope(context) + ":" + key, 1, window);
    }

    /**
     * Keys are scoped by the chat as the platform names it, not by database ids: ids can come back when a
     * database is recreated, while Redis keeps its keys.
     */
    private static String scope(MessageContext context) {
        return context.message().platform() + "/" + context.message().chatId();
    }
}
