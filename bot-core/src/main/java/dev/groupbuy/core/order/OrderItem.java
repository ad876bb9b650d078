package dev.groupbuy.core.order;

import java.math.BigDecimal;

/**
 * A quantity of one product, counted in the product's unit. The store keeps quantities up to
 * {@link #MAX_QTY} with {@value #MAX_SCALE} decimals; {@link #fitsStore()} says whether this one does (the
 * parser may read more, and such a line goes to review instead of becoming an order).
 */
public record OrderItem(String sku, BigDecimal qty) {

    public static final BigDecimal MAX_QTY = new BigDecimal("999999999.999");
    public static final int MAX_SCALE = 3;

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

    public boolean fitsStore() {
        return qty.compareTo(MAX_QTY) <= 0 && qty.scale() <= MAX_SCALE;
    }

    public static OrderItem of(String sku, String qty) {
        return new OrderItem(sku, new BigDecimal(qty));
    }
}
