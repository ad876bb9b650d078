package dev.groupbuy.core.report.settlement;

import dev.groupbuy.core.report.DealWorkbook;
import dev.groupbuy.core.report.DealWorkbook.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * A settlement as a workbook for the finance person: sheet 团长结算 one row per leader with the total, sheet
 * 按群明细 one row per group with its rate. The same numbers as the JSON.
 */
public final class SettlementWorkbook {

    private SettlementWorkbook() {}

    public static DealWorkbook of(Settlement settlement) {
        return new DealWorkbook(
                "结算 " + settlement.from() + " ~ " + settlement.to(), List.of(leaders(settlement), groups(settlement)));
    }

    private static DealWorkbook.Sheet leaders(Settlement settlement) {
        List<List<Object>> rows = new ArrayList<>();
        for (Settlement.LeaderSettlement leader : settlement.leaders()) {
            List<Object> row = new ArrayList<>(
                    List.of(name(leader), id(leader), leader.groups().size()));
            row.addAll(figures(leader.totals()));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(new Label("合计"), "", countGroups(settlement)));
        total.addAll(figures(settlement.totals()));
        rows.add(total);
        return new DealWorkbook.Sheet(
                "团长结算", List.of("团长", "账号", "群数", "团数", "订单", "销售额", "已付", "未付", "退款单", "退款额", "佣金"), rows);
    }

    private static DealWorkbook.Sheet groups(Settlement settlement) {
        List<List<Object>> rows = new ArrayList<>();
        for (Settlement.LeaderSettlement leader : settlement.leaders()) {
            for (Settlement.GroupSettlement group : leader.groups()) {
                List<Object> row = new ArrayList<>(List.of(
                        name(leader), group.name(), new DealWorkbook.Percent(group.rate()), source(group.rateFrom())));
                row.addAll(figures(group.figures()));
                rows.add(row);
            }
        }
        List<Object> total = new ArrayList<>(List.of(new Label("合计"), "", "", ""));
        total.addAll(figures(settlement.totals()));
        rows.add(total);
        return new DealWorkbook.Sheet(
                "按群明细", List.of("团长", "群", "佣金比例", "比例来自", "团数", "订单", "销售额", "已付", "未付", "退款单", "退款额", "佣金"), rows);
    }

    private static List<Object> figures(Settlement.Figures f) {
        return List.of(
                f.deals(),
                f.orders(),
                f.sales(),
                f.paid(),
                f.unpaid(),
                f.refundedOrders(),
                f.refunds(),
                f.commission());
    }

    private static int countGroups(Settlement settlement) {
        return settlement.leaders().stream().mapToInt(l -> l.groups().size()).sum();
    }

    private static String name(Settlement.LeaderSettlement leader) {
        return leader.leader() == null ? "（无团长）" : leader.leader().name();
    }

    private static String id(Settlement.LeaderSettlement leader) {
        return leader.leader() == null ? "" : leader.leader().key();
    }

    private static String source(Settlement.RateFrom from) {
        return switch (from) {
            case GROUP -> "本群";
            case LEADER -> "团长";
            case NONE -> "未设";
        };
    }
}
