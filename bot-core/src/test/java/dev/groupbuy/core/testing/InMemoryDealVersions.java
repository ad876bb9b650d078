package dev.groupbuy.core.testing;

import dev.groupbuy.core.signup.DealVersions;
import java.util.HashMap;
import java.util.Map;

/** {@link DealVersions} in memory, counting advances as writes; {@link #bump} plays another instance. */
public final class InMemoryDealVersions implements DealVersions {

    private final Map<Long, Long> versions = new HashMap<>();
    private final WriteCounter writes;

    public InMemoryDealVersions(WriteCounter writes) {
        this.writes = writes;
    }

    @Override
    public synchronized long current(long dealId) {
        return versions.getOrDefault(dealId, 0L);
    }

    @Override
    public synchronized boolean advance(long dealId, long expected) {
        if (current(dealId) != expected) {
            return false;
        }
        versions.put(dealId, expected + 1);
        writes.count("deals.version");
        return true;
    }

    /** A change made elsewhere (another instance, an admin action): the deal's version moves on. */
    public synchronized void bump(long dealId) {
        versions.merge(dealId, 1L, Long::sum);
    }
}
