package dev.groupbuy.adapters.coordination;

import dev.groupbuy.adapters.coordination.local.LocalDedupSet;
import dev.groupbuy.adapters.coordination.local.LocalLocks;
import dev.groupbuy.adapters.coordination.local.LocalRateLimiter;
import dev.groupbuy.adapters.coordination.redis.RedissonDedupSet;
import dev.groupbuy.adapters.coordination.redis.RedissonLocks;
import dev.groupbuy.adapters.coordination.redis.RedissonRateLimiter;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Clock;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Locks, dedup set and rate limiter. {@code groupbuy.coordination.mode=local} (the default) keeps them in the
 * process, for a single instance; {@code redis} keeps them in Redis through the {@link RedissonClient} bean,
 * for several instances.
 */
@Configuration(proxyBeanMethods = false)
@Import({CoordinationConfiguration.InProcess.class, CoordinationConfiguration.InRedis.class})
public class CoordinationConfiguration {

    static final String MODE = "groupbuy.coordination.mode";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = MODE, havingValue = "local", matchIfMissing = true)
    static class InProcess {

        @Bean
        Locks locks() {
            return new LocalLocks();
        }

        @Bean
        DedupSet dedupSet(ObjectProvider<Clock> clock) {
            return new LocalDedupSet(clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        RateLimiter rateLimiter(ObjectProvider<Clock> clock) {
            return new LocalRateLimiter(clock.getIfAvailable(Clock::systemUTC));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = MODE, havingValue = "redis")
    static class InRedis {

        private static final String PREFIX = "groupbuy:";

        @Bean
        Locks locks(RedissonClient redisson) {
            return new TwoLevelLocks(new LocalLocks(), new RedissonLocks(redisson, PREFIX + "lock:"));
        }

        @Bean
        DedupSet dedupSet(RedissonClient redisson) {
            return new RedissonDedupSet(redisson, PREFIX + "dedup:");
        }

        @Bean
        RateLimiter rateLimiter(RedissonClient redisson) {
            return new RedissonRateLimiter(redisson, PREFIX + "rate:");
        }
    }
}
