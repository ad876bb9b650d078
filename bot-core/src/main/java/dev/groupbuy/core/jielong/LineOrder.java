package dev.groupbuy.core.jielong;

import dev.groupbuy.core.order.OrderItem;
import java.util.List;

/** What one participant line orders: items, a cancel, or a question for a human. */
record LineOrder(List<OrderItem> items, boolean cancelled, boolean review, ReviewReason reason) {

    static LineOrder of(List<OrderItem> items) {
        return new LineOrder(List.copyOf(items), false, false, null);
    }

    static LineOrder cancel() {
        return new LineOrder(List.of(), true, false, null);
    }

    static LineOrder review(ReviewReason reason) {
        return new LineOrder(List.of(), false, true, reason);
    }
}
