package dev.groupbuy.core.signup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The merge states this instance worked on last, per deal and group, each with the deal version it is
 * valid for. Bounded: past {@code capacity} entries the least recently used goes. A state is taken out while
 * a message works on it and put back only once its transaction committed, so a rollback leaves nothing
 * stale behind. Capacity 0 turns caching off.
 */
public final class DealStateCache {

    private final int capacity;
    private final Map<Key, VersionedState> entries;

    public DealStateCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, VersionedState> eldest) {
                return size() > DealStateCache.this.capacity;
            }
        };
    }

    /** Removes and returns the state remembered for the deal and group, if any. */
    synchronized Optional<VersionedState> take(long dealId, long groupId) {
        return Optional.ofNullable(entries.remove(new Key(dealId, groupId)));
    }

    synchronized void put(VersionedState state) {
        if (capacity > 0) {
            entries.put(new Key(state.state().dealId(), state.state().groupId()), state);
        }
    }

    /** Whether a state is remembered for the deal and group. */
    public synchronized boolean holds(long dealId, long groupId) {
        return entries.containsKey(new Key(dealId, groupId));
    }

    public synchronized int size() {
        return entries.size();
    }

    private record Key(long dealId, long groupId) {}
}
