package dev.groupbuy.core.testing;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.report.dashboard.SalesFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@link SalesFigures} over the in-memory orders and deals, grouped as the SQL of the persistence adapter
 * groups them; counts how often it was asked.
 */
public final class InMemorySalesFigures implements SalesFigures {

    private final InMemoryOrderRepository orders;
    private final DealRepository deals;
    private int queries;

    public InMemorySalesFigures(InMemoryOrderRepository orders, DealRepository deals) {
        this.orders = orders;
        this.deals = deals;
    }

    @Override
    public List<OrderCount> orders(Window window, Long groupId) {
        queries++;
        Map<OrderCount, Integer> counts = new LinkedHashMap<>();
        for (Order order : placed(window, groupId)) {
            Deal deal = deals.findById(order.dealId()).orElseThrow();
            OrderCount key = new OrderCount(
                    day(order, window), order.groupId(), deal.status(), order.status(), order.payment(), 0);
            counts.merge(key, 1, Integer::sum);
        }
        return collect(
                counts,
                (key, n) -> new OrderCount(key.day(), key.groupId(), key.dealStatus(), key.status(), key.payment(), n));
    }

    @Override
    public List<ItemCount> items(Window window, Long groupId) {
        queries++;
        Map<ItemCount, Integer> counts = new LinkedHashMap<>();
        for (Order order : placed(window, groupId)) {
            Deal deal = deals.findById(order.dealId()).orElseThrow();
            for (OrderItem item : order.items()) {
                Optional<CatalogItem> sold = deal.item(item.sku());
                if (sold.isEmpty()) {
                    continue;
                }
                CatalogItem c = sold.get();
                ItemCount key = new ItemCount(
                        day(order, window),
                        order.groupId(),
                        deal.status(),
                        order.status(),
                        order.payment(),
                        c.name(),
                        c.unit(),
                        c.price(),
                        c.productId(),
                        item.qty(),
                        0);
                counts.merge(key, 1, Integer::sum);
            }
        }
        return collect(
                counts,
                (k, n) -> new ItemCount(
                        k.day(),
                        k.groupId(),
                        k.dealStatus(),
                        k.status(),
                        k.payment(),
                        k.name(),
                        k.unit(),
                        k.price(),
                        k.productId(),
                        k.qty(),
                        n));
    }

    /** How many grouped queries were asked so far. */
    public int queries() {
        return queries;
    }

    private List<Order> placed(Window window, Long groupId) {
        return orders.all().stream()
                .filter(o -> groupId == null || o.groupId() == groupId)
                .filter(o -> {
                    Instant at = orders.createdAt(o.id());
                    return !at.isBefore(window.from()) && at.isBefore(window.to());
                })
                .toList();
    }

    private LocalDate day(Order order, Window window) {
        return orders.createdAt(order.id()).atOffset(window.offset()).toLocalDate();
    }

    private static <K, R> List<R> collect(Map<K, Integer> counts, BiFunction<K, Integer, R> row) {
        List<R> rows = new ArrayList<>();
        counts.forEach((key, n) -> rows.add(row.apply(key, n)));
        return rows;
    }
}
