package dev.groupbuy.admin.order;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.report.Amounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it.
 *
 * @param seq the number of the chain line that last changed the order
 * @param line that line as written, without its number
 * @param amount price × quantity over its items
 * @param note building/room or remark from the line
 * @param paymentStatus {@code unpaid}, {@code paid} or {@code refunded}
 */
record OrderView(
        long id,
        long dealId,
        String name,
        List<OrderItemView> items,
        BigDecimal amount,
        String status,
        int seq,
        String line,
        String note,
        long groupId,
        String memberId,
        long version,
        Instant updatedAt,
        String paymentStatus) {

    static OrderView of(Order order, Deal deal) {
        return new OrderView(
                order.id(),
                order.dealId(),
                order.name(),
                order.items().stream().map(OrderItemView::of).toList(),
                Amounts.of(order, deal),
                order.status().wireName(),
                order.seq(),
                order.line(),
                order.note(),
                order.groupId(),
                order.memberId(),
                order.version(),
                order.updatedAt(),
                order.payment().wireName());
    }
}
