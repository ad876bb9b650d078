package dev.groupbuy.core.report;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money: price × quantity per item, to the cent; a product without a price counts 0. */
public final class Amounts {

    private Amounts() {}

    public static BigDecimal of(OrderItem item, Deal deal) {
        return of(deal.item(item.sku()).map(CatalogItem::price).orElse(null), item.qty());
    }

    /** One order item's amount: {@code price} ({@code null}: none, counts 0) × {@code qty}, to the cent. */
    public static BigDecimal of(BigDecimal price, BigDecimal qty) {
        return price == null ? zero() : price.multiply(qty).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(Order order, Deal deal) {
        return order.items().stream().map(item -> of(item, deal)).reduce(zero(), BigDecimal::add);
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** As people write money: {@code 25}, {@code 12.5}, {@code 0}. */
    public static String text(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
