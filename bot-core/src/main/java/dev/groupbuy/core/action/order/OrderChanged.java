package dev.groupbuy.core.action.order;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;

/**
 * An order after a use case changed it.
 *
 * @param before the order as it was, or {@code null} when it is new
 * @param order the order as stored
 * @param deal its deal
 */
public record OrderChanged(Order before, Order order, Deal deal) {

    /** The change left the order's items as they were (e.g. only a note changed). */
    public boolean sameItems() {
        return before != null && before.status() == order.status() && before.isActiveWith(order.items());
    }
}
