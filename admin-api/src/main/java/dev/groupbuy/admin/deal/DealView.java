package dev.groupbuy.admin.deal;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal as the API shows it.
 *
 * @param deliveryDate the day its goods are delivered (purchase lists and sorting sheets), or {@code null}
 */
record DealView(
        long id,
        String title,
        String status,
        List<Long> groupIds,
        List<CatalogItemView> catalog,
        Instant closesAt,
        String pickup,
        Instant createdAt,
        LocalDate deliveryDate,
        Long remindBeforeMinutes) {

    static DealView of(Deal deal) {
        return new DealView(
                deal.id(),
                deal.title(),
                deal.status().wireName(),
                deal.groupIds(),
                deal.catalog().stream().map(CatalogItemView::of).toList(),
                deal.closesAt(),
                deal.pickup(),
                deal.createdAt(),
                deal.deliveryDate(),
                deal.remindBefore() == null ? null : deal.remindBefore().toMinutes());
    }

    record CatalogItemView(
            String sku,
            String name,
            List<String> aliases,
            String unit,
            BigDecimal price,
            Integer stock,
            Integer limitPerPerson,
            Long productId) {

        static CatalogItemView of(CatalogItem item) {
            return new CatalogItemView(
                    item.sku(),
                    item.name(),
                    item.aliases(),
                    item.unit(),
                    item.price(),
                    item.stock(),
                    item.limitPerPerson(),
                    item.productId());
        }
    }
}
