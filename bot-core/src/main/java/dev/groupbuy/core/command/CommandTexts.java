package dev.groupbuy.core.command;

import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.deal.CatalogLimits;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import java.util.List;
import java.util.stream.Collectors;

/** What the bot says when a command cannot run, the same way for every command. */
final class CommandTexts {

    private CommandTexts() {}

    static String onlyLeaders(String senderName, CommandSpec spec) {
        String at = senderName.isBlank() ? "" : "@" + senderName + " ";
        return at + "#" + spec.word() + " 只有团长和助理可以用哦" + (spec.word().equals("截单") ? "，接龙还在继续～" : "～");
    }

    static String whichDeal(CommandSpec spec, List<Deal> deals) {
        if (deals.isEmpty()) {
            return switch (spec.target()) {
                case OPEN -> "现在没有在接龙的团，不用#" + spec.word() + "哦";
                case CLOSED -> "现在没有已截单的团，#" + spec.word() + "用不上哦";
                case PICKUP -> "现在没有已截单的团，先 #截单 再#" + spec.word() + "哦";
                default -> "这个群现在没有进行中的团";
            };
        }
        String titles = deals.stream().map(Deal::title).collect(Collectors.joining("、"));
        return "有几个团（" + titles + "），请发『#" + spec.word() + " 团名』，比如『#" + spec.word() + " "
                + deals.get(0).title() + "』";
    }

    /** A refusal for a command on {@code deal}, phrased by why. */
    static String refused(Refusal refusal, Deal deal) {
        return switch (refusal.reason()) {
            case NOT_ALLOWED -> "这个只有团长可以操作哦";
            case NOT_FOUND -> "没找到要操作的团或订单";
            case NOT_CONFIRMED -> "没有要确认的操作（#取消团 之后5分钟内回复 #确认 才有效）";
            case INVALID -> "没看懂，发 #帮助 看看怎么写";
            case TOO_LARGE ->
                "商品太多或商品名太长了（最多" + CatalogLimits.MAX_PRODUCTS + "个商品，每个名字最多" + CatalogLimits.MAX_WORD_LENGTH + "个字）";
            case WRONG_STATE -> deal == null ? "现在不能这样操作" : state(deal);
        };
    }

    static String state(Deal deal) {
        String title = "「" + deal.title() + "」";
        if (deal.status() == DealStatus.OPEN) {
            return title + "还在接龙，先 #截单 吧";
        }
        if (deal.status() == DealStatus.CLOSED) {
            return title + "已经截单了";
        }
        if (deal.status() == DealStatus.ARRIVED) {
            return title + "已经到货了";
        }
        return title + "已经取消了";
    }
}
