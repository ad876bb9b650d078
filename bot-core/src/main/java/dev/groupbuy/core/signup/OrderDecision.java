package dev.groupbuy.core.signup;

import dev.groupbuy.core.order.Order;

/**
 * One order to store because a chain message changed it.
 *
 * @param before the order as read, or {@code null} for a new order
 * @param after the order to store
 */
public record OrderDecision(Order before, Order after) {

    public boolean creates() {
        return before == null;
    }

    /**
     * The history action: {@code created}, {@code cancelled}, {@code reordered}, {@code changed}, or {@code paid}
     * when only the payment changed.
     */
    public String action() {
        if (before == null) {
            return "created";
        }
        if (!after.isActive() && after.status() != before.status()) {
            return "cancelled";
        }
        if (after.status() == before.status()
                && after.items().equals(before.items())
                && after.payment() != before.payment()) {
            return after.payment().wireName();
        }
        return before.isActive() ? "changed" : "reordered";
    }
}
