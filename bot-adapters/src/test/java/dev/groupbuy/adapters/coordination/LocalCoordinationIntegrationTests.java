package dev.groupbuy.adapters.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.coordination.local.LocalDedupSet;
import dev.groupbuy.adapters.coordination.local.LocalLocks;
import dev.groupbuy.adapters.coordination.local.LocalRateLimiter;
import dev.groupbuy.adapters.testing.H2Store;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** Without {@code groupbuy.coordination.mode}, the application coordinates in process and needs no Redis. */
@H2Store
@SpringBootTest(classes = AdaptersTestApplication.class)
class LocalCoordinationIntegrationTests {

    @Autowired
    Locks locks;

    @Autowired
    DedupSet dedup;

    @Autowired
    RateLimiter rateLimiter;

    @Autowired
    ApplicationContext context;

    @Test
    void theDefaultModeWiresTheInProcessImplementations() {
        assertThat(locks).isInstanceOf(LocalLocks.class);
        assertThat(dedup).isInstanceOf(LocalDedupSet.class);
        assertThat(rateLimiter).isInstanceOf(LocalRateLimiter.class);
    }

    @Test
    void startsWithoutAnyRedisClient() {
        assertThat(context.getBeanNamesForType(RedissonClient.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
    }
}
