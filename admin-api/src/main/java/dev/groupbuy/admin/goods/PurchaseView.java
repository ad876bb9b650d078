package dev.groupbuy.admin.goods;

import dev.groupbuy.core.report.goods.Purchase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase list as the API shows it: per supplier ({@code supplierId} null for goods without one, listed
 * last), per product, the quantity over the orders that count, groups and orders, cost and sales amounts.
 */
record PurchaseView(
        LocalDate deliveryDate,
        List<Long> dealIds,
        List<SupplierView> suppliers,
        int groups,
        int orders,
        BigDecimal costAmount,
        BigDecimal salesAmount) {

    static PurchaseView of(Purchase p) {
        return new PurchaseView(
                p.deliveryDate(),
                p.dealIds(),
                p.suppliers().stream().map(SupplierView::of).toList(),
                p.groups(),
                p.orders(),
                p.costAmount(),
                p.salesAmount());
    }

    record SupplierView(
            Long supplierId,
            String name,
            String contact,
            List<LineView> products,
            BigDecimal costAmount,
            BigDecimal salesAmount) {

        static SupplierView of(Purchase.SupplierOrder s) {
            return new SupplierView(
                    s.supplierId(),
                    s.name(),
                    s.contact(),
                    s.lines().stream().map(LineView::of).toList(),
                    s.costAmount(),
                    s.salesAmount());
        }
    }

    /** @param unitCost and {@code costAmount} are {@code null} when the product's cost is not known */
    record LineView(
            Long productId,
            String name,
            String spec,
            String unit,
            BigDecimal qty,
            int groups,
            int orders,
            BigDecimal unitCost,
            BigDecimal costAmount,
            BigDecimal salesAmount) {

        static LineView of(Purchase.Line l) {
            return new LineView(
                    l.productId(),
                    l.name(),
                    l.spec(),
                    l.unit(),
                    l.qty(),
                    l.groups(),
                    l.orders(),
                    l.unitCost(),
                    l.costAmount(),
                    l.salesAmount());
        }
    }
}
