package dev.groupbuy.adapters.coordination.redis;

import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Duration;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@link RateLimiter} across instances: a fixed-window counter per key in Redis, counted and given its expiry
 * by one Lua script so that no crash in between can leave a counter that never expires.
 */
public class RedissonRateLimiter implements RateLimiter {

    private static final String COUNT_IN_WINDOW = """
            local used = redis.call('incr', KEYS[1])
            if used == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
            return used
            """;

    private final RedissonClient redisson;
    private final String prefix;

    public RedissonRateLimiter(RedissonClient redisson, String prefix) {
        this.redisson = redisson;
        this.prefix = prefix;
    }

    @Override
    public boolean tryAcquire(String key, int permits, Duration window) {
        Long used = redisson.getScript(StringCodec.INSTANCE)
                .eval(
                        RScript.Mode.READ_WRITE,
                        COUNT_IN_WINDOW,
                        RScript.ReturnType.LONG,
                        List.<Object>of(prefix + key),
                        String.valueOf(Math.max(1, window.toMillis())));
        return used <= permits;
    }
}
