package dev.groupbuy.core.report.settlement;

import dev.groupbuy.core.commission.Leader;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.PaymentTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Adds groups' figures up to a leader's, and leaders' to the whole settlement's. */
final class LeaderTotals {

    private LeaderTotals() {}

    static Settlement.LeaderSettlement of(Leader leader, List<GroupFigures> groups, Rates rates) {
        List<Settlement.GroupSettlement> settled = new ArrayList<>();
        Set<Long> deals = new HashSet<>();
        for (GroupFigures group : groups) {
            long id = group.group().id();
            BigDecimal rate = rates.rate(id, leader);
            settled.add(new Settlement.GroupSettlement(
                    id, group.group().name(), rate, rates.from(id, leader), figures(group, rate)));
            deals.addAll(group.deals());
        }
        Settlement.Figures sum =
                sum(settled.stream().map(Settlement.GroupSettlement::figures).toList());
        return new Settlement.LeaderSettlement(leader, settled, withDeals(sum, deals.size()));
    }

    /** @param deals how many different deals the leaders' groups had (a deal may span several leaders) */
    static Settlement.Figures total(List<Settlement.LeaderSettlement> leaders, int deals) {
        return withDeals(
                sum(leaders.stream().map(Settlement.LeaderSettlement::totals).toList()), deals);
    }

    private static Settlement.Figures figures(GroupFigures group, BigDecimal rate) {
        PaymentTotals p = group.payments();
        BigDecimal sales = p.sales();
        return new Settlement.Figures(
                group.deals().size(),
                p.paidOrders() + p.unpaidOrders(),
                sales,
                p.paidAmount(),
                p.unpaidAmount(),
                p.refundedOrders(),
                p.refundedAmount(),
                sales.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }

    private static Settlement.Figures sum(List<Settlement.Figures> all) {
        Settlement.Figures total = new Settlement.Figures(
                0, 0, Amounts.zero(), Amounts.zero(), Amounts.zero(), 0, Amounts.zero(), Amounts.zero());
        for (Settlement.Figures f : all) {
            total = new Settlement.Figures(
                    total.deals() + f.deals(),
                    total.orders() + f.orders(),
                    total.sales().add(f.sales()),
                    total.paid().add(f.paid()),
                    total.unpaid().add(f.unpaid()),
                    total.refundedOrders() + f.refundedOrders(),
                    total.refunds().add(f.refunds()),
                    total.commission().add(f.commission()));
        }
        return total;
    }

    private static Settlement.Figures withDeals(Settlement.Figures f, int deals) {
        return new Settlement.Figures(
                deals, f.orders(), f.sales(), f.paid(), f.unpaid(), f.refundedOrders(), f.refunds(), f.commission());
    }
}
