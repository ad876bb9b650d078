package dev.groupbuy.core.report;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import java.math.BigDecimal;
import java.util.List;

/**
 * A deal's totals (汇总), over its orders not cancelled.
 *
 * @param people participants with an order (per group and name)
 * @param orders orders counted
 * @param underReview lines still waiting for their participant (待确认)
 * @param pickedUp orders already handed over
 * @param total the sum of the products' amounts
 */
public record Summary(
        Deal deal,
        List<ProductTotal> products,
        int people,
        int orders,
        int underReview,
        int pickedUp,
        BigDecimal total) {

    public record ProductTotal(
            String sku, String name, String unit, BigDecimal price, BigDecimal qty, BigDecimal amount) {}

    public static Summary of(Roster roster) {
        Deal deal = roster.deal();
        List<Order> counted = roster.entries().stream().map(Roster.Entry::order).toList();
        List<ProductTotal> products = deal.catalog().stream()
                .map(item -> {
                    BigDecimal qty = counted.stream()
                            .flatMap(o -> o.items().stream())
                            .filter(i -> i.sku().equals(item.sku()))
                            .map(i -> i.qty())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal amount = counted.stream()
                            .flatMap(o -> o.items().stream())
                            .filter(i -> i.sku().equals(item.sku()))
                            .map(i -> Amounts.of(i, deal))
                            .reduce(Amounts.zero(), BigDecimal::add);
                    return new ProductTotal(item.sku(), item.name(), item.unit(), item.price(), qty, amount);
                })
                .toList();
        BigDecimal total = products.stream().map(ProductTotal::amount).reduce(Amounts.zero(), BigDecimal::add);
        long people = counted.stream()
                .map(o -> o.groupId() + "/" + o.name())
                .distinct()
                .count();
        int pickedUp = (int) counted.stream().filter(o -> !o.isActive()).count();
        return new Summary(deal, products, (int) people, counted.size(), roster.underReview(), pickedUp, total);
    }
}
