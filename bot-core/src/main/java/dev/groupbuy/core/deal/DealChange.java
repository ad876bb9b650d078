package dev.groupbuy.core.deal;

import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.actor.Door;
import java.time.Instant;

/**
 * One entry of a deal's append-only history: who did what, through which door.
 *
 * @param actor as {@link Actor#id()} names it
 * @param inboxId the chat message that caused it, or {@code null}
 */
public record DealChange(
        Long id,
        long dealId,
        Instant at,
        String actor,
        Door door,
        DealAction action,
        DealStatus before,
        DealStatus after,
        Long inboxId) {

    public static DealChange of(Deal before, Deal after, DealAction action, Actor actor, Instant at) {
        return new DealChange(
                null,
                after.id(),
                at,
                actor.id(),
                actor.door(),
                action,
                before == null ? null : before.status(),
                after.status(),
                actor.inboxId());
    }
}
