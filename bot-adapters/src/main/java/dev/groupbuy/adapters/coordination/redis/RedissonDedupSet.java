package dev.groupbuy.adapters.coordination.redis;

import dev.groupbuy.core.coordination.DedupSet;
import java.time.Duration;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** {@link DedupSet} across instances: one Redis key per offered key, set only if absent, expiring with its TTL. */
public class RedissonDedupSet implements DedupSet {

    private final RedissonClient redisson;
    private final String prefix;

    public RedissonDedupSet(RedissonClient redisson, String prefix) {
        this.redisson = redisson;
        this.prefix = prefix;
    }

    @Override
    public boolean firstSeen(String key, Duration ttl) {
        return redisson.<String>getBucket(prefix + key, StringCodec.INSTANCE).setIfAbsent("1", ttl);
    }
}
