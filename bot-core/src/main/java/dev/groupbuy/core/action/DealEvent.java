package dev.groupbuy.core.action;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import java.util.List;

/** Something that happened to a deal that its groups must be told, whichever door it came through. */
public sealed interface DealEvent {

    Deal deal();

    /** A new deal: the groups get its 接龙 template. */
    record Opened(Deal deal) implements DealEvent {}

    /** 截单, with the deal's orders for the totals. */
    record Closed(Deal deal, List<Order> orders) implements DealEvent {}

    record Reopened(Deal deal) implements DealEvent {}

    record Cancelled(Deal deal) implements DealEvent {}

    /** The goods arrived: every buyer with an active order is told where and when to pick up. */
    record Arrived(Deal deal, List<Order> buyers) implements DealEvent {}
}
