package dev.groupbuy.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.action.commission.SetCommission;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.deal.SetDeliveryDate;
import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.action.product.AddProduct;
import dev.groupbuy.core.action.product.AddSupplier;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.goods.GoodsWorkbooks;
import dev.groupbuy.core.report.goods.Purchase;
import dev.groupbuy.core.report.goods.PurchaseList;
import dev.groupbuy.core.report.goods.Sorting;
import dev.groupbuy.core.report.goods.SortingSheets;
import dev.groupbuy.core.report.settlement.Settlement;
import dev.groupbuy.core.report.settlement.Settlements;
import dev.groupbuy.core.testing.TestBot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three groups in two deals that share products: the purchase list, the sorting sheets and the settlement,
 * checked against figures worked out by hand.
 */
class GoodsAndMoneyTests {

    private static final Actor OPERATOR = Actor.Operator.api("api");
    private static final LocalDate DAY = LocalDate.parse("2026-06-03");

    private final TestBot bot = TestBot.withSimpleReader();
    private ChatGroup g1;
    private ChatGroup g2;
    private ChatGroup g3;
    private Deal fruit;
    private Deal weekend;

    @BeforeEach
    void aWeekOfTwoDeals() {
        g1 = bot.group("g1", "L1", "王团长");
        g2 = bot.group("g2", "L2", "李团长");
        g3 = bot.group("g3", "L1", "王团长");
        bot.groups.saveMember(new Member(g3.id(), "A3", "小助理", Role.ASSISTANT));
        long dandong = supplier("丹东果园");
        long chile = supplier("智利进口");
        product("丹东草莓", List.of("草莓"), "盒", "25", "18", dandong);
        product("车厘子", List.of(), "斤", "60", "45", chile);
        product("青提", List.of(), "串", "30", null, null);
        fruit = open(
                "草莓车厘子", List.of(g1.id(), g2.id()), List.of(item("A", "丹东草莓", "盒", "25"), item("B", "车厘子", "斤", "60")));
        weekend = open(
                "周末水果",
                List.of(g2.id(), g3.id()),
                List.of(item("A", "草莓", "盒", "24"), item("B", "青提", "串", "30"), item("C", "芒果", "个", "20")));

        Order zhang = order(fruit, g1, "张三", "3栋501", "A", "2", "B", "1");
        order(fruit, g1, "李四", "1栋201", "A", "1");
        Order wang = order(fruit, g1, "王五", "", "B", "2");
        order(fruit, g2, "赵六", "2栋101", "A", "3");
        Order sun = order(fruit, g2, "孙七", "", "B", "1");
        order(weekend, g2, "赵六", "2栋101", "A", "1", "C", "2");
        order(weekend, g2, "周八", "", "B", "1");
        Order wu = order(weekend, g3, "吴九", "5栋302", "A", "2", "B", "2");
        order(weekend, g3, "郑十", "5栋101", "C", "1");

        bot.useCases.cancelOrder().cancel(new CancelOrder.Command(wang.id(), OPERATOR));
        pay(zhang, PaymentStatus.PAID);
        pay(wu, PaymentStatus.PAID);
        pay(sun, PaymentStatus.PAID);
        pay(sun, PaymentStatus.REFUNDED);
        commission(new SetCommission.ForGroup(g1.id(), new BigDecimal("0.10"), OPERATOR));
        commission(new SetCommission.ForLeader("sandbox", "L1", new BigDecimal("0.08"), OPERATOR));
    }

    @Test
    void thePurchaseListAddsUpTheOrdersThatCountPerSupplierAndProduct() {
        Purchase purchase = bot.useCases
                .purchaseList()
                .make(new PurchaseList.Command(DAY, null, OPERATOR))
                .value();

        assertThat(purchase.dealIds()).containsExactly(fruit.id(), weekend.id());
        assertThat(purchase.suppliers())
                .extracting(Purchase.SupplierOrder::name)
                .containsExactly("丹东果园", "智利进口", "未指定供应商");
        assertThat(lines(purchase))
                .containsExactly(
                        "丹东果园 丹东草莓 9盒 3团 5单 cost 162.00 sales 222.00",
                        "智利进口 车厘子 1斤 1团 1单 cost 45.00 sales 60.00",
                        "未指定供应商 青提 3串 2团 2单 cost null sales 90.00",
                        "未指定供应商 芒果 3个 2团 2单 cost null sales 60.00");
        assertThat(purchase.orders()).isEqualTo(7);
        assertThat(purchase.groups()).isEqualTo(3);
        assertThat(purchase.costAmount()).isEqualTo(new BigDecimal("207.00"));
        assertThat(purchase.salesAmount()).isEqualTo(new BigDecimal("432.00"));
        assertThat(bot.useCases
                        .purchaseList()
                        .make(new PurchaseList.Command(null, List.of(weekend.id()), OPERATOR))
                        .value()
                        .salesAmount())
                .isEqualTo(new BigDecimal("222.00"));
    }

