package dev.groupbuy.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.testing.TestBot;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaymentCommandsTests {

    private static final String CHAIN = "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1\n3. 赵六 3";

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

    private static String said(PipelineResult result) {
        return String.join(
                "\n", result.replies().stream().map(OutboundMessage::text).toList());
    }

    private PipelineResult leader(String msgId, String text) {
        return bot.send("g1", msgId, "L1", "王团长", text);
    }

    private Map<String, PaymentStatus> payments() {
        return bot.orders.findByDeal(deal.id()).stream().collect(Collectors.toMap(Order::name, Order::payment));
    }

    private Order order(String name) {
        return bot.orders.findByDeal(deal.id()).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPaymentMarkInTheChainMarksTheOrderPaidAndALaterCopyWithoutItChangesNothing() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);
        bot.send("g1", "m2", "u1", "李四", "#接龙 丹东草莓\n1. 李四 A2 已付\n2. 王五 1\n3. 赵六 3");
        bot.send("g1", "m3", "u9", "孙七", "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1\n3. 赵六 3\n4. 孙七 A1 ✅");

        assertThat(payments())
                .containsEntry("李四", PaymentStatus.PAID)
                .containsEntry("孙七", PaymentStatus.PAID)
                .containsEntry("王五", PaymentStatus.UNPAID);
        assertThat(bot.orders.history(order("李四").id()))
                .extracting(OrderChange::action)
                .containsExactly("created", "paid");
    }

    @Test
    void aResidentSaysTheyPaidForTheirOwnOrderOnly() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        String answer = said(bot.send("g1", "m2", "u1", "李四", "#已付"));

        assertThat(answer).contains("@李四", "已记下你付过款", "「丹东草莓」20元");
        assertThat(payments()).containsEntry("李四", PaymentStatus.PAID).containsEntry("王五", PaymentStatus.UNPAID);
        assertThat(said(bot.send("g1", "m3", "u1", "李四", "#已付 王五"))).contains("都记为已付了");
        assertThat(payments()).containsEntry("王五", PaymentStatus.UNPAID);
        assertThat(said(bot.send("g1", "m4", "u8", "路人", "#已转"))).contains("没有订单");
        assertThat(bot.orders.history(order("李四").id())).last().satisfies(change -> {
            assertThat(change.actor()).isEqualTo("u1");
            assertThat(change.door()).isEqualTo(Door.CHAT);
            assertThat(change.before()).isEqualTo("unpaid 20.00");
            assertThat(change.after()).isEqualTo("paid 20.00");
        });
    }

    @Test
    void aLeaderMarksOthersPaidByNumberOrNameAndIsToldWhoStillOwes() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        String answer = said(leader("m2", "#已付 1，王五"));

        assertThat(answer).contains("已记已付：1. 李四 20元、2. 王五 10元", "还有1位没付款，共30元");
        assertThat(said(leader("m3", "#已付 1"))).contains("1. 李四 已经记过已付了");
        assertThat(said(leader("m4", "#已付 赵六"))).contains("都付清啦");
    }

    @Test
    void aLeaderRefundsOnlyWhatWasPaidAndTheOrderLeavesTheTotals() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);
        leader("m2", "#已付 1");

        assertThat(said(leader("m3", "#退款 2"))).contains("2. 王五 还没付款，不用退");
        assertThat(said(leader("m4", "#退款 李四"))).contains("已退款 1. 李四 20元，这单不再配送");
        assertThat(said(leader("m5", "#退款 1"))).contains("已经退过款了");
        String summary = said(leader("m6", "#汇总"));

        assertThat(payments()).containsEntry("李四", PaymentStatus.REFUNDED);
        assertThat(summary).contains("丹东草莓 4盒 40元", "共2人，合计40元", "已付0人0元，未付2人40元，已退款1人20元");
        assertThat(said(bot.send("g1", "m7", "u1", "李四", "#退款 1"))).contains("只有团长");
    }

    @Test
    void remindingMentionsEveryoneWhoOwesInOneMessageWithTheirAmounts() {
        bot.send("g1", "m1", "u1", "李四", "#接龙 丹东草莓\n1. 李四 2");
        bot.send("g1", "m2", "u2", "王五", "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1");
        bot.send("g1", "m3", "u3", "赵六", "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1\n3. 赵六 A3 已付");

        PipelineResult reminded = leader("m4", "#催款");

        assertThat(reminded.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("还有2位没付款，共30元", "@李四 20元", "@王五 10元", "#已付");
            assertThat(reply.text()).doesNotContain("赵六");
            assertThat(reply.mentions()).containsExactly("u1", "u2");
        });
        assertThat(said(bot.send("g1", "m5", "u1", "李四", "#催款"))).contains("只有团长");
    }

    @Test
    void aLongReminderIsCutAtThePlatformLimitEachPartMentioningItsPeople() {
        StringBuilder chain = new StringBuilder("#接龙 丹东草莓");
        for (int i = 1; i <= 150; i++) {
            chain.append('\n').append(i).append(". 邻居第").append(i).append("号 1");
        }
        bot.send("g1", "m1", "u1", "邻居第1号", chain.toString());

        List<OutboundMessage> parts = leader("m2", "#催款").replies();

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts)
                .allSatisfy(part -> assertThat(part.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(2048));
        assertThat(String.join("\n", parts.stream().map(OutboundMessage::text).toList()))
                .contains("@邻居第1号 10元", "@邻居第150号 10元");
        assertThat(parts.get(0).mentions()).containsExactly("u1");
    }

    @Test
    void anOperatorSetsAnyStatusAndAWrongOneIsRefusedWithTheReason() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);
        long id = order("王五").id();
        Actor operator = Actor.Operator.api("api");
        Function<PaymentStatus, ActionResult<RecordPayment.Recorded>> set =
                status -> bot.useCases.recordPayment().record(new RecordPayment.Command(id, status, operator));

        assertThat(set.apply(PaymentStatus.REFUNDED).refusal().reason()).isEqualTo(Refusal.Reason.WRONG_STATE);
        assertThat(set.apply(PaymentStatus.PAID).value().changed()).isTrue();
        assertThat(set.apply(PaymentStatus.PAID).value().changed()).isFalse();
        assertThat(set.apply(PaymentStatus.UNPAID).value().change().order().payment())
                .isEqualTo(PaymentStatus.UNPAID);
        assertThat(bot.orders.history(id))
                .extracting(c -> c.action() + " " + c.door().wireName() + " " + c.after())
                .containsExactly("created chat A×1 active", "paid api paid 10.00", "unpaid api unpaid 10.00");
    }

    @Test
    void aResidentCannotMarkSomeoneElsesOrderThroughTheUseCase() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        var refused = bot.useCases
                .recordPayment()
                .record(new RecordPayment.Command(order("王五").id(), PaymentStatus.PAID, Actor.chat("u1", "李四", 1)));
        var unpaidOwn = bot.useCases
                .recordPayment()
                .record(new RecordPayment.Command(order("李四").id(), PaymentStatus.REFUNDED, Actor.chat("u1", "李四", 1)));

        assertThat(refused.refusal().reason()).isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(unpaidOwn.refusal().reason()).isEqualTo(Refusal.Reason.NOT_ALLOWED);
    }

    @Test
    void aDealNamedByItsTitleIsRemindedEvenWhileANewerOneIsOpen() {
        bot.send("g1", "m1", "u1", "李四", "#接龙 丹东草莓\n1. 李四 2");
        leader("m2", "#截单");
        bot.openDeal(group, "周六车厘子", List.of(TestBot.item("A", "车厘子", "斤")));

        assertThat(said(leader("m3", "#催款 草莓"))).contains("「丹东草莓」还有1位没付款", "@李四 20元");
        assertThat(said(leader("m4", "#催款"))).contains("「周六车厘子」还没有订单");
    }
}
