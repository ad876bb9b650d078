package dev.groupbuy.admin.settlement;

import dev.groupbuy.core.report.settlement.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A settlement as the API shows it: per leader ({@code null} platform and user id for groups without one) the
 * groups with their rate and where it comes from ({@code group}, {@code leader}, {@code none}), and the totals.
 */
record SettlementView(LocalDate from, LocalDate to, List<LeaderView> leaders, FiguresView totals) {

    static SettlementView of(Settlement s) {
        return new SettlementView(
                s.from(), s.to(), s.leaders().stream().map(LeaderView::of).toList(), FiguresView.of(s.totals()));
    }

    record LeaderView(String platform, String userId, String name, List<GroupView> groups, FiguresView totals) {

        static LeaderView of(Settlement.LeaderSettlement l) {
            return new LeaderView(
                    l.leader() == null ? null : l.leader().platform(),
                    l.leader() == null ? null : l.leader().userId(),
                    l.leader() == null ? "" : l.leader().name(),
                    l.groups().stream().map(GroupView::of).toList(),
                    FiguresView.of(l.totals()));
        }
    }

    record GroupView(long groupId, String name, BigDecimal commissionRate, String rateFrom, FiguresView figures) {

        static GroupView of(Settlement.GroupSettlement g) {
            return new GroupView(
                    g.groupId(),
                    g.name(),
                    g.rate(),
                    g.rateFrom().name().toLowerCase(Locale.ROOT),
                    FiguresView.of(g.figures()));
        }
    }

    record FiguresView(
            int deals,
            int orders,
            BigDecimal sales,
            BigDecimal paid,
            BigDecimal unpaid,
            int refundedOrders,
            BigDecimal refunds,
            BigDecimal commission) {

        static FiguresView of(Settlement.Figures f) {
            return new FiguresView(
                    f.deals(),
                    f.orders(),
                    f.sales(),
                    f.paid(),
                    f.unpaid(),
                    f.refundedOrders(),
                    f.refunds(),
                    f.commission());
        }
    }
}
