package dev.groupbuy.core.report;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.order.Order;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 导出: the deal as a workbook for the supplier and the pickup: sheet 1 one row per order (序号 as in {@code
 * #名单}) with its payment, sheet 2 the totals per product (the same numbers as {@link Summary}), sheet 3 a
 * pickup checklist sorted by building and room, sheet 4 the payments: who paid, who did not, refunds.
 */
public final class ExportDeal {

    private final DealReading reading;

    public ExportDeal(ActionPorts ports) {
        this.reading = new DealReading(ports);
    }

    public record Command(long dealId, Actor actor) {}

    public ActionResult<DealWorkbook> export(Command command) {
        return reading.roster(command.dealId(), command.actor()).map(ExportDeal::workbook);
    }

    static DealWorkbook workbook(Roster roster) {
        Summary summary = Summary.of(roster);
        return new DealWorkbook(
                roster.deal().title(),
                List.of(orders(roster), totals(summary), pickup(roster), payments(roster, summary.payments())));
    }

    private static DealWorkbook.Sheet orders(Roster roster) {
        List<List<Object>> rows = new ArrayList<>();
        for (Roster.Entry entry : roster.entries()) {
            Order order = entry.order();
            rows.add(List.of(
                    entry.number(),
                    order.name(),
                    ItemText.named(roster.deal(), order.items()),
                    Amounts.of(order, roster.deal()),
                    order.note(),
                    order.isActive() ? "待取" : "已取",
                    PaymentWords.of(order.payment())));
        }
        return new DealWorkbook.Sheet("订单", List.of("序号", "名字", "商品", "金额", "备注/楼栋", "状态", "付款"), rows);
    }

    private static DealWorkbook.Sheet totals(Summary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (Summary.ProductTotal product : summary.products()) {
            rows.add(List.of(
                    product.name(),
                    product.unit(),
                    product.price() == null ? BigDecimal.ZERO : product.price(),
                    product.qty(),
                    product.amount()));
        }
        rows.add(List.of("合计", summary.people() + "人", "", "", summary.total()));
        return new DealWorkbook.Sheet("汇总", List.of("商品", "单位", "单价", "数量", "金额"), rows);
    }

    private static DealWorkbook.Sheet pickup(Roster roster) {
        List<Roster.Entry> sorted = new ArrayList<>(roster.entries());
        sorted.sort(Comparator.comparing((Roster.Entry e) -> e.order().note().isEmpty())
                .thenComparing(e -> e.order().note(), Rooms.ORDER)
                .thenComparing(Roster.Entry::number));
        List<List<Object>> rows = new ArrayList<>();
        for (Roster.Entry entry : sorted) {
            rows.add(List.of(
                    entry.order().note(),
                    entry.order().name(),
                    ItemText.named(roster.deal(), entry.order().items()),
                    entry.number(),
                    entry.order().isActive() ? "☐" : "☑"));
        }
        return new DealWorkbook.Sheet("自提核对", List.of("楼栋/房号", "名字", "商品", "序号", "已取"), rows);
    }

    private static DealWorkbook.Sheet payments(Roster roster, PaymentTotals totals) {
        List<List<Object>> rows = new ArrayList<>();
        for (Roster.Entry entry : roster.entries()) {
            rows.add(List.of(
                    entry.number(),
                    entry.order().name(),
                    Amounts.of(entry.order(), roster.deal()),
                    PaymentWords.of(entry.order().payment())));
        }
        rows.add(List.of());
        rows.add(List.of(new DealWorkbook.Label("已付"), totals.paidOrders(), totals.paidAmount()));
        rows.add(List.of(new DealWorkbook.Label("未付"), totals.unpaidOrders(), totals.unpaidAmount()));
        rows.add(List.of(new DealWorkbook.Label("已退款"), totals.refundedOrders(), totals.refundedAmount()));
        return new DealWorkbook.Sheet("收款", List.of("序号", "名字", "金额", "付款"), rows);
    }
}
