package dev.groupbuy.core.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.action.deal.CancelDeal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.action.product.AddProduct;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.testing.InMemorySalesFigures;
import dev.groupbuy.core.testing.TestBot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard over a few days of two groups and three deals, with a cancelled order, a refunded one and a
 * cancelled deal, checked against figures worked out by hand; days start at midnight in the zone asked for.
 */
class DashboardTests {

    static final Actor OPERATOR = Actor.Operator.api("api");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");
    static final LocalDate JUNE_4 = LocalDate.parse("2026-06-04");

    final TestBot bot = TestBot.withSimpleReader();
    final InMemorySalesFigures figures = new InMemorySalesFigures(bot.orders, bot.deals);
    final Dashboard dashboard = new Dashboard(bot.useCases.ports(), figures);
    ChatGroup g1;
    ChatGroup g2;

    /**
     * June 1 (Beijing): 109.90 + 25.00 + 14.00, the last at 23:59:59; June 2 from 00:00:00: 29.95, plus a
     * cancelled order, a refunded one and an order of a deal cancelled later; June 4 (today): 75.00.
     */
    @BeforeEach
    void fourDays() {
        g1 = bot.group("g1", "L1", "王团长");
        g2 = bot.group("g2", "L2", "李团长");
        bot.useCases
                .addProduct()
                .add(new AddProduct.Command("丹东草莓", List.of("草莓"), "盒", new BigDecimal("25"), null, null, "", OPERATOR))
                .value();
        Deal fruit = open("草莓车厘子", List.of(g1, g2), item("A", "丹东草莓", "盒", "25"), item("B", "车厘子", "斤", "59.9"));
        Deal greens = open("青菜", List.of(g1), item("C", "青菜", "把", "3.5"));
        Deal mangoes = open("芒果", List.of(g2), item("D", "芒果", "个", "10"));

        at("2026-06-01T02:00:00Z");
        order(fruit, g1, "张三", "A", "2", "B", "1");
        order(fruit, g2, "李四", "A", "1");
        at("2026-06-01T15:59:59Z");
        order(greens, g1, "王五", "C", "4");
        at("2026-06-01T16:00:00Z");
        order(fruit, g2, "赵六", "B", "0.5");
        Order cancelled = order(fruit, g1, "孙七", "A", "1");
        bot.useCases.cancelOrder().cancel(new CancelOrder.Command(cancelled.id(), OPERATOR));
        order(mangoes, g2, "周八", "D", "3");
        bot.useCases.cancelDeal().cancel(new CancelDeal.Command(mangoes.id(), OPERATOR));
        Order refunded = order(greens, g1, "吴九", "C", "2");
        pay(refunded, PaymentStatus.PAID);
        pay(refunded, PaymentStatus.REFUNDED);
        at("2026-06-04T01:00:00Z");
        order(fruit, g1, "郑十", "A", "3");
    }

    @Test
    void addsUpTheOrdersThatCountPerDayGroupAndProductWithEveryDayShown() {
        DashboardFigures shown = show(new Dashboard.Command(JUNE_1, JUNE_4, null, null, 2, OPERATOR));

        assertThat(shown.days())
                .extracting(DashboardTests::day)
                .containsExactly(
                        "2026-06-01 3单 4件 8 148.90",
                        "2026-06-02 1单 1件 0.5 29.95",
                        "2026-06-03 0单 0件 0 0.00",
                        "2026-06-04 1单 1件 3 75.00");
        assertThat(figures(shown.total())).isEqualTo("5单 6件 11.5 253.85");
        assertThat(shown.today().date()).isEqualTo(JUNE_4);
        assertThat(figures(shown.today().figures())).isEqualTo("1单 1件 3 75.00");
        assertThat(shown.groups())
                .extracting(g -> g.name() + " " + figures(g.figures()))
                .containsExactly("g1 3单 4件 10 198.90", "g2 2单 2件 1.5 54.95");
        assertThat(shown.products())
                .extracting(p -> p.name() + " " + p.unit() + " " + p.orders() + "单 " + p.quantity() + " " + p.amount())
                .containsExactly("丹东草莓 盒 3单 6 150.00", "车厘子 斤 2单 1.5 89.85");
        assertThat(shown.products().get(0).productId()).isNotNull();
        assertThat(shown.products().get(1).productId()).isNull();
        assertThat(shown.productCount()).isEqualTo(3);
        assertThat(figures.queries()).isEqualTo(2);
    }

    @Test
    void aDayStartsAtMidnightInTheZoneAskedFor() {
        DashboardFigures utc = show(new Dashboard.Command(JUNE_1, JUNE_4, ZoneOffset.UTC, null, null, OPERATOR));

        assertThat(utc.days().get(0).figures().orders()).isEqualTo(4);
        assertThat(utc.days().get(0).figures().amount()).isEqualByComparingTo("178.85");
        assertThat(utc.days().get(1).figures().orders()).isZero();
        assertThat(utc.total().amount()).isEqualByComparingTo("253.85");
    }

