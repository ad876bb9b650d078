package dev.groupbuy.admin.dashboard;

import dev.groupbuy.core.report.dashboard.DashboardFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard as the API shows it: each figure flat ({@code orders}, {@code items}, {@code quantity},
 * {@code amount}); {@code groupId} null for all groups; {@code productId} null for goods not in the library.
 */
record DashboardView(
        LocalDate from,
        LocalDate to,
        String zone,
        Long groupId,
        DayView today,
        FiguresView total,
        List<DayView> days,
        List<GroupView> groups,
        List<ProductView> products,
        int productCount) {

    static DashboardView of(DashboardFigures d) {
        return new DashboardView(
                d.from(),
                d.to(),
                d.zone().getId(),
                d.groupId(),
                DayView.of(d.today()),
                FiguresView.of(d.total()),
                d.days().stream().map(DayView::of).toList(),
                d.groups().stream().map(GroupView::of).toList(),
                d.products().stream().map(ProductView::of).toList(),
                d.productCount());
    }

    record FiguresView(int orders, int items, BigDecimal quantity, BigDecimal amount) {

        static FiguresView of(DashboardFigures.Figures f) {
            return new FiguresView(f.orders(), f.items(), f.quantity(), f.amount());
        }
    }

    record DayView(LocalDate date, int orders, int items, BigDecimal quantity, BigDecimal amount) {

        static DayView of(DashboardFigures.Day d) {
            DashboardFigures.Figures f = d.figures();
            return new DayView(d.date(), f.orders(), f.items(), f.quantity(), f.amount());
        }
    }

    record GroupView(long groupId, String name, int orders, int items, BigDecimal quantity, BigDecimal amount) {

        static GroupView of(DashboardFigures.GroupLine g) {
            DashboardFigures.Figures f = g.figures();
            return new GroupView(g.groupId(), g.name(), f.orders(), f.items(), f.quantity(), f.amount());
        }
    }

    record ProductView(Long productId, String name, String unit, int orders, BigDecimal quantity, BigDecimal amount) {

        static ProductView of(DashboardFigures.ProductLine p) {
            return new ProductView(p.productId(), p.name(), p.unit(), p.orders(), p.quantity(), p.amount());
        }
    }
}
