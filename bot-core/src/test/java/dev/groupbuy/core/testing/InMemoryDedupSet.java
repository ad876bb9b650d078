package dev.groupbuy.core.testing;

import dev.groupbuy.core.coordination.DedupSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link DedupSet} in memory; keys expire by the given clock. */
public final class InMemoryDedupSet implements DedupSet {

    private final Map<String, Instant> expiries = new HashMap<>();
    private final Clock clock;

    public InMemoryDedupSet(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean firstSeen(String key, Duration ttl) {
        Instant now = clock.instant();
        Instant expiry = expiries.get(key);
        if (expiry != null && now.isBefore(expiry)) {
            return false;
        }
        expiries.put(key, now.plus(ttl));
        return true;
    }
}
