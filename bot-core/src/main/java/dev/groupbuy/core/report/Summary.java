package dev.groupbuy.core.report;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import java.math.BigDecimal;
import java.util.List;

/**
 * A deal's totals (汇总), over its orders not cancelled; the products, people and total leave refunded orders
 * out (their goods are not delivered), the payments count them as refunded.
 *
 * @param people participants with an order (per group and name), refunded ones left out
 * @param orders orders listed (not cancelled)
 * @param underReview lines still waiting for their participant (待确认)
 * @param pickedUp orders already handed over
 * @param total the sum of the products' amounts
 * @param payments paid, unpaid and refunded orders and their amounts
 */
public record Summary(
        Deal deal,
        List<ProductTotal> products,
        int people,
        int orders,
        int underReview,
        int pickedUp,
        BigDecimal total,
        PaymentTotals payments) {

    public record ProductTotal(
            String sku, String name, String unit, BigDecimal price, BigDecimal qty, BigDecimal amount) {}

    public static Summary of(Roster roster) {
        Deal deal = roster.deal();
        List<Order> listed = roster.entries().stream().map(Roster.Entry::order).toList();
        List<Order> counted = listed.stream().filter(Order::counts).toList();
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
        int pickedUp = (int) listed.stream().filter(o -> !o.isActive()).count();
        return new Summary(
                deal,
                products,
                (int) people,
                listed.size(),
                roster.underReview(),
                pickedUp,
                total,
                PaymentTotals.of(listed, deal));
    }
}
