package dev.groupbuy.adapters.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.coordination.local.LocalDedupSet;
import dev.groupbuy.adapters.coordination.local.LocalLocks;
import dev.groupbuy.adapters.coordination.local.LocalRateLimiter;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import dev.groupbuy.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The in-process coordination of a single instance, on a test clock. */
class LocalCoordinationTests extends CoordinationContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T00:00:00Z"));
    private final LocalLocks locks = new LocalLocks();
    private final LocalDedupSet dedup = new LocalDedupSet(clock);
    private final LocalRateLimiter rateLimiter = new LocalRateLimiter(clock);

    @Override
    protected Locks locks() {
        return locks;
    }

    @Override
    protected Locks otherInstanceLocks() {
        return locks;
    }

    @Override
    protected DedupSet dedup() {
        return dedup;
    }

    @Override
    protected DedupSet otherInstanceDedup() {
        return dedup;
    }

    @Override
    protected RateLimiter rateLimiter() {
        return rateLimiter;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void forgetsTheLockOfAKeyOnceNobodyHoldsOrWaitsForIt() throws Exception {
        for (int i = 0; i < 1_000; i++) {
            locks.withLock(key("msg-" + i), Duration.ofSeconds(1), () -> {});
        }
        Concurrently.run(8, () -> locks.withLock(key("shared"), Duration.ofSeconds(10), () -> "done"));

        assertThat(locks.size()).isZero();
    }

    @Test
    void letsTheSameThreadTakeALockItAlreadyHolds() {
        String result = locks.withLock(
                key("outer"), Duration.ofSeconds(1), () -> locks.withLock(key("outer"), Duration.ZERO, () -> "nested"));

        assertThat(result).isEqualTo("nested");
        assertThat(locks.size()).isZero();
    }

    @Test
    void sweepsExpiredKeysSoTheDedupSetDoesNotGrowForever() {
        for (int i = 0; i < 2 * LocalDedupSet.SWEEP_EVERY; i++) {
            dedup.firstSeen(key("old-" + i), Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < LocalDedupSet.SWEEP_EVERY; i++) {
            dedup.firstSeen(key("new-" + i), Duration.ofSeconds(1));
        }

        assertThat(dedup.size()).isLessThanOrEqualTo(LocalDedupSet.SWEEP_EVERY);
    }

    @Test
    void keepsAtMostItsCountBoundOfLiveKeysForgettingTheOldestFirst() {
        int bound = LocalDedupSet.DEFAULT_MAX_KEYS;
        int offered = bound + 30_000;
        for (int i = 0; i < offered; i++) {
            dedup.firstSeen(key("late-line-" + i), Duration.ofDays(3));
        }

        assertThat(dedup.size()).isLessThanOrEqualTo(bound);
        assertThat(dedup.firstSeen(key("late-line-" + (offered - 1)), Duration.ofDays(3)))
                .as("the newest key is still remembered")
                .isFalse();
        assertThat(dedup.firstSeen(key("late-line-0"), Duration.ofDays(3)))
                .as("the oldest key was forgotten")
                .isTrue();
    }

    @Test
    void sweepsEndedWindowsSoTheRateLimiterDoesNotGrowForever() {
        for (int i = 0; i < 2 * LocalRateLimiter.SWEEP_EVERY; i++) {
            rateLimiter.tryAcquire(key("old-" + i), 1, Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < LocalRateLimiter.SWEEP_EVERY; i++) {
            rateLimiter.tryAcquire(key("new-" + i), 1, Duration.ofSeconds(1));
        }

        assertThat(rateLimiter.size()).isLessThanOrEqualTo(LocalRateLimiter.SWEEP_EVERY);
    }
}
