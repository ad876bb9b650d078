package dev.groupbuy.adapters.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.coordination.redis.RedissonDedupSet;
import dev.groupbuy.adapters.coordination.redis.RedissonLocks;
import dev.groupbuy.adapters.coordination.redis.RedissonRateLimiter;
import dev.groupbuy.adapters.testing.H2Store;
import dev.groupbuy.adapters.testing.RedisServer;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Coordination through the real Redis, as {@code groupbuy.coordination.mode=redis} wires it; a second Redisson
 * client stands for a second instance of the bot.
 */
@RequiresRedis
@H2Store
@SpringBootTest(
        classes = AdaptersTestApplication.class,
        properties = {
            "groupbuy.coordination.mode=redis",
            "spring.autoconfigure.exclude=",
            "spring.data.redis.host=${groupbuy.it.redis.host:127.0.0.1}",
            "spring.data.redis.port=${groupbuy.it.redis.port:6379}"
        })
class RedisCoordinationIntegrationTests extends CoordinationContract {

    private static RedissonClient secondInstance;

    @Autowired
    Locks locks;

    @Autowired
    DedupSet dedup;

    @Autowired
    RateLimiter rateLimiter;

    @BeforeAll
    static void connectASecondInstance() {
        Config config = new Config();
        config.useSingleServer().setAddress(RedisServer.address());
        secondInstance = Redisson.create(config);
    }

    @AfterAll
    static void disconnectTheSecondInstance() {
        secondInstance.shutdown();
    }

    @Override
    protected Locks locks() {
        return locks;
    }

    @Override
    protected Locks otherInstanceLocks() {
        return new RedissonLocks(secondInstance, "groupbuy:lock:");
    }

    @Override
    protected DedupSet dedup() {
        return dedup;
    }

    @Override
    protected DedupSet otherInstanceDedup() {
        return new RedissonDedupSet(secondInstance, "groupbuy:dedup:");
    }

    @Override
    protected RateLimiter rateLimiter() {
        return rateLimiter;
    }

    @Override
    protected void letTimePass(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theRedisModeWiresTheRedissonImplementations() {
        assertThat(locks)
                .as("the Redisson lock, behind an in-process lock per key")
                .isInstanceOf(TwoLevelLocks.class);
        assertThat(dedup).isInstanceOf(RedissonDedupSet.class);
        assertThat(rateLimiter).isInstanceOf(RedissonRateLimiter.class);
    }
}
