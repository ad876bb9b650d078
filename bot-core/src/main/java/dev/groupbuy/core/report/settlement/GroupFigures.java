package dev.groupbuy.core.report.settlement;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.report.PaymentTotals;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One group's deals and payment totals in the period, as they are added up. */
final class GroupFigures {

    private final ChatGroup group;
    private final Set<Long> deals = new LinkedHashSet<>();
    private PaymentTotals payments = PaymentTotals.NONE;

    GroupFigures(ChatGroup group) {
        this.group = group;
    }

    ChatGroup group() {
        return group;
    }

    Set<Long> deals() {
        return deals;
    }

    PaymentTotals payments() {
        return payments;
    }

    /** @param orders the deal's orders in this group */
    void add(Deal deal, List<Order> orders) {
        deals.add(deal.id());
        payments = payments.plus(PaymentTotals.of(orders, deal));
    }
}
