package dev.groupbuy.core.chat;

import dev.groupbuy.core.coordination.LockKeys;
import java.util.function.Supplier;

/**
 * A handler's answer when it takes a message: the work to run, and the lock it must run under.
 *
 * @param lockKey the {@code Locks} key serialising this work (per deal, or per group before the deal is
 *     known), or {@code null} when the work touches no shared state
 * @param work runs inside the lock and one transaction; may run again when retried or recovered, so it
 *     must re-read what it changes
 */
public record Handling(String lockKey, Supplier<Outcome> work) {

    public static Handling locked(String lockKey, Supplier<Outcome> work) {
        return new Handling(lockKey, work);
    }

    public static Handling unlocked(Supplier<Outcome> work) {
        return new Handling(null, work);
    }

    public static String dealLock(long dealId) {
        return LockKeys.deal(dealId);
    }

    public static String groupLock(long groupId) {
        return LockKeys.group(groupId);
    }
}
