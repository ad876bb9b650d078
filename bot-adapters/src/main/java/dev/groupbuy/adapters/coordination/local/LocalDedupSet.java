package dev.groupbuy.adapters.coordination.local;

import dev.groupbuy.core.coordination.DedupSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link DedupSet} within one process. A key is forgotten once its time-to-live has passed on the clock;
 * every {@value #SWEEP_EVERY} offers the expired keys are swept out, so memory stays bounded by what is alive.
 */
public class LocalDedupSet implements DedupSet {

    public static final int SWEEP_EVERY = 1024;

    private final ConcurrentHashMap<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicInteger offers = new AtomicInteger();
    private final Clock clock;

    public LocalDedupSet(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean firstSeen(String key, Duration ttl) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        AtomicBoolean first = new AtomicBoolean();
        expiries.compute(key, (k, expiry) -> {
            if (expiry != null && now.isBefore(expiry)) {
                return expiry;
            }
            first.set(true);
            return now.plus(ttl);
        });
        return first.get();
    }

    /** How many keys are remembered, expired ones not yet swept included. */
    public int size() {
        return expiries.size();
    }

    private void sweepNowAndThen(Instant now) {
        if (offers.incrementAndGet() % SWEEP_EVERY == 0) {
            expiries.entrySet().removeIf(entry -> !now.isBefore(entry.getValue()));
        }
    }
}
