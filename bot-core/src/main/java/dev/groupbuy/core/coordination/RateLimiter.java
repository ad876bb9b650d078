package dev.groupbuy.core.coordination;

import java.time.Duration;

/** Port: limits how often something happens per key. */
public interface RateLimiter {

    /**
     * A fixed window per key: at most {@code permits} acquisitions per {@code window}, the window opening with
     * the key's first acquisition. Cheap; right for "not more than N replies per five minutes".
     *
     * @return true when one more acquisition for {@code key} fits in the current window
     */
    boolean tryAcquire(String key, int permits, Duration window);

    /**
     * A sliding window per key: takes a permit when fewer than {@code permits} were taken for {@code key} in
     * the last {@code window}, so that no span of that length ever holds more than {@code permits} — what a
     * platform counting "20 messages a minute" sees, wherever its minute starts.
     *
     * @return {@link Duration#ZERO} when the permit was taken; otherwise how long until the oldest permit
     *     leaves the window (a positive duration), when asking again can succeed
     */
    Duration tryAcquireSliding(String key, int permits, Duration window);
}
