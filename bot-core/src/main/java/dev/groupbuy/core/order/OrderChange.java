package dev.groupbuy.core.order;

import dev.groupbuy.core.actor.Door;
import java.time.Instant;

/**
 * One entry of an order's append-only history.
 *
 * @param actor who caused it: a platform user id, {@code admin:<token name>} or {@code system}
 * @param action what happened, e.g. {@code created}, {@code changed}, {@code cancelled}
 * @param before the order's items and status before, as a short text; empty for a new order
 * @param after the same after the change
 * @param inboxId the stored inbound message that caused the change, or {@code null}
 * @param door through which door the change came
 */
public record OrderChange(
        Long id,
        long orderId,
        long dealId,
        Instant at,
        String actor,
        String action,
        String before,
        String after,
        Long inboxId,
        Door door) {

    public OrderChange {
        door = door == null ? Door.CHAT : door;
    }

    /** A change that came through the chat (a 接龙 message). */
    public OrderChange(
            Long id,
            long orderId,
            long dealId,
            Instant at,
            String actor,
            String action,
            String before,
            String after,
            Long inboxId) {
        this(id, orderId, dealId, at, actor, action, before, after, inboxId, Door.CHAT);
    }
}