    @Test
    void eachGroupsSortingSheetHoldsItsOrdersInOneBagPerResidentSortedByRoom() {
        Sorting day = bot.useCases
                .sortingSheets()
                .forDay(new SortingSheets.ForDay(DAY, OPERATOR))
                .value();

        assertThat(day.groups()).extracting(Sorting.GroupSheet::groupId).containsExactly(g1.id(), g2.id(), g3.id());
        Sorting.GroupSheet second = day.groups().get(1);
        assertThat(second.products())
                .extracting(p -> p.name() + p.qty().toPlainString() + p.unit())
                .containsExactly("丹东草莓4盒", "青提1串", "芒果2个");
        assertThat(second.bags())
                .extracting(b -> b.note() + " " + b.name() + " " + GoodsWorkbooks.items(b) + " " + b.amount())
                .containsExactly("2栋101 赵六 丹东草莓4盒 芒果2个 139.00", " 周八 青提1串 30.00");
        Sorting.GroupSheet first = day.groups().get(0);
        assertThat(first.leader()).isEqualTo("王团长");
        assertThat(first.bags()).extracting(Sorting.Bag::name).containsExactly("李四", "张三");
        assertThat(first.unpaid()).isEqualTo(new BigDecimal("25.00"));
        Sorting one = bot.useCases
                .sortingSheets()
                .forDeal(new SortingSheets.ForDeal(weekend.id(), OPERATOR))
                .value();
        assertThat(one.groups().get(1).bags())
                .extracting(b -> b.numbers() + " " + b.name())
                .containsExactly("[4] 郑十", "[3] 吴九");
    }

    @Test
    void theSettlementIsTheOrdersAmountsAtTheConfiguredRates() {
        Settlement settlement = bot.useCases
                .settlements()
                .settle(new Settlements.Command(DAY, DAY.plusDays(6), OPERATOR))
                .value();

        assertThat(settlement.leaders()).extracting(l -> l.leader().name()).containsExactly("王团长", "李团长");
        Settlement.LeaderSettlement wang = settlement.leaders().get(0);
        assertThat(wang.groups())
                .extracting(g -> g.name() + " " + g.rate() + " " + g.rateFrom() + " " + figures(g.figures()))
                .containsExactly(
                        "g1 0.1000 GROUP 1团 2单 135.00 paid 110.00 unpaid 25.00 refunds 0/0.00 commission 13.50",
                        "g3 0.0800 LEADER 1团 2单 128.00 paid 108.00 unpaid 20.00 refunds 0/0.00 commission 10.24");
        assertThat(figures(wang.totals()))
                .isEqualTo("2团 4单 263.00 paid 218.00 unpaid 45.00 refunds 0/0.00 commission 23.74");
        assertThat(figures(settlement.leaders().get(1).totals()))
                .isEqualTo("2团 3单 169.00 paid 0.00 unpaid 169.00 refunds 1/60.00 commission 0.00");
        assertThat(figures(settlement.totals()))
                .isEqualTo("2团 7单 432.00 paid 218.00 unpaid 214.00 refunds 1/60.00 commission 23.74");
        assertThat(bot.useCases
                        .settlements()
                        .settle(new Settlements.Command(DAY.plusDays(1), DAY.plusDays(6), OPERATOR))
                        .value()
                        .leaders())
                .isEmpty();
    }

