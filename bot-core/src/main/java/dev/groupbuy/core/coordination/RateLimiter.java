package dev.groupbuy.core.coordination;

import java.time.Duration;

/** Port: at most {@code permits} acquisitions per {@code window} for one key. */
public interface RateLimiter {

    /** @return true when one more acquisition for {@code key} fits in the current window */
    boolean tryAcquire(String key, int permits, Duration window);
}
