package dev.groupbuy.core.report.dashboard;

import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Port: orders counted in groups, as the store adds them up (one grouped query each, never a row per order).
 * Every order is counted whatever its status, its payment and its deal's status, which come with the counts:
 * which of them are sales is the core's rule ({@code Order.counts}), not the store's.
 */
public interface SalesFigures {

    /** Orders per day, group, deal status, order status and payment. */
    List<OrderCount> orders(Window window, Long groupId);

    /**
     * Order items per day, group, deal status, order status, payment, catalog item (name, unit, price and
     * library product) and quantity: each row says how many orders hold that item in that quantity. Items whose
     * sku is not in their deal's catalog are left out.
     */
    List<ItemCount> items(Window window, Long groupId);

    /**
     * Orders created in {@code [from, to)}, each dated by its creation time at {@code offset}: a stretch of time
     * in which the zone's offset does not change.
     */
    record Window(Instant from, Instant to, ZoneOffset offset) {

        public Window {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a window ends after it starts");
            }
        }
    }

    record OrderCount(
            LocalDate day,
            long groupId,
            DealStatus dealStatus,
            OrderStatus status,
            PaymentStatus payment,
            int orders) {}

    /**
     * @param price the deal's price of the item, {@code null} when it has none
     * @param productId the library product the item sells, {@code null} when none
     * @param orders how many orders hold the item in exactly {@code qty}
     */
    record ItemCount(
            LocalDate day,
            long groupId,
            DealStatus dealStatus,
            OrderStatus status,
            PaymentStatus payment,
            String name,
            String unit,
            BigDecimal price,
            Long productId,
            BigDecimal qty,
            int orders) {}
}
