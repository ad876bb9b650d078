package dev.groupbuy.core.coordination;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Port: mutual exclusion by key, across threads and (in production) across instances.
 * The embedded default keeps locks in process; production keeps them in Redis.
 */
public interface Locks {

    /**
     * Runs {@code work} while holding the lock for {@code key}.
     *
     * @throws LockTimeoutException when the lock could not be taken within {@code wait}
     */
    <T> T withLock(String key, Duration wait, Supplier<T> work);

    default void withLock(String key, Duration wait, Runnable work) {
        withLock(key, wait, () -> {
            work.run();
            return null;
        });
    }
}
