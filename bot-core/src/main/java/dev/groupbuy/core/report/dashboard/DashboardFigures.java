package dev.groupbuy.core.report.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The dashboard: orders that count (not cancelled, not refunded, of deals not cancelled) by the day they were
 * placed in {@code zone}, for one group or all.
 *
 * @param groupId the group shown, {@code null} for all
 * @param today today's figures, whether or not today is in the period
 * @param days every day of the period, oldest first, days without orders included
 * @param groups the groups with orders in the period, the highest amount first
 * @param products the {@code top} products by amount in the period, the highest first
 * @param productCount how many products had orders in the period (more than {@code products} may show)
 */
public record DashboardFigures(
        LocalDate from,
        LocalDate to,
        ZoneId zone,
        Long groupId,
        Day today,
        Figures total,
        List<Day> days,
        List<GroupLine> groups,
        List<ProductLine> products,
        int productCount) {

    /**
     * @param items order lines: an order of two products is two items
     * @param quantity the quantities of the items added up, each in its product's unit
     * @param amount at the deals' prices, to the cent, as the orders' own amounts add up
     */
    public record Figures(int orders, int items, BigDecimal quantity, BigDecimal amount) {}

    public record Day(LocalDate date, Figures figures) {}

    public record GroupLine(long groupId, String name, Figures figures) {}

    /**
     * A product of the library in one unit, or, for goods not in the library, a name and unit.
     *
     * @param productId the library product, {@code null} for goods not in the library
     * @param orders how many orders hold it
     */
    public record ProductLine(
            Long productId, String name, String unit, int orders, BigDecimal quantity, BigDecimal amount) {}
}
