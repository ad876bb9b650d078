package dev.groupbuy.adapters.coordination.local;

import dev.groupbuy.core.coordination.DedupSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * {@link DedupSet} within one process, bounded by age and by count. A key is forgotten once its time-to-live has
 * passed on the clock (every {@value #SWEEP_EVERY} offers the expired keys are swept out); and it never holds more
 * than {@code maxKeys} keys ({@value #DEFAULT_MAX_KEYS} by default, a few megabytes): past that, the keys offered
 * longest ago are forgotten first, at worst letting the bot say something a second time.
 */
public class LocalDedupSet implements DedupSet {

    public static final int SWEEP_EVERY = 1024;
    public static final int DEFAULT_MAX_KEYS = 20_000;

    /** Expiry per key, in the order the keys were (last) taken. */
    private final LinkedHashMap<String, Instant> expiries = new LinkedHashMap<>();

    private final Clock clock;
    private final int maxKeys;
    private int offers;

    public LocalDedupSet(Clock clock) {
        this(clock, DEFAULT_MAX_KEYS);
    }

    public LocalDedupSet(Clock clock, int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("a dedup set keeps at least one key");
        }
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    @Override
    public synchronized boolean firstSeen(String key, Duration ttl) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        Instant expiry = expiries.get(key);
        if (expiry != null && now.isBefore(expiry)) {
            return false;
        }
        expiries.remove(key);
        expiries.put(key, now.plus(ttl));
        forgetOldestBeyondBound();
        return true;
    }

    /** How many keys are remembered, expired ones not yet swept included. */
    public synchronized int size() {
        return expiries.size();
    }

    private void forgetOldestBeyondBound() {
        Iterator<String> oldest = expiries.keySet().iterator();
        while (expiries.size() > maxKeys) {
            oldest.next();
            oldest.remove();
        }
    }

    private void sweepNowAndThen(Instant now) {
        if (++offers % SWEEP_EVERY == 0) {
            expiries.values().removeIf(expiry -> !now.isBefore(expiry));
        }
    }
}
