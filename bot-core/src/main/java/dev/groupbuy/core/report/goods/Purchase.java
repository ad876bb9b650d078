package dev.groupbuy.core.report.goods;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase list (采购单, 以销定采): what to buy from each supplier for the deals delivered on a day (or the
 * deals named), added up over the orders that count in all their groups.
 *
 * @param deliveryDate the day, or {@code null} when made for named deals
 * @param groups groups with at least one order
 * @param orders orders counted
 * @param costAmount what the goods cost, over the products whose cost is known
 * @param salesAmount what the orders sell them for, at the deals' prices
 */
public record Purchase(
        LocalDate deliveryDate,
        List<Long> dealIds,
        List<SupplierOrder> suppliers,
        int groups,
        int orders,
        BigDecimal costAmount,
        BigDecimal salesAmount) {

    /**
     * What to order from one supplier.
     *
     * @param supplierId {@code null} for the goods whose supplier is not known (not in the library, or a product
     *     without one): always listed last
     * @param costAmount over the products whose cost is known; {@code null} when none is
     */
    public record SupplierOrder(
            Long supplierId,
            String name,
            String contact,
            List<Line> lines,
            BigDecimal costAmount,
            BigDecimal salesAmount) {}

    /**
     * One product to buy.
     *
     * @param productId the library's product, or {@code null} for an item not in the library
     * @param groups how many groups ordered it
     * @param orders how many orders hold it
     * @param unitCost the product's cost per unit, or {@code null} when not known
     * @param costAmount {@code qty × unitCost} to the cent, or {@code null} when the cost is not known
     */
    public record Line(
            Long productId,
            String name,
            String spec,
            String unit,
            BigDecimal qty,
            int groups,
            int orders,
            BigDecimal unitCost,
            BigDecimal costAmount,
            BigDecimal salesAmount) {}
}
