package dev.groupbuy.core.order;

import java.math.BigDecimal;

/** A quantity of one product, counted in the product's unit. */
public record OrderItem(String sku, BigDecimal qty) {

    public OrderItem {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("an order item needs a sku");
        }
        if (qty == null || qty.signum() <= 0) {
            throw new IllegalArgumentException("an order item needs a positive quantity");
        }
        qty = qty.stripTrailingZeros();
        if (qty.scale() < 0) {
            qty = qty.setScale(0);
        }
    }

    public static OrderItem of(String sku, String qty) {
        return new OrderItem(sku, new BigDecimal(qty));
    }
}