    @Test
    void theWorkbooksHoldTheSameTotalsAndLeaveUnknownCostsBlank() {
        Purchase purchase = bot.useCases
                .purchaseList()
                .make(new PurchaseList.Command(DAY, null, OPERATOR))
                .value();
        DealWorkbook book = GoodsWorkbooks.purchase(purchase);

        List<Object> total = row(book.sheets().get(0), "合计");
        assertThat(total.get(8)).isEqualTo(new BigDecimal("207.00"));
        assertThat(total.get(9)).isEqualTo(new BigDecimal("432.00"));
        assertThat(row(book.sheets().get(0), "未指定供应商 小计").get(8)).isEqualTo("");
        assertThat(book.sheets())
                .extracting(DealWorkbook.Sheet::name)
                .containsExactly("采购汇总", "丹东果园", "智利进口", "未指定供应商");
        assertThat(row(book.sheets().get(3), "合计").get(5)).isEqualTo("");

        Sorting day = bot.useCases
                .sortingSheets()
                .forDay(new SortingSheets.ForDay(DAY, OPERATOR))
                .value();
        DealWorkbook sorting = GoodsWorkbooks.sorting(day);
        assertThat(sorting.title()).isEqualTo("分拣单 2026-06-03");
        assertThat(sorting.sheets().get(1).header()).contains("分拣单 g2", "团长 李团长", "草莓车厘子、周末水果");
        assertThat(row(sorting.sheets().get(1), "合计").get(3))
                .isEqualTo(day.groups().get(1).amount());

        Settlement settlement = bot.useCases
                .settlements()
                .settle(new Settlements.Command(DAY, DAY, OPERATOR))
                .value();
        DealWorkbook settled = dev.groupbuy.core.report.settlement.SettlementWorkbook.of(settlement);
        List<Object> commission = row(settled.sheets().get(0), "合计");
        assertThat(commission.get(commission.size() - 1)).isEqualTo(new BigDecimal("23.74"));
        assertThat(settled.sheets().get(1).rows().get(0).get(2))
                .isEqualTo(new DealWorkbook.Percent(new BigDecimal("0.1000")));
    }

    private static List<Object> row(DealWorkbook.Sheet sheet, String label) {
        return sheet.rows().stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals(new DealWorkbook.Label(label)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aGroupMemberGetsNoneOfTheBackOfficesReports() {
        Actor leader = Actor.chat("L1", "王团长", 1);

        assertThat(bot.useCases
                        .purchaseList()
                        .make(new PurchaseList.Command(DAY, null, leader))
                        .refusal()
                        .reason())
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(bot.useCases
                        .settlements()
                        .settle(new Settlements.Command(DAY, DAY, leader))
                        .refusal()
                        .reason())
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(bot.useCases
                        .settlements()
                        .settle(new Settlements.Command(DAY, DAY.minusDays(1), OPERATOR))
                        .refusal()
                        .reason())
                .isEqualTo(Refusal.Reason.INVALID);
    }

    private static List<String> lines(Purchase purchase) {
        return purchase.suppliers().stream()
                .flatMap(s -> s.lines().stream()
                        .map(l -> s.name() + " " + l.name() + " " + l.qty().toPlainString() + l.unit() + " "
                                + l.groups() + "团 " + l.orders() + "单 cost " + l.costAmount() + " sales "
                                + l.salesAmount()))
                .toList();
    }

    private static String figures(Settlement.Figures f) {
        return f.deals() + "团 " + f.orders() + "单 " + f.sales() + " paid " + f.paid() + " unpaid " + f.unpaid()
                + " refunds " + f.refundedOrders() + "/" + f.refunds() + " commission " + f.commission();
    }

    private long supplier(String name) {
        return bot.useCases
                .addSupplier()
                .add(new AddSupplier.Command(name, "", "", OPERATOR))
                .value()
                .id();
    }

    private void product(String name, List<String> aliases, String unit, String price, String cost, Long supplier) {
        bot.useCases
                .addProduct()
                .add(new AddProduct.Command(
                        name,
                        aliases,
                        unit,
                        new BigDecimal(price),
                        cost == null ? null : new BigDecimal(cost),
                        supplier,
                        "",
                        OPERATOR))
                .value();
    }

    private static CatalogItem item(String sku, String name, String unit, String price) {
        return CatalogItem.of(sku, name, List.of(), unit, new BigDecimal(price));
    }

    private Deal open(String title, List<Long> groups, List<CatalogItem> catalog) {
        Deal deal = bot.useCases
                .openDeal()
                .open(new OpenDeal.Command(title, groups, catalog, null, "东门自提", OPERATOR))
                .value()
                .deal();
        return bot.useCases
                .setDeliveryDate()
                .set(new SetDeliveryDate.Command(deal.id(), DAY, OPERATOR))
                .value()
                .deal();
    }

    private Order order(Deal deal, ChatGroup group, String name, String note, String... skuQty) {
        List<OrderItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            items.add(OrderItem.of(skuQty[i], skuQty[i + 1]));
        }
        return bot.useCases
                .addOrder()
                .add(new AddOrder.Command(deal.id(), group.id(), name, null, items, note, OPERATOR))
                .value()
                .order();
    }

    private void pay(Order order, PaymentStatus status) {
        bot.useCases
                .recordPayment()
                .record(new RecordPayment.Command(order.id(), status, OPERATOR))
                .value();
    }

    private void commission(SetCommission.ForGroup command) {
        bot.useCases.setCommission().forGroup(command).value();
    }

    private void commission(SetCommission.ForLeader command) {
        bot.useCases.setCommission().forLeader(command).value();
    }
}
