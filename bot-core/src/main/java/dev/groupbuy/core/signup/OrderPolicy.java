package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import java.util.List;

/**
 * A business rule checked after a chain message changed orders. It never blocks a sign-up (the chain is
 * the residents' record); it tells the leader when a human should look.
 */
interface OrderPolicy {

    /**
     * @param active the group's active orders once the merge is stored
     * @param changed the orders this message changed, as stored
     */
    List<Warning> check(Deal deal, List<Order> active, List<Order> changed);

    /**
     * Something to tell the group.
     *
     * @param key identifies the warning: the same key is said only once
     */
    record Warning(String key, String text) {}
}
