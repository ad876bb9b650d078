package dev.groupbuy.adapters.coordination;

import dev.groupbuy.core.coordination.Locks;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A lock in this process in front of a lock shared by all instances: threads of one instance queue for a
 * key locally, so at most one of them at a time waits for the shared lock (in Redis) and the others are
 * handed the key without a round trip to Redis or a pub/sub wake-up. Mutual exclusion across instances is
 * still the shared lock's.
 */
public class TwoLevelLocks implements Locks {

    private final Locks local;
    private final Locks shared;

    public TwoLevelLocks(Locks local, Locks shared) {
        this.local = local;
        this.shared = shared;
    }

    @Override
    public <T> T withLock(String key, Duration wait, Supplier<T> work) {
        long deadline = System.nanoTime() + wait.toNanos();
        return local.withLock(key, wait, () -> {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            return shared.withLock(key, left, work);
        });
    }
}
