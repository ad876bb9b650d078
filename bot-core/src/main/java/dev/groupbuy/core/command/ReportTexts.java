package dev.groupbuy.core.command;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.ItemText;
import dev.groupbuy.core.report.Roster;
import dev.groupbuy.core.report.Summary;
import dev.groupbuy.core.signup.SeenLine;
import java.util.List;

/** 汇总, 名单 and 未取 as the group reads them (also posted by schedules). Pure text building. */
public final class ReportTexts {

    private ReportTexts() {}

    /** e.g. "「丹东草莓」汇总（接龙中）：\n丹东草莓 11盒 275元\n共6人，合计275元". */
    public static String summary(Summary summary) {
        Deal deal = summary.deal();
        StringBuilder text = new StringBuilder("「" + deal.title() + "」汇总（" + status(deal) + "）：");
        for (Summary.ProductTotal product : summary.products()) {
            if (product.qty().signum() > 0) {
                text.append('\n').append(product.name()).append(' ').append(ItemText.qty(product.qty()));
                text.append(product.unit())
                        .append(' ')
                        .append(Amounts.text(product.amount()))
                        .append("元");
            }
        }
        text.append("\n共")
                .append(summary.people())
                .append("人，合计")
                .append(Amounts.text(summary.total()))
                .append("元");
        if (summary.pickedUp() > 0) {
            text.append("，已取").append(summary.pickedUp()).append("份");
        }
        if (summary.orders() > 0) {
            text.append('\n').append(PaymentTexts.totals(summary.payments()));
        }
        if (summary.underReview() > 0) {
            text.append("\n还有").append(summary.underReview()).append("条没看懂，待确认（发 #名单 可见）");
        }
        return text.toString();
    }

    /** The numbered list to copy and continue, lines under review marked 待确认. */
    public static String roster(Roster roster) {
        Deal deal = roster.deal();
        StringBuilder text = new StringBuilder("#接龙 " + deal.title());
        for (Roster.Entry entry : roster.entries()) {
            text.append('\n')
                    .append(entry.number())
                    .append(". ")
                    .append(entry.order().name())
                    .append(' ');
            text.append(ItemText.of(deal, entry.order().items()));
            if (!entry.order().note().isEmpty()) {
                text.append(' ').append(entry.order().note());
            }
            if (entry.pending() != null) {
                text.append("（待确认：").append(entry.pending().text()).append("）");
            }
        }
        int number = roster.entries().size();
        for (SeenLine line : roster.waiting()) {
            text.append('\n').append(++number).append(". ").append(line.text()).append("（待确认）");
        }
        if (number == 0) {
            text.append("\n（还没有人接龙）");
        }
        return text.toString();
    }

    static String waiting(Roster roster) {
        List<Roster.Entry> left = roster.toPickUp();
        if (left.isEmpty()) {
            return "「" + roster.deal().title() + "」都取完啦👍";
        }
        StringBuilder text = new StringBuilder("「" + roster.deal().title() + "」还有" + left.size() + "位没取：");
        for (Roster.Entry entry : left) {
            text.append('\n')
                    .append(entry.number())
                    .append(". ")
                    .append(entry.order().name())
                    .append(' ');
            text.append(ItemText.of(roster.deal(), entry.order().items()));
        }
        return text.toString();
    }

    private static String status(Deal deal) {
        return switch (deal.status()) {
            case OPEN -> "接龙中";
            case CLOSED -> "已截单";
            case ARRIVED -> "已到货";
            case CANCELLED -> "已取消";
        };
    }
}
