package dev.groupbuy.admin.deal;

import dev.groupbuy.core.report.Summary;
import java.math.BigDecimal;
import java.util.List;

/**
 * A deal's totals as the API shows them (the same numbers as {@code #汇总} and the export); products, people
 * and total leave refunded orders out, the payment counts and amounts count every order not cancelled.
 */
record SummaryView(
        long dealId,
        String status,
        List<ProductView> products,
        int people,
        int orders,
        int underReview,
        int pickedUp,
        BigDecimal total,
        int paidOrders,
        BigDecimal paidAmount,
        int unpaidOrders,
        BigDecimal unpaidAmount,
        int refundedOrders,
        BigDecimal refundedAmount) {

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
                summary.total(),
                summary.payments().paidOrders(),
                summary.payments().paidAmount(),
                summary.payments().unpaidOrders(),
                summary.payments().unpaidAmount(),
                summary.payments().refundedOrders(),
                summary.payments().refundedAmount());
    }

    record ProductView(String sku, String name, String unit, BigDecimal qty, BigDecimal amount) {}
}
