package dev.groupbuy.adapters.coordination.local;

import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link Locks} within one process. A key's lock lives only while someone holds or waits for it, so keys
 * used once (a message id, a deal id) do not pile up.
 */
public class LocalLocks implements Locks {

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public <T> T withLock(String key, Duration wait, Supplier<T> work) {
        Entry entry = entries.compute(key, (k, existing) -> (existing == null ? new Entry() : existing).retain());
        try {
            if (!entry.lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LockTimeoutException(key);
            }
            try {
                return work.get();
            } finally {
                entry.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(key);
        } finally {
            entries.compute(key, (k, existing) -> existing.release() ? null : existing);
        }
    }

    /** How many keys currently have a lock object: those held or waited for. */
    public int size() {
        return entries.size();
    }

    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock();
        private int users;

        Entry retain() {
            users++;
            return this;
        }

        /** @return true when nobody uses the lock any more */
        boolean release() {
            return --users == 0;
        }
    }
}
