package dev.groupbuy.adapters.coordination.redis;

import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * {@link Locks} across instances with Redisson's {@link RLock}. No lease time is given, so Redisson's watchdog
 * keeps the lock while the holder is alive and lets it go if the holder dies.
 */
public class RedissonLocks implements Locks {

    private final RedissonClient redisson;
    private final String prefix;

    public RedissonLocks(RedissonClient redisson, String prefix) {
        this.redisson = redisson;
        this.prefix = prefix;
    }

    @Override
    public <T> T withLock(String key, Duration wait, Supplier<T> work) {
        RLock lock = redisson.getLock(prefix + key);
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException(key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(key);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
