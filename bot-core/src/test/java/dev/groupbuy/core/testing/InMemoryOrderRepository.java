package dev.groupbuy.core.testing;

import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.OrderRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** {@link OrderRepository} in memory with optimistic versions, thread-safe, counting writes. */
public final class InMemoryOrderRepository implements OrderRepository {

    private final Map<Long, Order> orders = new LinkedHashMap<>();
    private final Map<Long, Instant> created = new LinkedHashMap<>();
    private final List<OrderChange> history = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong historyIds = new AtomicLong();
    private final WriteCounter writes;
    private boolean conflictOnNextUpdate;
    private String refusedName;

    public InMemoryOrderRepository(WriteCounter writes) {
        this.writes = writes;
    }

    @Override
    public synchronized List<Order> findByDeal(long dealId) {
        return orders.values().stream().filter(o -> o.dealId() == dealId).toList();
    }

    @Override
    public synchronized Optional<Order> findById(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public synchronized Order insert(Order order) {
        if (order.name().equals(refusedName)) {
            throw new IllegalStateException("the store refuses this order");
        }
        Order stored = withVersion(order.withId(ids.incrementAndGet()), 0);
        orders.put(stored.id(), stored);
        created.put(stored.id(), order.updatedAt());
        writes.count("orders.insert");
        return stored;
    }

    @Override
    public synchronized Optional<Order> update(Order order) {
        if (conflictOnNextUpdate) {
            conflictOnNextUpdate = false;
            touch(order.id());
        }
        Order current = orders.get(order.id());
        if (current == null || current.version() != order.version()) {
            return Optional.empty();
        }
        Order stored = withVersion(order, order.version() + 1);
        orders.put(stored.id(), stored);
        writes.count("orders.update");
        return Optional.of(stored);
    }

    @Override
    public synchronized void appendHistory(OrderChange change) {
        history.add(new OrderChange(
                historyIds.incrementAndGet(),
                change.orderId(),
                change.dealId(),
                change.at(),
                change.actor(),
                change.action(),
                change.before(),
                change.after(),
                change.inboxId(),
                change.door()));
        writes.count("orders.history");
    }

    @Override
    public synchronized List<OrderChange> history(long orderId) {
        return history.stream().filter(c -> c.orderId() == orderId).toList();
    }

    /** Every history row of every order, oldest first. */
    public synchronized List<OrderChange> allHistory() {
        return List.copyOf(history);
    }

    private static Order withVersion(Order o, long version) {
        return new Order(
                o.id(),
                o.dealId(),
                o.groupId(),
                o.name(),
                o.memberId(),
                o.items(),
                o.status(),
                o.seq(),
                o.line(),
                version,
                o.updatedAt(),
                o.note(),
                o.payment());
    }

    /** When the order was placed: the time it was inserted with, as the store stamps it. */
    public synchronized Instant createdAt(long id) {
        return created.get(id);
    }

    /** All orders, for assertions. */
    public synchronized List<Order> all() {
        return new ArrayList<>(orders.values());
    }

    /** From now on the store refuses to insert an order with this participant name, as a constraint would. */
    public synchronized void refuseOrdersNamed(String name) {
        refusedName = name;
    }

    /** Just before the next update, someone else (an admin edit, say) changes that order first. */
    public synchronized void conflictOnNextUpdate() {
        conflictOnNextUpdate = true;
    }

    /** Replaces an order behind the pipeline's back, as an admin edit would: its version moves on. */
    public synchronized void touch(long id) {
        Order current = orders.get(id);
        orders.put(id, withVersion(current, current.version() + 1));
    }
}
