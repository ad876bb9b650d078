package dev.groupbuy.core.action;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import java.time.Duration;
import java.util.List;

/** Something that happened to a deal that its groups must be told, whichever door it came through. */
public sealed interface DealEvent {

    Deal deal();

    /** The groups to tell: all the deal's groups, unless the event names fewer. */
    default List<Long> audience() {
        return deal().groupIds();
    }

    /** A new deal: the groups get its 接龙 template. */
    record Opened(Deal deal) implements DealEvent {}

    /** 截单, with the deal's orders for the totals. */
    record Closed(Deal deal, List<Order> orders) implements DealEvent {}

    record Reopened(Deal deal) implements DealEvent {}

    record Cancelled(Deal deal) implements DealEvent {}

    /** The goods arrived: every buyer with an active order is told where and when to pick up. */
    record Arrived(Deal deal, List<Order> buyers) implements DealEvent {}

    /** The cut-off time moved (or was set or dropped); the scheduler moves the automatic 截单 with it. */
    record DeadlineChanged(Deal deal) implements DealEvent {}

    /**
     * The cut-off is near: a reminder to sign up.
     *
     * @param left how long until {@link Deal#closesAt()}
     * @param audience the groups to remind: all the deal's, or those a schedule names
     */
    record ClosingSoon(Deal deal, Duration left, List<Long> audience) implements DealEvent {

        public ClosingSoon {
            audience = audience == null || audience.isEmpty() ? deal.groupIds() : List.copyOf(audience);
        }
    }
}
