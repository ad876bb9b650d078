package dev.groupbuy.core.outbound;

import java.time.Duration;
import java.util.Map;

/**
 * How the dispatcher works.
 *
 * @param window the span the channel limits count in: a minute ({@code groupbuy.outbound.window}; the
 *     benchmark shortens it to run a minute's worth of limits in a second)
 * @param maxAge a message still unsent this long after it was queued is skipped, not sent late
 * @param maxFailures transient failures before a message is given up
 * @param pollInterval the longest the dispatcher rests when nothing is due
 * @param batch how many chats one pass looks at
 * @param limits per platform; a platform not named has no limit
 */
public record OutboundSettings(
        Duration window,
        Duration maxAge,
        int maxFailures,
        Duration pollInterval,
        int batch,
        Map<String, ChannelLimit> limits) {

    public static final Duration MINUTE = Duration.ofMinutes(1);

    public OutboundSettings {
        if (window.isZero() || window.isNegative() || maxFailures < 1 || batch < 1) {
            throw new IllegalArgumentException("window must be positive, maxFailures and batch at least 1");
        }
        limits = Map.copyOf(limits);
    }

    public static OutboundSettings defaults(Map<String, ChannelLimit> limits) {
        return new OutboundSettings(MINUTE, Duration.ofHours(6), 5, Duration.ofMillis(500), 500, limits);
    }

    public ChannelLimit limit(String platform) {
        return limits.getOrDefault(platform, ChannelLimit.NONE);
    }

    /**
     * The window the limits are enforced over: 1% longer than configured (0.6 s of a minute), so that a
     * platform counting arrivals — a little later than the permit, and unevenly — still never sees more than
     * the limit in its own window. Costs 1% of the allowed rate.
     */
    public Duration enforcedWindow() {
        return window.plus(window.dividedBy(100));
    }
}
