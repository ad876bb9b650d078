package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a chain message is merged into: one group's orders in a deal, by participant name in the order
 * they were placed, and the fingerprints of the lines already seen there. Read once per message.
 */
public record DealState(Deal deal, long groupId, Map<String, Order> orders, Set<String> seen) {

    public DealState {
        orders = Collections.unmodifiableMap(new LinkedHashMap<>(orders));
        seen = Set.copyOf(seen);
    }

    /** Builds the state from all orders of the deal, keeping this group's, the latest per name. */
    public static DealState of(Deal deal, long groupId, List<Order> dealOrders, Set<String> seen) {
        Map<String, Order> byName = new LinkedHashMap<>();
        for (Order order : dealOrders) {
            if (order.groupId() == groupId) {
                byName.put(order.name(), order);
            }
        }
        return new DealState(deal, groupId, byName, seen);
    }

    /** The state once {@code stored} orders and {@code newSeen} fingerprints were written. */
    public DealState after(Collection<Order> stored, Collection<String> newSeen) {
        Map<String, Order> next = new LinkedHashMap<>(orders);
        stored.forEach(order -> next.put(order.name(), order));
        Set<String> seenNext = new HashSet<>(seen);
        seenNext.addAll(newSeen);
        return new DealState(deal, groupId, next, seenNext);
    }

    public long dealId() {
        return deal.id();
    }
}
