package dev.groupbuy.core.order;

import java.util.List;
import java.util.Optional;

/** Port: orders and their history. */
public interface OrderRepository {

    /** All orders of a deal, in the order they were created. */
    List<Order> findByDeal(long dealId);

    Optional<Order> findById(long id);

    /** Stores a new order (id and version ignored; version starts at 0) and returns it with its id. */
    Order insert(Order order);

    /**
     * Stores a changed order if nobody changed it since it was read.
     *
     * @return the order as stored (version bumped), or empty when {@code order.version()} is stale
     */
    Optional<Order> update(Order order);

    void appendHistory(OrderChange change);

    /** The history of one order, oldest first. */
    List<OrderChange> history(long orderId);
}
