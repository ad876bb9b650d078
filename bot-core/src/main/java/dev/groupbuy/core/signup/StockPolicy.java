package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A product with a stock: warns once when the active orders ask for more than there is. */
final class StockPolicy implements OrderPolicy {

    @Override
    public List<Warning> check(Deal deal, List<Order> active, List<Order> changed) {
        List<Warning> warnings = new ArrayList<>();
        for (CatalogItem item : deal.catalog()) {
            if (item.stock() == null) {
                continue;
            }
            BigDecimal ordered = active.stream()
                    .flatMap(order -> order.items().stream())
                    .filter(orderItem -> orderItem.sku().equals(item.sku()))
                    .map(OrderItem::qty)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (ordered.compareTo(BigDecimal.valueOf(item.stock())) > 0) {
                warnings.add(new Warning("stock:" + deal.id() + ":" + item.sku(), text(item, ordered)));
            }
        }
        return warnings;
    }

    private static String text(CatalogItem item, BigDecimal ordered) {
        return item.name() + "库存只剩" + item.stock() + item.unit() + "，已经接了" + ordered.toPlainString() + item.unit()
                + "，不够分了，超出的部分请团长确认一下哦";
    }
}
