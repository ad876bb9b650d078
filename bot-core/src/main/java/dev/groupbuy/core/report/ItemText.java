package dev.groupbuy.core.report;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Items as people say them: {@code 丹东草莓2盒 车厘子1斤}, or just {@code 2盒} when the deal sells one thing. */
public final class ItemText {

    private ItemText() {}

    public static String of(Deal deal, List<OrderItem> items) {
        boolean single = deal.catalog().size() == 1;
        return items.stream().map(item -> of(deal, item, single)).collect(Collectors.joining(" "));
    }

    /** Always with the product's name: {@code 丹东草莓2盒}. */
    public static String named(Deal deal, List<OrderItem> items) {
        return items.stream().map(item -> of(deal, item, false)).collect(Collectors.joining(" "));
    }

    public static String qty(BigDecimal qty) {
        return qty.stripTrailingZeros().toPlainString();
    }

    private static String of(Deal deal, OrderItem item, boolean withoutName) {
        return deal.item(item.sku())
                .map(c -> (withoutName ? "" : c.name()) + qty(item.qty()) + c.unit())
                .orElse(item.sku() + "×" + qty(item.qty()));
    }
}
