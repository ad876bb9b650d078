package dev.groupbuy.core.testing;

import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@link Locks} in process: one fair re-entrant lock per key. Remembers the keys taken, for assertions. */
public final class InMemoryLocks implements Locks {

    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final List<String> taken = new CopyOnWriteArrayList<>();

    @Override
    public <T> T withLock(String key, Duration wait, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock(true));
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException(key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(key);
        }
        try {
            taken.add(key);
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    public List<String> taken() {
        return List.copyOf(taken);
    }
}
