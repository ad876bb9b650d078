package dev.groupbuy.adapters.persistence.order;

import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.dashboard.SalesFigures;
import java.util.List;

/** {@link SalesFigures} as two grouped queries on {@code orders}, {@code order_items} and {@code catalog_items}. */
class SalesFiguresPersistenceAdapter implements SalesFigures {

    private final SalesFiguresMapper rows;

    SalesFiguresPersistenceAdapter(SalesFiguresMapper rows) {
        this.rows = rows;
    }

    @Override
    public List<OrderCount> orders(Window window, Long groupId) {
        return rows.orders(window.from(), window.to(), window.offset().getTotalSeconds(), groupId).stream()
                .map(row -> new OrderCount(
                        row.day(),
                        row.groupId(),
                        DealStatus.fromWireName(row.dealStatus()),
                        OrderStatus.fromWireName(row.status()),
                        PaymentStatus.fromWireName(row.paymentStatus()),
                        Math.toIntExact(row.orders())))
                .toList();
    }

    @Override
    public List<ItemCount> items(Window window, Long groupId) {
        return rows.items(window.from(), window.to(), window.offset().getTotalSeconds(), groupId).stream()
                .map(row -> new ItemCount(
                        row.day(),
                        row.groupId(),
                        DealStatus.fromWireName(row.dealStatus()),
                        OrderStatus.fromWireName(row.status()),
                        PaymentStatus.fromWireName(row.paymentStatus()),
                        row.name(),
                        row.unit(),
                        row.price(),
                        row.productId(),
                        row.qty(),
                        Math.toIntExact(row.orders())))
                .toList();
    }
}
