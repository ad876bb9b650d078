package dev.groupbuy.core.command;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.PaymentTotals;
import dev.groupbuy.core.report.Roster;
import java.math.BigDecimal;
import java.util.List;

/** What the bot says about payments: totals, who still owes, refunds. Pure text building. */
final class PaymentTexts {

    static final String HOW_TO_PAY = "付好了请发 #已付，或在接龙自己那行后面加『已付』";

    private PaymentTexts() {}

    /** e.g. "已付3人75元，未付2人50元，已退款1人25元". */
    static String totals(PaymentTotals totals) {
        StringBuilder text = new StringBuilder()
                .append("已付")
                .append(totals.paidOrders())
                .append("人")
                .append(Amounts.text(totals.paidAmount()))
                .append("元，未付")
                .append(totals.unpaidOrders())
                .append("人")
                .append(Amounts.text(totals.unpaidAmount()))
                .append("元");
        if (totals.refundedOrders() > 0) {
            text.append("，已退款")
                    .append(totals.refundedOrders())
                    .append("人")
                    .append(Amounts.text(totals.refundedAmount()))
                    .append("元");
        }
        return text.toString();
    }

    /** The entries of one group still to pay: counted (not cancelled, not refunded) and unpaid. */
    static List<Roster.Entry> unpaid(Roster roster, long groupId) {
        return roster.entries().stream()
                .filter(e -> e.order().groupId() == groupId
                        && e.order().counts()
                        && e.order().payment() == PaymentStatus.UNPAID)
                .toList();
    }

    /** e.g. "「丹东草莓」还有2位没付款，共110元". */
    static String stillUnpaid(Deal deal, List<Roster.Entry> unpaid) {
        if (unpaid.isEmpty()) {
            return "「" + deal.title() + "」都付清啦👍";
        }
        BigDecimal sum = unpaid.stream().map(e -> Amounts.of(e.order(), deal)).reduce(Amounts.zero(), BigDecimal::add);
        return "「" + deal.title() + "」还有" + unpaid.size() + "位没付款，共" + Amounts.text(sum) + "元";
    }

    static String who(Roster.Entry entry) {
        return entry.number() + ". " + entry.order().name();
    }

    static String amount(Order order, Deal deal) {
        return Amounts.text(Amounts.of(order, deal)) + "元";
    }
}
