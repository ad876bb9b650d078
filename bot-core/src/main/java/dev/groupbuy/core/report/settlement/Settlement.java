package dev.groupbuy.core.report.settlement;

import dev.groupbuy.core.commission.Leader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What each leader sold between two days and earned (结算), for the finance person: per leader and per group,
 * the deals, the orders that count, the sales, what was paid and not, refunds, and the commission.
 *
 * @param from the first day, included
 * @param to the last day, included
 */
public record Settlement(LocalDate from, LocalDate to, List<LeaderSettlement> leaders, Figures totals) {

    /** @param leader {@code null} for groups without a leader */
    public record LeaderSettlement(Leader leader, List<GroupSettlement> groups, Figures totals) {}

    /**
     * @param rate the commission rate applied (0 when none is set)
     * @param rateFrom where the rate comes from
     */
    public record GroupSettlement(long groupId, String name, BigDecimal rate, RateFrom rateFrom, Figures figures) {}

    /** Where a group's commission rate comes from. */
    public enum RateFrom {
        GROUP,
        LEADER,
        NONE
    }

    /**
     * @param deals deals that were delivered (or, without a delivery date, opened) in the period, not cancelled
     * @param orders orders that count: not cancelled, not refunded
     * @param sales their amount at the deals' prices: {@code paid + unpaid}
     * @param refunds the amount of refunded orders
     * @param commission the rate times the sales, per group to the cent
     */
    public record Figures(
            int deals,
            int orders,
            BigDecimal sales,
            BigDecimal paid,
            BigDecimal unpaid,
            int refundedOrders,
            BigDecimal refunds,
            BigDecimal commission) {}
}
