package dev.groupbuy.admin.order;

import dev.groupbuy.core.order.Order;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it.
 *
 * @param seq the number of the chain line that last changed the order
 * @param line that line as written, without its number
 */
record OrderView(
        long id,
        String name,
        List<OrderItemView> items,
        String status,
        int seq,
        String line,
        long groupId,
        String memberId,
        long version,
        Instant updatedAt) {

    static OrderView of(Order order) {
        return new OrderView(
                order.id(),
                order.name(),
                order.items().stream().map(OrderItemView::of).toList(),
                order.status().wireName(),
                order.seq(),
                order.line(),
                order.groupId(),
                order.memberId(),
                order.version(),
                order.updatedAt());
    }
}
