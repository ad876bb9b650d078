package dev.groupbuy.adapters.coordination.redis;

import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@link RateLimiter} across instances. The fixed window is a counter per key in Redis, counted and given its
 * expiry by one Lua script so that no crash in between can leave a counter that never expires. The sliding
 * window is a sorted set of the permits' times per key, read by Redis's own clock (so instances whose clocks
 * differ still count alike) and trimmed, counted and added to by one script.
 */
public class RedissonRateLimiter implements RateLimiter {

    private static final String COUNT_IN_WINDOW = """
            local used = redis.call('incr', KEYS[1])
            if used == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
            return used
            """;

    /** Times in microseconds; returns 0 when taken, else the microseconds until the oldest permit leaves. */
    private static final String TAKE_IN_SLIDING_WINDOW = """
            local t = redis.call('time')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local window = tonumber(ARGV[1])
            redis.call('zremrangebyscore', KEYS[1], '-inf', now - window)
            if redis.call('zcard', KEYS[1]) < tonumber(ARGV[2]) then
              redis.call('zadd', KEYS[1], now, ARGV[3])
              redis.call('pexpire', KEYS[1], math.ceil(window / 1000))
              return 0
            end
            local oldest = redis.call('zrange', KEYS[1], 0, 0, 'WITHSCORES')
            return math.max(1, tonumber(oldest[2]) + window - now)
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

    @Override
    public Duration tryAcquireSliding(String key, int permits, Duration window) {
        Long waitMicros = redisson.getScript(StringCodec.INSTANCE)
                .eval(
                        RScript.Mode.READ_WRITE,
                        TAKE_IN_SLIDING_WINDOW,
                        RScript.ReturnType.LONG,
                        List.<Object>of(prefix + "sliding:" + key),
                        String.valueOf(Math.max(1, window.toNanos() / 1000)),
                        String.valueOf(permits),
                        UUID.randomUUID().toString());
        return Duration.ofNanos(waitMicros * 1000);
    }
}
