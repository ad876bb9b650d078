package dev.groupbuy.core.testing;

import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** {@link RateLimiter} in memory: a sliding window per key, by the given clock, for both kinds of window. */
public final class InMemoryRateLimiter implements RateLimiter {

    private final Map<String, Deque<Instant>> acquisitions = new HashMap<>();
    private final Clock clock;

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean tryAcquire(String key, int permits, Duration window) {
        return tryAcquireSliding(key, permits, window).isZero();
    }

    @Override
    public synchronized Duration tryAcquireSliding(String key, int permits, Duration window) {
        Instant now = clock.instant();
        Deque<Instant> times = acquisitions.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
        if (times.size() >= permits) {
            return Duration.between(now, times.peekFirst().plus(window));
        }
        times.addLast(now);
        return Duration.ZERO;
    }
}