    @Test
    void oneGroupInItsOwnZone() {
        DashboardFigures shown = show(new Dashboard.Command(JUNE_1, JUNE_4, null, g2.id(), null, OPERATOR));

        assertThat(shown.zone()).isEqualTo(SHANGHAI);
        assertThat(shown.groups())
                .extracting(DashboardFigures.GroupLine::groupId)
                .containsExactly(g2.id());
        assertThat(figures(shown.total())).isEqualTo("2单 2件 1.5 54.95");
        assertThat(shown.products())
                .extracting(DashboardFigures.ProductLine::name)
                .containsExactly("车厘子", "丹东草莓");

        ChatGroup newYork = bot.groups.create(
                new ChatGroup(null, "sandbox", "ny", "ny", ZoneId.of("America/New_York"), bot.clock.instant()),
                List.of(new Member(0, "L3", "Lee", Role.LEADER)));
        DashboardFigures there = show(new Dashboard.Command(null, null, null, newYork.id(), null, OPERATOR));
        assertThat(there.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(there.today().date()).isEqualTo(LocalDate.parse("2026-06-03"));
    }

    @Test
    void withoutDatesShowsTheLastTwoWeeksTodayIncluded() {
        DashboardFigures shown = show(new Dashboard.Command(null, null, null, null, null, OPERATOR));

        assertThat(shown.from()).isEqualTo(LocalDate.parse("2026-05-22"));
        assertThat(shown.to()).isEqualTo(JUNE_4);
        assertThat(shown.days()).hasSize(14);
        assertThat(shown.total().amount()).isEqualByComparingTo("253.85");
        assertThat(shown.products()).hasSize(3);
    }

    @Test
    void todayIsShownEvenWhenThePeriodIsBefore() {
        DashboardFigures shown = show(new Dashboard.Command(JUNE_1, JUNE_1, null, null, null, OPERATOR));

        assertThat(shown.days()).hasSize(1);
        assertThat(figures(shown.total())).isEqualTo("3单 4件 8 148.90");
        assertThat(figures(shown.today().figures())).isEqualTo("1单 1件 3 75.00");
    }

    @Test
    void refusesPeriodsBackwardsOrLongerThan92DaysAndOtherNonsense() {
        assertThat(refusal(new Dashboard.Command(JUNE_4, JUNE_1, null, null, null, OPERATOR)))
                .isEqualTo(Refusal.Reason.INVALID);
        assertThat(refusal(new Dashboard.Command(JUNE_1, JUNE_1.plusDays(92), null, null, null, OPERATOR)))
                .isEqualTo(Refusal.Reason.INVALID);
        assertThat(dashboard
                        .show(new Dashboard.Command(JUNE_1, JUNE_1.plusDays(91), null, null, null, OPERATOR))
                        .value()
                        .days())
                .hasSize(92);
        assertThat(refusal(new Dashboard.Command(JUNE_1, JUNE_4, null, null, 0, OPERATOR)))
                .isEqualTo(Refusal.Reason.INVALID);
        assertThat(refusal(new Dashboard.Command(JUNE_1, JUNE_4, null, null, 101, OPERATOR)))
                .isEqualTo(Refusal.Reason.INVALID);
        assertThat(refusal(new Dashboard.Command(JUNE_1, JUNE_4, null, 999L, null, OPERATOR)))
                .isEqualTo(Refusal.Reason.NOT_FOUND);
        assertThat(refusal(new Dashboard.Command(JUNE_1, JUNE_4, null, null, null, Actor.chat("L1", "王团长", 1L))))
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
    }

    @Test
    void amountsAreEachOrderItemsToTheCentAsTheOrdersOwnAmountsAddUp() {
        Deal bulk = open("散装", List.of(g1), item("E", "花生", "斤", "1"));
        at("2026-06-04T02:00:00Z");
        order(bulk, g1, "甲", "E", "0.333");
        order(bulk, g1, "乙", "E", "0.333");
        order(bulk, g1, "丙", "E", "0.333");

        DashboardFigures shown = show(new Dashboard.Command(JUNE_4, JUNE_4, null, null, null, OPERATOR));

        assertThat(shown.products())
                .filteredOn(p -> p.name().equals("花生"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.quantity()).isEqualByComparingTo("0.999");
                    assertThat(p.amount()).isEqualByComparingTo("0.99");
                });
    }

    private DashboardFigures show(Dashboard.Command command) {
        return dashboard.show(command).value();
    }

    private Refusal.Reason refusal(Dashboard.Command command) {
        ActionResult<DashboardFigures> result = dashboard.show(command);
        return result.refusal().reason();
    }

    private static String day(DashboardFigures.Day day) {
        return day.date() + " " + figures(day.figures());
    }

    private static String figures(DashboardFigures.Figures f) {
        return f.orders() + "单 " + f.items() + "件 " + f.quantity().toPlainString() + " " + f.amount();
    }

    private void at(String instant) {
        bot.clock.advance(Duration.between(bot.clock.instant(), Instant.parse(instant)));
    }

    private static CatalogItem item(String sku, String name, String unit, String price) {
        return CatalogItem.of(sku, name, List.of(), unit, new BigDecimal(price));
    }

    private Deal open(String title, List<ChatGroup> groups, CatalogItem... catalog) {
        return bot.useCases
                .openDeal()
                .open(new OpenDeal.Command(
                        title, groups.stream().map(ChatGroup::id).toList(), List.of(catalog), null, "", OPERATOR))
                .value()
                .deal();
    }

    private Order order(Deal deal, ChatGroup group, String name, String... skuQty) {
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            items.add(OrderItem.of(skuQty[i], skuQty[i + 1]));
        }
        return bot.useCases
                .addOrder()
                .add(new AddOrder.Command(deal.id(), group.id(), name, null, items, "", OPERATOR))
                .value()
                .order();
    }

    private void pay(Order order, PaymentStatus status) {
        bot.useCases
                .recordPayment()
                .record(new RecordPayment.Command(order.id(), status, OPERATOR))
                .value();
    }
}
