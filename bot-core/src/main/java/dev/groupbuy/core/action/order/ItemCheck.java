package dev.groupbuy.core.action.order;

import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Items an actor asks for: each must be a product of the deal; several of one product add up. */
final class ItemCheck {

    private ItemCheck() {}

    static Optional<Refusal> check(Deal deal, List<OrderItem> items) {
        if (items == null || items.isEmpty()) {
            return Optional.of(Refusal.invalid("an order needs at least one item"));
        }
        List<String> unknown = items.stream()
                .map(OrderItem::sku)
                .filter(sku -> deal.item(sku).isEmpty())
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            return Optional.of(Refusal.invalid("deal " + deal.id() + " sells no sku " + unknown));
        }
        return storable(items);
    }

    /** Quantities an order can store: at most {@link OrderItem#MAX_QTY}, with at most three decimals. */
    static Optional<Refusal> storable(List<OrderItem> items) {
        return items.stream().allMatch(OrderItem::fitsStore)
                ? Optional.empty()
                : Optional.of(Refusal.invalid("a quantity is above " + OrderItem.MAX_QTY.toPlainString()
                        + " or has more than " + OrderItem.MAX_SCALE + " decimals"));
    }

    /** {@code base} with {@code more} added, per sku, in the order they first appear. */
    static List<OrderItem> sum(List<OrderItem> base, List<OrderItem> more) {
        Map<String, BigDecimal> qty = new LinkedHashMap<>();
        for (OrderItem item : base) {
            qty.merge(item.sku(), item.qty(), BigDecimal::add);
        }
        for (OrderItem item : more) {
            qty.merge(item.sku(), item.qty(), BigDecimal::add);
        }
        List<OrderItem> items = new ArrayList<>();
        qty.forEach((sku, q) -> items.add(new OrderItem(sku, q)));
        return items;
    }
}
