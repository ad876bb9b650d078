package dev.groupbuy.core.coordination;

import java.time.Duration;

/** Port: remembers keys for a while, to drop a repeat of something already handled. */
public interface DedupSet {

    /** @return true the first time {@code key} is offered within {@code ttl}, false for a repeat */
    boolean firstSeen(String key, Duration ttl);
}
