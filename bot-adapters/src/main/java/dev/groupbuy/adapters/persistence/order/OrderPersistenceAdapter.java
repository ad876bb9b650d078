package dev.groupbuy.adapters.persistence.order;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link OrderRepository} on the {@code orders}, {@code order_items} and {@code order_history} tables.
 * Stamps {@code updatedAt} from the clock. An update is one guarded UPDATE plus one SELECT of the items;
 * the items are rewritten only when they changed.
 */
class OrderPersistenceAdapter implements OrderRepository {

    private final OrderTables tables;
    private final Transactions transactions;
    private final Clock clock;

    OrderPersistenceAdapter(OrderTables tables, Transactions transactions, Clock clock) {
        this.tables = tables;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Order> findByDeal(long dealId) {
        Map<Long, List<OrderItem>> items = tables.items().findByDeal(dealId).stream()
                .collect(groupingBy(OrderItemDO::getOrderId, mapping(OrderRows::toItem, toList())));
        return tables.orders().findByDeal(dealId).stream()
                .map(row -> OrderRows.toOrder(row, items.getOrDefault(row.getId(), List.of())))
                .toList();
    }

    @Override
    public Optional<Order> findById(long id) {
        OrderDO row = tables.orders().selectById(id);
        return row == null ? Optional.empty() : Optional.of(OrderRows.toOrder(row, itemsOf(id)));
    }

    @Override
    public Order insert(Order order) {
        Instant now = clock.instant();
        OrderDO row = OrderRows.toRow(order, now);
        row.setId(null);
        row.setVersion(0L);
        row.setCreatedAt(now);
        return transactions.inTransaction(() -> {
            tables.orders().store(row);
            order.items().forEach(item -> tables.items().store(OrderRows.toRow(row.getId(), item)));
            return OrderRows.toOrder(row, order.items());
        });
    }

    @Override
    public Optional<Order> update(Order order) {
        if (order.id() == null) {
            throw new IllegalArgumentException("only a stored order can be updated");
        }
        OrderDO row = OrderRows.toRow(order, clock.instant());
        return transactions.inTransaction(() -> {
            if (!tables.orders().updateIfVersion(row)) {
                return Optional.empty();
            }
            replaceItemsIfChanged(order.id(), order.items());
            row.setVersion(order.version() + 1);
            return Optional.of(OrderRows.toOrder(row, order.items()));
        });
    }

    @Override
    public void appendHistory(OrderChange change) {
        tables.history().store(OrderRows.toRow(change));
    }

    @Override
    public List<OrderChange> history(long orderId) {
        return tables.history().findByOrder(orderId).stream()
                .map(OrderRows::toChange)
                .toList();
    }

    private void replaceItemsIfChanged(long orderId, List<OrderItem> items) {
        if (new HashSet<>(itemsOf(orderId)).equals(new HashSet<>(items))) {
            return;
        }
        tables.items().deleteByOrder(orderId);
        items.forEach(item -> tables.items().store(OrderRows.toRow(orderId, item)));
    }

    private List<OrderItem> itemsOf(long orderId) {
        return tables.items().findByOrder(orderId).stream()
                .map(OrderRows::toItem)
                .toList();
    }
}
