package dev.groupbuy.core.announce;

import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.ItemText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What a group is told about its deals, in short natural Chinese. Pure text building. */
final class Announcements {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Announcements() {}

    static List<Announcement> of(DealEvent event, ChatGroup group) {
        Deal deal = event.deal();
        if (event instanceof DealEvent.Opened) {
            return List.of(Announcement.of(template(deal, group)));
        }
        if (event instanceof DealEvent.Closed closed) {
            return List.of(Announcement.of(closed(deal, inGroup(closed.orders(), group))));
        }
        if (event instanceof DealEvent.Reopened) {
            return List.of(Announcement.of("恢复接龙：" + deal.title() + "，还没接上的邻居可以继续接～"));
        }
        if (event instanceof DealEvent.Cancelled) {
            return List.of(Announcement.of(deal.title() + "这次取消了，已接的都不算了，给大家添麻烦了🙏"));
        }
        if (event instanceof DealEvent.DeadlineChanged) {
            return List.of(Announcement.of(deadlineChanged(deal, group)));
        }
        if (event instanceof DealEvent.ClosingSoon soon) {
            return List.of(Announcement.of(closingSoon(deal, soon.left(), group)));
        }
        DealEvent.Arrived arrived = (DealEvent.Arrived) event;
        return List.of(arrived(deal, inGroup(arrived.buyers(), group)));
    }

    /** The deal as a 接龙 to copy: products, cut-off, pickup, and the first free number. */
    static String template(Deal deal, ChatGroup group) {
        StringBuilder text = new StringBuilder("#接龙 ").append(deal.title());
        for (CatalogItem item : deal.catalog()) {
            text.append('\n').append(code(item)).append(item.name());
            if (item.price() != null) {
                text.append(' ').append(Amounts.text(item.price())).append("元");
                text.append(item.unit().isEmpty() ? "" : "/" + item.unit());
            }
        }
        if (deal.closesAt() != null) {
            text.append("\n截单：").append(WHEN.format(deal.closesAt().atZone(group.zone())));
        }
        if (deal.pickup() != null && !deal.pickup().isBlank()) {
            text.append("\n自提：").append(deal.pickup());
        }
        return text.append("\n复制这条，在最后接上『序号. 名字 数量』\n\n1. ").toString();
    }

    /** e.g. "「丹东草莓」截单时间改为12月1日 20:00". */
    static String deadlineChanged(Deal deal, ChatGroup group) {
        return deal.closesAt() == null
                ? "「" + deal.title() + "」不设截单时间了，截单时团长会发 #截单"
                : "「" + deal.title() + "」截单时间改为" + WHEN.format(deal.closesAt().atZone(group.zone()));
    }

    /** e.g. "⏰「丹东草莓」还有30分钟截单（20:00），还没接龙的邻居抓紧～". */
    static String closingSoon(Deal deal, Duration left, ChatGroup group) {
        ZonedDateTime closes = deal.closesAt().atZone(group.zone());
        boolean today = closes.toLocalDate()
                .equals(deal.closesAt().minus(left).atZone(group.zone()).toLocalDate());
        String at = (today ? CLOCK : WHEN).format(closes);
        return "⏰「" + deal.title() + "」还有" + span(left) + "截单（" + at + "），还没接龙的邻居抓紧～";
    }

    private static String span(Duration left) {
        long minutes = (left.getSeconds() + 59) / 60;
        if (minutes < 60) {
            return minutes + "分钟";
        }
        return minutes / 60 + "小时" + (minutes % 60 == 0 ? "" : minutes % 60 + "分钟");
    }

    /** e.g. "已截单：丹东草莓，共6人接龙，丹东草莓11盒，合计275元。谢谢大家！". */
    static String closed(Deal deal, List<Order> orders) {
        List<Order> active = orders.stream().filter(Order::isActive).toList();
        String totals = deal.catalog().stream()
                .map(item -> total(deal, item, active))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("，"));
        BigDecimal sum = active.stream().map(o -> Amounts.of(o, deal)).reduce(Amounts.zero(), BigDecimal::add);
        return "已截单：" + deal.title() + "，共" + active.size() + "人接龙" + (totals.isEmpty() ? "" : "，" + totals)
                + (sum.signum() == 0 ? "" : "，合计" + Amounts.text(sum) + "元") + "。谢谢大家！";
    }

    private static Announcement arrived(Deal deal, List<Order> buyers) {
        StringBuilder text = new StringBuilder(deal.title()).append("到货啦！");
        if (deal.pickup() != null && !deal.pickup().isBlank()) {
            text.append("自提：").append(deal.pickup());
        }
        if (!buyers.isEmpty()) {
            text.append("\n请这些邻居来取（").append(buyers.size()).append("位）：");
            List<String> names = buyers.stream()
                    .map(o -> "@" + o.name() + " " + ItemText.of(deal, o.items()))
                    .toList();
            text.append('\n').append(String.join("\n", names));
        }
        List<Announcement.Mention> mentions = new ArrayList<>();
        buyers.stream()
                .filter(o -> o.memberId() != null)
                .forEach(o -> mentions.add(new Announcement.Mention(o.memberId(), o.name())));
        return new Announcement(text.toString(), mentions);
    }

    private static String total(Deal deal, CatalogItem item, List<Order> active) {
        BigDecimal sum = active.stream()
                .flatMap(order -> order.items().stream())
                .filter(orderItem -> orderItem.sku().equals(item.sku()))
                .map(orderItem -> orderItem.qty())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.signum() == 0 ? null : item.name() + ItemText.qty(sum) + item.unit();
    }

    private static String code(CatalogItem item) {
        return item.aliases().stream()
                .filter(alias -> alias.matches("[A-Za-z0-9]{1,2}号?"))
                .findFirst()
                .map(alias -> alias + ". ")
                .orElse("");
    }

    private static List<Order> inGroup(List<Order> orders, ChatGroup group) {
        return orders.stream().filter(o -> o.groupId() == group.id()).toList();
    }
}
