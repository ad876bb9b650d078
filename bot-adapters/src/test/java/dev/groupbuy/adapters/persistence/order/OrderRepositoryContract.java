package dev.groupbuy.adapters.persistence.order;

import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredDeal;
import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredGroup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.adapters.testing.SqlStatementCounter;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every store must do for orders; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class OrderRepositoryContract {

    @Autowired
    OrderRepository orders;

    @Autowired
    DealRepository deals;

    @Autowired
    GroupRepository groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlStatementCounter statements;

    long groupId;
    long dealId;

    @BeforeEach
    void aDealInAGroup() {
        groupId = aStoredGroup(groups).id();
        dealId = aStoredDeal(deals, groupId).id();
    }

    @Test
    void storesAnOrderWithVersionZeroAndReadsItBack() {
        Order stored = orders.insert(anOrder("小美🍓", 1, OrderItem.of("A", "2"), OrderItem.of("B", "1.5")));

        assertThat(stored.id()).isNotNull();
        assertThat(stored.version()).isZero();
        assertThat(orders.findById(stored.id())).contains(stored);
        assertThat(stored.items()).containsExactly(OrderItem.of("A", "2"), OrderItem.of("B", "1.5"));
        assertThat(stored.name()).isEqualTo("小美🍓");
        assertThat(stored.memberId()).isNull();
        assertThat(stored.updatedAt()).isNotNull();
    }

    @Test
    void listsADealsOrdersInTheOrderTheyWereCreated() {
        Order first = orders.insert(anOrder("张三", 1, OrderItem.of("A", "1")));
        Order second = orders.insert(anOrder("李四", 2, OrderItem.of("B", "3"), OrderItem.of("A", "1")));
        Order empty = orders.insert(anOrder("王五", 3));
        long otherDeal = aStoredDeal(deals, groupId).id();
        orders.insert(new Order(null, otherDeal, groupId, "赵六", null, List.of(), OrderStatus.ACTIVE, 1, "", 0, null));

        assertThat(orders.findByDeal(dealId)).containsExactly(first, second, empty);
    }

    @Test
    void updatesAnOrderBumpingItsVersionAndReplacingItsItems() {
        Order stored = orders.insert(anOrder("张三", 1, OrderItem.of("A", "1")));
        Order changed = new Order(
                stored.id(),
                dealId,
                groupId,
                "张三",
                "wx-zhang",
                List.of(OrderItem.of("B", "0.5")),
                OrderStatus.CANCELLED,
                4,
                "张三 橙子半斤",
                stored.version(),
                null);

        Order updated = orders.update(changed).orElseThrow();

        assertThat(updated.version()).isEqualTo(1);
        assertThat(orders.findById(stored.id())).contains(updated);
        assertThat(updated.items()).containsExactly(OrderItem.of("B", "0.5"));
        assertThat(updated.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(updated.memberId()).isEqualTo("wx-zhang");
        assertThat(updated.seq()).isEqualTo(4);
        assertThat(updated.line()).isEqualTo("张三 橙子半斤");
    }

    @Test
    void keepsTheItemRowsWhenAnUpdateLeavesTheItemsAlone() {
        Order stored = orders.insert(anOrder("张三", 1, OrderItem.of("A", "1"), OrderItem.of("B", "2")));
        List<Long> rowIds = itemRowIds(stored.id());

        Order updated = orders.update(withSeq(stored, 7)).orElseThrow();

        assertThat(itemRowIds(stored.id())).isEqualTo(rowIds);
        assertThat(orders.findById(stored.id()).orElseThrow().seq()).isEqualTo(7);
        assertThat(updated.version()).isEqualTo(1);
    }

    @Test
    void updatingOneOrderCostsAFewStatementsHoweverManyOrdersTheDealHas() {
        for (int i = 0; i < 30; i++) {
            orders.insert(anOrder("邻居" + i, i + 1, OrderItem.of("A", "1")));
        }
        Order order = orders.insert(anOrder("张三", 31, OrderItem.of("A", "1"), OrderItem.of("B", "1")));

        statements.reset();
        Order sameItems = orders.update(withSeq(order, 32)).orElseThrow();
        assertThat(statements.writes()).as("UPDATE orders").isEqualTo(1);
        assertThat(statements.reads()).as("SELECT its items").isEqualTo(1);

        statements.reset();
        orders.update(withItems(sameItems, OrderItem.of("A", "2"), OrderItem.of("B", "1")))
                .orElseThrow();
        assertThat(statements.writes())
                .as("UPDATE orders, DELETE + 2 INSERT items")
                .isEqualTo(4);
        assertThat(statements.reads()).isEqualTo(1);

        statements.reset();
        orders.appendHistory(new OrderChange(null, order.id(), dealId, Instant.now(), "u", "changed", "", "", null));
        assertThat(statements.writes()).isEqualTo(1);
        assertThat(statements.reads()).isZero();
    }

    @Test
    void rejectsAnUpdateBasedOnAStaleVersion() {
        Order stored = orders.insert(anOrder("张三", 1, OrderItem.of("A", "1")));
        Order first = orders.update(withItems(stored, OrderItem.of("A", "2"))).orElseThrow();

        Optional<Order> stale = orders.update(withItems(stored, OrderItem.of("A", "5")));

        assertThat(stale).isEmpty();
        assertThat(orders.findById(stored.id())).contains(first);
    }

    @Test
    void letsExactlyOneOfManyRacingUpdatesFromTheSameVersionThrough() throws Exception {
        Order stored = orders.insert(anOrder("张三", 1, OrderItem.of("A", "1")));
        AtomicInteger qty = new AtomicInteger(1);

        List<Optional<Order>> results = Concurrently.run(
                8, () -> orders.update(withItems(stored, OrderItem.of("A", String.valueOf(qty.incrementAndGet())))));

        List<Order> winners = results.stream().flatMap(Optional::stream).toList();
        assertThat(winners).hasSize(1);
        assertThat(orders.findById(stored.id())).contains(winners.get(0));
    }

    @Test
    void keepsTheHistoryOfEachOrderInTheOrderItWasAppended() {
        Order order = orders.insert(anOrder("张三", 1, OrderItem.of("A", "1")));
        Order other = orders.insert(anOrder("李四", 2, OrderItem.of("A", "1")));
        Instant at = Instant.parse("2026-11-24T10:15:30.000001Z");
        List<OrderChange> appended = List.of(
                new OrderChange(null, order.id(), dealId, at, "wx-zhang", "created", "", "A×1", 41L),
                new OrderChange(null, other.id(), dealId, at, "wx-li", "created", "", "A×1", 42L),
                new OrderChange(null, order.id(), dealId, at.plusSeconds(60), "wx-zhang", "changed", "A×1", "A×2", 43L),
                new OrderChange(
                        null, order.id(), dealId, at.minusSeconds(5), "admin:ops", "cancelled", "A×2", "", null));
        appended.forEach(orders::appendHistory);

        List<OrderChange> history = orders.history(order.id());

        assertThat(history).extracting(OrderChange::action).containsExactly("created", "changed", "cancelled");
        assertThat(history).extracting(OrderChange::id).isSorted().doesNotContainNull();
        assertThat(history.get(1))
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(appended.get(2));
        assertThat(history.get(2).inboxId()).isNull();
        assertThat(history.get(2).at()).isEqualTo(at.minusSeconds(5));
        assertThat(orders.history(other.id())).extracting(OrderChange::actor).containsExactly("wx-li");
    }

    @Test
    void storesAnOrderAndItsHistoryWithEveryValueAtTheLimitsTheCoreSets() {
        String name = "王".repeat(Order.MAX_NAME_LENGTH - 2) + "🍓";
        String memberId = "m".repeat(Order.MAX_MEMBER_ID_LENGTH);
        OrderItem most = new OrderItem("A", OrderItem.MAX_QTY);
        OrderItem finest = OrderItem.of("B", "0.001");
        Order order = new Order(
                null,
                dealId,
                groupId,
                name,
                memberId,
                List.of(most, finest),
                OrderStatus.ACTIVE,
                99_999,
                "行".repeat(Order.MAX_LINE_LENGTH + 10),
                0,
                null);

        Order stored = orders.insert(order);
        orders.appendHistory(new OrderChange(
                null, stored.id(), dealId, Instant.now(), memberId, "created", "", "A×1 ".repeat(1_000), null));

        Order read = orders.findById(stored.id()).orElseThrow();
        assertThat(read.name()).isEqualTo(name);
        assertThat(read.memberId()).isEqualTo(memberId);
        assertThat(read.line()).hasSize(Order.MAX_LINE_LENGTH);
        assertThat(read.items()).containsExactlyInAnyOrder(most, finest);
        assertThat(orders.history(stored.id()).get(0).after()).hasSize(OrderChange.MAX_TEXT_LENGTH);
    }

    private Order anOrder(String name, int seq, OrderItem... items) {
        return new Order(null, dealId, groupId, name, null, List.of(items), OrderStatus.ACTIVE, seq, name, 0, null);
    }

    private static Order withItems(Order order, OrderItem... items) {
        return new Order(
                order.id(),
                order.dealId(),
                order.groupId(),
                order.name(),
                order.memberId(),
                List.of(items),
                order.status(),
                order.seq(),
                order.line(),
                order.version(),
                order.updatedAt());
    }

    private static Order withSeq(Order order, int seq) {
        return new Order(
                order.id(),
                order.dealId(),
                order.groupId(),
                order.name(),
                order.memberId(),
                order.items(),
                order.status(),
                seq,
                order.line(),
                order.version(),
                order.updatedAt());
    }

    private List<Long> itemRowIds(long orderId) {
        return jdbc.queryForList("SELECT id FROM order_items WHERE order_id = ? ORDER BY id", Long.class, orderId);
    }

    @Test
    void keepsThePaymentThroughInsertsAndUpdates() {
        Order placed = orders.insert(anOrder("李四", 1, OrderItem.of("A", "2")));
        Order paidOnArrival =
                orders.insert(anOrder("王五", 2, OrderItem.of("A", "1")).withPayment(PaymentStatus.PAID, Instant.now()));

        assertThat(placed.payment()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(orders.findById(paidOnArrival.id()).orElseThrow().payment()).isEqualTo(PaymentStatus.PAID);
        Order paid = orders.update(placed.withPayment(PaymentStatus.PAID, Instant.now()))
                .orElseThrow();
        Order refunded = orders.update(paid.withPayment(PaymentStatus.REFUNDED, Instant.now()))
                .orElseThrow();

        assertThat(orders.findById(placed.id()).orElseThrow()).isEqualTo(refunded);
        assertThat(orders.findByDeal(dealId))
                .extracting(Order::payment)
                .containsExactly(PaymentStatus.REFUNDED, PaymentStatus.PAID);
        assertThat(jdbc.queryForObject("SELECT payment_status FROM orders WHERE id = ?", String.class, placed.id()))
                .isEqualTo("refunded");
    }
}
