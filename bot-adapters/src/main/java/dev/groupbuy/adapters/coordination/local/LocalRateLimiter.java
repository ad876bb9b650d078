package dev.groupbuy.adapters.coordination.local;

import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link RateLimiter} within one process: a fixed window per key that opens with the key's first acquisition,
 * as the Redis implementation does, and sliding windows kept as the times of their permits. Windows that
 * ended are swept out now and then.
 */
public class LocalRateLimiter implements RateLimiter {

    public static final int SWEEP_EVERY = 1024;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, SlidingWindow> sliding = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final Clock clock;

    public LocalRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int permits, Duration window) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        AtomicBoolean acquired = new AtomicBoolean();
        windows.compute(key, (k, current) -> {
            Window open = current == null || current.endedBy(now) ? new Window(now.plus(window), 0) : current;
            if (open.used() >= permits) {
                return open;
            }
            acquired.set(true);
            return new Window(open.end(), open.used() + 1);
        });
        return acquired.get();
    }

    @Override
    public Duration tryAcquireSliding(String key, int permits, Duration window) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        Duration[] wait = {Duration.ZERO};
        sliding.compute(key, (k, current) -> {
            SlidingWindow times = current == null ? new SlidingWindow(window) : current;
            wait[0] = times.take(now, permits);
            return times;
        });
        return wait[0];
    }

    /** How many keys have a window, ended ones not yet swept included. */
    public int size() {
        return windows.size() + sliding.size();
    }

    private void sweepNowAndThen(Instant now) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            windows.values().removeIf(w -> w.endedBy(now));
            sliding.keySet().forEach(key -> sliding.computeIfPresent(key, (k, w) -> w.emptyBy(now) ? null : w));
        }
    }

    /** The times of the permits taken in the last {@code length}; read and changed only inside the map's compute. */
    private static final class SlidingWindow {
        private final Duration length;
        private final ArrayDeque<Instant> taken = new ArrayDeque<>();

        SlidingWindow(Duration length) {
            this.length = length;
        }

        Duration take(Instant now, int permits) {
            while (!taken.isEmpty() && !taken.peekFirst().plus(length).isAfter(now)) {
                taken.pollFirst();
            }
            if (taken.size() >= permits) {
                return Duration.between(now, taken.peekFirst().plus(length));
            }
            taken.addLast(now);
            return Duration.ZERO;
        }

        boolean emptyBy(Instant now) {
            return taken.isEmpty() || !taken.peekLast().plus(length).isAfter(now);
        }
    }

    private record Window(Instant end, int used) {
        boolean endedBy(Instant now) {
            return !now.isBefore(end);
        }
    }
}
