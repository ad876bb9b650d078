package dev.groupbuy.core.order;

import java.time.Instant;
import java.util.List;

/**
 * One participant's order in a deal.
 *
 * @param id {@code null} until stored
 * @param groupId the group whose chain the order came from
 * @param name the participant as written in the chain (the 接龙 name)
 * @param memberId the platform user id when known, else {@code null}
 * @param seq the number of the participant's line in the chain that last changed the order
 * @param line that line as written, without its number
 * @param version optimistic-locking counter, bumped by every stored change
 */
public record Order(
        Long id,
        long dealId,
        long groupId,
        String name,
        String memberId,
        List<OrderItem> items,
        OrderStatus status,
        int seq,
        String line,
        long version,
        Instant updatedAt) {

    public Order {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an order needs a participant name");
        }
        if (status == null) {
            throw new IllegalArgumentException("an order needs a status");
        }
        items = items == null ? List.of() : List.copyOf(items);
        if (items.stream().map(OrderItem::sku).distinct().count() != items.size()) {
            throw new IllegalArgumentException("an order holds at most one item per sku");
        }
        line = line == null ? "" : line;
    }

    public boolean isActive() {
        return status == OrderStatus.ACTIVE;
    }

    public Order withId(long newId) {
        return new Order(newId, dealId, groupId, name, memberId, items, status, seq, line, version, updatedAt);
    }
}
