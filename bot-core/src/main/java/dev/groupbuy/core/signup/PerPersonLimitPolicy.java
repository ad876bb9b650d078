package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A product limited per person: warns once per participant and product when a changed order asks for more. */
final class PerPersonLimitPolicy implements OrderPolicy {

    @Override
    public List<Warning> check(Deal deal, List<Order> active, List<Order> changed) {
        List<Warning> warnings = new ArrayList<>();
        for (Order order : changed) {
            if (!order.isActive()) {
                continue;
            }
            for (OrderItem item : order.items()) {
                limited(deal, item.sku())
                        .filter(c -> item.qty().compareTo(BigDecimal.valueOf(c.limitPerPerson())) > 0)
                        .ifPresent(c -> warnings.add(new Warning(
                                "limit:" + deal.id() + ":" + order.name() + ":" + c.sku(), text(order, c, item))));
            }
        }
        return warnings;
    }

    private static Optional<CatalogItem> limited(Deal deal, String sku) {
        return deal.catalog().stream()
                .filter(c -> c.sku().equals(sku) && c.limitPerPerson() != null)
                .findFirst();
    }

    private static String text(Order order, CatalogItem item, OrderItem ordered) {
        return "@" + order.name() + " " + item.name() + "每人限购" + item.limitPerPerson() + item.unit() + "，这次接了"
                + ordered.qty().toPlainString() + item.unit() + "，团长确认一下哦";
    }
}
