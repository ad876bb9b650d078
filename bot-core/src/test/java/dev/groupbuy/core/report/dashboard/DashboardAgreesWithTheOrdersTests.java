package dev.groupbuy.core.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.action.deal.CancelDeal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.testing.InMemorySalesFigures;
import dev.groupbuy.core.testing.TestBot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random weeks of orders (changed, cancelled, paid, refunded; deals cancelled): the dashboard's days,
 * groups and products add up to its total, and its total is what the orders that count say one by one with
 * their own amounts ({@code Amounts.of(order, deal)}). A failure names its seed.
 */
class DashboardAgreesWithTheOrdersTests {

    static final Actor OPERATOR = Actor.Operator.api("api");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theTotalIsTheOrdersThatCountOneByOne() {
        long first = System.nanoTime();
        for (int run = 0; run < 20; run++) {
            long seed = first + run;
            try {
                check(new Random(seed));
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void check(Random random) {
        TestBot bot = TestBot.withSimpleReader();
        InMemorySalesFigures figures = new InMemorySalesFigures(bot.orders, bot.deals);
        List<ChatGroup> groups =
                List.of(bot.group("a", "L1", "甲"), bot.group("b", "L2", "乙"), bot.group("c", "L3", "丙"));
        List<Deal> deals = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            List<CatalogItem> catalog = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                BigDecimal price = BigDecimal.valueOf(random.nextInt(5000), 2);
                catalog.add(CatalogItem.of("S" + i, "货" + random.nextInt(4), List.of(), "斤", price));
            }
            deals.add(bot.useCases
                    .openDeal()
                    .open(new OpenDeal.Command(
                            "团" + d, groups.stream().map(ChatGroup::id).toList(), catalog, null, "", OPERATOR))
                    .value()
                    .deal());
        }
        for (int n = 0; n < 60; n++) {
            bot.clock.advance(Duration.ofMinutes(random.nextInt(600)));
            Deal deal = deals.get(random.nextInt(deals.size()));
            List<OrderItem> items = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (items.isEmpty() || random.nextBoolean()) {
                    items.add(new OrderItem("S" + i, BigDecimal.valueOf(1 + random.nextInt(3000), 3)));
                }
            }
            var added = bot.useCases
                    .addOrder()
                    .add(new AddOrder.Command(
                            deal.id(), groups.get(random.nextInt(3)).id(), "人" + n, null, items, "", OPERATOR));
            if (!added.isDone()) {
                continue;
            }
            Order order = added.value().order();
            switch (random.nextInt(5)) {
                case 0 -> bot.useCases.cancelOrder().cancel(new CancelOrder.Command(order.id(), OPERATOR));
                case 1 -> pay(bot, order, PaymentStatus.PAID);
                case 2 -> {
                    pay(bot, order, PaymentStatus.PAID);
                    pay(bot, order, PaymentStatus.REFUNDED);
                }
                default -> {}
            }
        }
        bot.useCases
                .cancelDeal()
                .cancel(new CancelDeal.Command(deals.get(random.nextInt(3)).id(), OPERATOR));

        LocalDate today = LocalDate.now(bot.clock.withZone(SHANGHAI));
        DashboardFigures shown = new Dashboard(bot.useCases.ports(), figures)
                .show(new Dashboard.Command(today.minusDays(40), today, null, null, 100, OPERATOR))
                .value();

        BigDecimal expected = Amounts.zero();
        int orders = 0;
        for (Order order : bot.orders.all()) {
            Deal deal = bot.deals.findById(order.dealId()).orElseThrow();
            if (order.counts() && deal.status() != DealStatus.CANCELLED) {
                expected = expected.add(Amounts.of(order, deal));
                orders++;
            }
        }
        assertThat(shown.total().amount()).isEqualTo(expected);
        assertThat(shown.total().orders()).isEqualTo(orders);
        assertThat(shown.days().stream().map(d -> d.figures().amount()).reduce(Amounts.zero(), BigDecimal::add))
                .isEqualTo(expected);
        assertThat(shown.groups().stream().map(g -> g.figures().amount()).reduce(Amounts.zero(), BigDecimal::add))
                .isEqualTo(expected);
        assertThat(shown.groups().stream().mapToInt(g -> g.figures().orders()).sum())
                .isEqualTo(orders);
        assertThat(shown.products().stream()
                        .map(DashboardFigures.ProductLine::amount)
                        .reduce(Amounts.zero(), BigDecimal::add))
                .isEqualTo(expected);
        assertThat(shown.days().get(shown.days().size() - 1).figures())
                .isEqualTo(shown.today().figures());
    }

    private static void pay(TestBot bot, Order order, PaymentStatus status) {
        bot.useCases.recordPayment().record(new RecordPayment.Command(order.id(), status, OPERATOR));
    }
}
