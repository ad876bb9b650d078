package dev.groupbuy.core.order;

import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.store.TextLimit;
import java.time.Instant;

/**
 * One entry of an order's append-only history. The before and after texts are kept to their first
 * {@value #MAX_TEXT_LENGTH} characters (an order of very many products), the size the store gives them.
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

    public static final int MAX_TEXT_LENGTH = 2_000;

    public OrderChange {
        before = before == null ? "" : TextLimit.shorten(before, MAX_TEXT_LENGTH);
        after = after == null ? "" : TextLimit.shorten(after, MAX_TEXT_LENGTH);
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
