package dev.groupbuy.adapters.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What locks, dedup set and rate limiter must do wherever they keep their state. "Another instance" is a
 * second client of the same store (for Redis, a second Redisson client), or the same object in process.
 */
public abstract class CoordinationContract {

    protected static final Duration TTL = Duration.ofMillis(600);

    protected abstract Locks locks();

    protected abstract Locks otherInstanceLocks();

    protected abstract DedupSet dedup();

    protected abstract DedupSet otherInstanceDedup();

    protected abstract RateLimiter rateLimiter();

    /** Lets {@code duration} pass for the implementation: a test clock moves, or the test waits. */
    protected abstract void letTimePass(Duration duration);

    private final String run = UUID.randomUUID().toString();

    protected String key(String name) {
        return "test:" + run + ":" + name;
    }

    @Test
    void aLockLetsOneHolderInAtATimeAcrossThreadsAndInstances() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        int[] unguarded = {0};
        AtomicInteger thread = new AtomicInteger();

        Concurrently.run(6, () -> {
            Locks mine = thread.getAndIncrement() % 2 == 0 ? locks() : otherInstanceLocks();
            for (int i = 0; i < 15; i++) {
                mine.withLock(key("deal-1"), Duration.ofSeconds(30), () -> {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    int read = unguarded[0];
                    Thread.onSpinWait();
                    unguarded[0] = read + 1;
                    inside.decrementAndGet();
                });
            }
            return null;
        });

        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(unguarded[0]).isEqualTo(90);
    }

    @Test
    void aLockTimesOutWhileAnotherInstanceHoldsItAndIsFreeAfterwards() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder =
                CompletableFuture.runAsync(() -> locks().withLock(key("deal-2"), Duration.ofSeconds(5), () -> {
                    held.countDown();
                    await(release);
                }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> otherInstanceLocks().withLock(key("deal-2"), Duration.ofMillis(200), () -> "late"))
                .isInstanceOf(LockTimeoutException.class);
        assertThat(otherInstanceLocks().withLock(key("deal-3"), Duration.ofMillis(200), () -> "other key"))
                .isEqualTo("other key");

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(otherInstanceLocks().withLock(key("deal-2"), Duration.ofSeconds(5), () -> "mine"))
                .isEqualTo("mine");
    }

    @Test
    void aLockIsReleasedWhenTheWorkFails() {
        assertThatThrownBy(() -> locks().withLock(key("deal-4"), Duration.ofSeconds(1), () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(otherInstanceLocks().withLock(key("deal-4"), Duration.ofMillis(200), () -> 42))
                .isEqualTo(42);
    }

    @Test
    void theDedupSetRemembersAKeyAcrossInstancesUntilItsTimeToLivePasses() {
        assertThat(dedup().firstSeen(key("msg-1"), TTL)).isTrue();
        assertThat(dedup().firstSeen(key("msg-1"), TTL)).isFalse();
        assertThat(otherInstanceDedup().firstSeen(key("msg-1"), TTL)).isFalse();
        assertThat(otherInstanceDedup().firstSeen(key("msg-2"), TTL)).isTrue();

        letTimePass(TTL.plusMillis(400));

        assertThat(otherInstanceDedup().firstSeen(key("msg-1"), TTL)).isTrue();
        assertThat(dedup().firstSeen(key("msg-1"), TTL)).isFalse();
    }

    @Test
    void theDedupSetSaysFirstSeenToExactlyOneOfManyRacingThreads() throws Exception {
        List<Boolean> first = Concurrently.run(12, () -> dedup().firstSeen(key("msg-race"), Duration.ofMinutes(1)));

        assertThat(first).containsOnlyOnce(true);
    }

    @Test
    void theRateLimiterAllowsThePermitsOfAWindowPerKey() {
        Duration window = Duration.ofMillis(800);
        for (int i = 0; i < 3; i++) {
            assertThat(rateLimiter().tryAcquire(key("group-1"), 3, window)).isTrue();
        }
        assertThat(rateLimiter().tryAcquire(key("group-1"), 3, window)).isFalse();
        assertThat(rateLimiter().tryAcquire(key("group-2"), 3, window)).isTrue();

        letTimePass(window.plusMillis(400));

        assertThat(rateLimiter().tryAcquire(key("group-1"), 3, window)).isTrue();
    }

    @Test
    void theRateLimiterGrantsNoMoreThanItsPermitsToRacingThreads() throws Exception {
        List<Boolean> granted =
                Concurrently.run(20, () -> rateLimiter().tryAcquire(key("group-race"), 5, Duration.ofMinutes(1)));

        assertThat(granted.stream().filter(Boolean::booleanValue)).hasSize(5);
    }

    @Test
    void theSlidingWindowSaysHowLongUntilItsOldestPermitLeaves() {
        Duration window = Duration.ofMillis(900);
        assertThat(rateLimiter().tryAcquireSliding(key("channel"), 2, window)).isZero();
        letTimePass(Duration.ofMillis(300));
        assertThat(rateLimiter().tryAcquireSliding(key("channel"), 2, window)).isZero();

        Duration wait = rateLimiter().tryAcquireSliding(key("channel"), 2, window);

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(600));
        letTimePass(wait.plusMillis(30));
        assertThat(rateLimiter().tryAcquireSliding(key("channel"), 2, window))
                .as("the first permit left the window")
                .isZero();
        assertThat(rateLimiter().tryAcquireSliding(key("channel"), 2, window))
                .as("the second is still in it")
                .isPositive();
    }

    @Test
    void theSlidingWindowGrantsNoMoreThanItsPermitsToRacingThreads() throws Exception {
        List<Duration> waits = Concurrently.run(
                20, () -> rateLimiter().tryAcquireSliding(key("channel-race"), 5, Duration.ofMinutes(1)));

        assertThat(waits.stream().filter(Duration::isZero)).hasSize(5);
        assertThat(waits.stream().filter(wait -> !wait.isZero() && !wait.isNegative()))
                .hasSize(15);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
