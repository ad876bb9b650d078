package dev.groupbuy.admin.order;

import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;

/**
 * A quantity of one product; {@code qty} is a plain JSON number: 2, 0.5, 10 (never 2.000 or 1E+1), as
 * {@link OrderItem} keeps it.
 */
public record OrderItemView(String sku, BigDecimal qty) {

    public static OrderItemView of(OrderItem item) {
        return new OrderItemView(item.sku(), item.qty());
    }
}
