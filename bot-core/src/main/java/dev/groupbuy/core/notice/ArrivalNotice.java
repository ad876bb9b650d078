package dev.groupbuy.core.notice;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.report.ItemText;
import dev.groupbuy.core.store.TextLimit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one buyer is told personally when their deal's goods arrived. Every value is one line of short
 * Chinese (line breaks become spaces, at most {@value #MAX_VALUE_LENGTH} characters), so that a channel can put
 * each into one field of a platform's template; platforms cut them shorter still.
 *
 * @param product the deal's title
 * @param quantity what they ordered, e.g. {@code 丹东草莓2盒}
 * @param pickup where and when to pick up; when the deal does not say, a pointer to the group
 * @param remark a short closing line
 */
public record ArrivalNotice(long dealId, long groupId, String product, String quantity, String pickup, String remark) {

    public static final int MAX_VALUE_LENGTH = 200;
    static final String PICKUP_UNKNOWN = "请留意群里的取货通知";
    static final String REMARK = "到货啦，记得按时来取哦～";

    public ArrivalNotice {
        product = line(product);
        quantity = line(quantity);
        pickup = line(pickup);
        remark = line(remark);
    }

    /** The notice for one group member's active orders in the deal (usually one; more when they signed up family). */
    public static ArrivalNotice of(Deal deal, long groupId, List<Order> orders) {
        String quantity = orders.size() == 1
                ? ItemText.named(deal, orders.get(0).items())
                : orders.stream()
                        .map(order -> order.name() + " " + ItemText.named(deal, order.items()))
                        .collect(Collectors.joining("，"));
        String pickup = deal.pickup() == null || deal.pickup().isBlank() ? PICKUP_UNKNOWN : deal.pickup();
        return new ArrivalNotice(deal.id(), groupId, deal.title(), quantity, pickup, REMARK);
    }

    private static String line(String value) {
        String flat = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        return TextLimit.shorten(flat, MAX_VALUE_LENGTH);
    }
}
