package dev.groupbuy.admin.deal;

import dev.groupbuy.core.report.Summary;
import java.math.BigDecimal;
import java.util.List;

/** A deal's totals as the API shows them (the same numbers as {@code #汇总} and the export). */
record SummaryView(
        long dealId,
        String status,
        List<ProductView> products,
        int people,
        int orders,
        int underReview,
        int pickedUp,
        BigDecimal total) {

    static SummaryView of(Summary summary) {
        return new SummaryView(
                summary.deal().id(),
                summary.deal().status().wireName(),
                summary.products().stream()
                        .map(p -> new ProductView(p.sku(), p.name(), p.unit(), p.qty(), p.amount()))
                        .toList(),
                summary.people(),
                summary.orders(),
                summary.underReview(),
                summary.pickedUp(),
                summary.total());
    }

    record ProductView(String sku, String name, String unit, BigDecimal qty, BigDecimal amount) {}
}
