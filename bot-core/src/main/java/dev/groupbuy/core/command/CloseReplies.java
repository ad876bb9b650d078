package dev.groupbuy.core.command;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** What the bot says about closing a deal. */
final class CloseReplies {

    private CloseReplies() {}

    /** e.g. "已截单：丹东草莓，共6人接龙，丹东草莓11盒。谢谢大家！". */
    static String closed(Deal deal, List<Order> active) {
        String totals = deal.catalog().stream()
                .map(item -> total(item, active))
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("，"));
        return "已截单：" + deal.title() + "，共" + active.size() + "人接龙" + (totals.isEmpty() ? "" : "，" + totals) + "。谢谢大家！";
    }

    static String onlyLeaders(String senderName) {
        return (senderName.isBlank() ? "" : "@" + senderName + " ") + "只有团长可以截单哦，接龙还在继续～";
    }

    static String pick(List<Deal> open) {
        if (open.isEmpty()) {
            return "现在没有在接龙的团，不用截单哦";
        }
        String titles = open.stream().map(Deal::title).collect(Collectors.joining("、"));
        return "有几个团在接龙（" + titles + "），请发『#截单 团名』，比如『#截单 " + open.get(0).title() + "』";
    }

    private static String total(CatalogItem item, List<Order> active) {
        BigDecimal sum = active.stream()
                .flatMap(order -> order.items().stream())
                .filter(orderItem -> orderItem.sku().equals(item.sku()))
                .map(OrderItem::qty)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.signum() == 0 ? "" : item.name() + sum.stripTrailingZeros().toPlainString() + item.unit();
    }
}
