package dev.groupbuy.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.testing.TestBot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderCommandsTests {

    private static final String CHAIN = "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1\n3. 赵六 3";

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

    private String said(PipelineResult result) {
        return String.join(
                "\n", result.replies().stream().map(OutboundMessage::text).toList());
    }

    private PipelineResult leader(String msgId, String text) {
        return bot.send("g1", msgId, "L1", "王团长", text);
    }

    private DealStatus status() {
        return bot.deals.findById(deal.id()).orElseThrow().status();
    }

    @Test
    void opensADealFromAPostAndEchoesWhatItReadAndWhatNot() {
        PipelineResult opened = leader("m1", "#开团 秘鲁蓝莓\nA. 秘鲁蓝莓 39元/盒\nB. 车厘子 60元/斤\n明天下午3点东门自提\n老规矩哈");

        Deal blueberries = bot.deals.find(group.id(), DealStatus.OPEN).get(0);
        assertThat(blueberries.title()).isEqualTo("秘鲁蓝莓");
        assertThat(blueberries.catalog()).hasSize(2);
        assertThat(said(opened)).contains("#接龙 秘鲁蓝莓", "39元/盒", "读到2个商品", "没看懂", "老规矩哈");
        assertThat(bot.dealHistory.of(blueberries.id())).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(DealAction.OPENED);
            assertThat(change.actor()).isEqualTo("L1");
            assertThat(change.door()).isEqualTo(Door.CHAT);
        });
    }

    @Test
    void aPostWithoutAProductOpensNothingAndSaysWhy() {
        PipelineResult result = leader("m1", "#开团 明天团购水果，大家准备好");

        assertThat(bot.deals.find(group.id(), DealStatus.OPEN)).containsExactly(deal);
        assertThat(said(result)).contains("没读到带价格的商品", "没有开团");
    }

    @Test
    void aPostWithAProductNamePastTheCapOpensNothingAndSaysWhy() {
        String longName = "新疆阿克苏冰糖心苹果".repeat(7);

        PipelineResult result = leader("m1", "#开团 苹果\nA. " + longName + " 39元/箱\nB. 车厘子 60元/斤");

        assertThat(bot.deals.find(group.id(), DealStatus.OPEN)).containsExactly(deal);
        assertThat(said(result)).contains("商品名太长", "64个字", "没有开团").doesNotContain("没读到带价格的商品");
    }

    @Test
    void closesWithTotalsReopensAndClosesAgain() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(leader("m2", "#截单"))).contains("已截单", "3人", "丹东草莓6盒", "合计60元");
        assertThat(said(leader("m3", "#恢复接龙"))).contains("恢复接龙");
        assertThat(status()).isEqualTo(DealStatus.OPEN);
        assertThat(said(leader("m4", "＃截单"))).contains("已截单");
        assertThat(said(leader("m5", "#恢复接龙"))).contains("恢复接龙");
        assertThat(bot.dealHistory.of(deal.id()))
                .extracting(c -> c.action())
                .containsExactly(DealAction.CLOSED, DealAction.REOPENED, DealAction.CLOSED, DealAction.REOPENED);
    }

    @Test
    void sumsUpAndListsWithLinesStillUnderReview() {
        bot.send("g1", "m1", "u1", "李四", CHAIN + "\n4. 钱七 老样子");

        String summary = said(leader("m2", "#汇总"));
        String list = said(leader("m3", "#名单"));

        assertThat(summary).contains("丹东草莓 6盒 60元", "共3人", "1条没看懂");
        assertThat(list).contains("1. 李四 2盒", "3. 赵六 3盒", "4. 钱七 老样子（待确认）");
    }

    @Test
    void handsOutAnExpiringLinkToTheWorkbook() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(leader("m2", "#导出"))).contains("丹东草莓", "3单", "24小时", "/exports/test-" + deal.id());
    }

    @Test
    void announcesArrivalToEveryBuyerByNameAndSplitsLongLists() {
        StringBuilder chain = new StringBuilder("#接龙 丹东草莓");
        for (int i = 1; i <= 150; i++) {
            chain.append("\n").append(i).append(". 邻居").append(i).append("号楼的朋友 1");
        }
        bot.send("g1", "m1", "u1", "邻居1号楼的朋友", chain.toString());
        leader("m2", "#截单");

        PipelineResult arrived = leader("m3", "#到货 今天下午4点东门自提");

        assertThat(status()).isEqualTo(DealStatus.ARRIVED);
        assertThat(arrived.replies().size()).isGreaterThan(1);
        assertThat(arrived.replies())
                .allSatisfy(reply -> assertThat(reply.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(2048));
        assertThat(said(arrived)).contains("到货啦", "今天下午4点东门自提", "@邻居1号楼的朋友", "@邻居150号楼的朋友");
        assertThat(arrived.replies().get(0).mentions()).containsExactly("u1");
    }

    @Test
    void marksPickupsByNumberOrNameAndRefusesWhatItCannotFind() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);
        leader("m2", "#截单");

        assertThat(said(leader("m3", "#核销 1"))).contains("已核销 1. 李四", "还有2位没取");
        assertThat(said(leader("m4", "#核销 赵六"))).contains("已核销 3. 赵六", "还有1位没取");
        assertThat(said(leader("m5", "#核销 abc"))).contains("没找到『abc』");
        assertThat(said(leader("m6", "#核销 99"))).contains("没有99号", "1到3号");
        assertThat(said(leader("m7", "#核销 1"))).contains("已经取过了");
        assertThat(said(leader("m8", "#未取"))).contains("还有1位没取", "2. 王五");
        assertThat(said(leader("m9", "#核销 2"))).contains("全部取完啦");
        assertThat(bot.orders.findByDeal(deal.id())).allMatch(o -> o.status() == OrderStatus.PICKED_UP);
    }

    @Test
    void noPickupBeforeTheDealIsClosed() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(leader("m2", "#核销 1"))).contains("先 #截单").doesNotContain("已核销");
    }

    @Test
    void addsAnOrderForSomeoneAndAddsToAnExistingOne() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(leader("m2", "#补单 孙八 2"))).contains("已给孙八补上丹东草莓2盒", "20元");
        assertThat(said(leader("m3", "#补单 李四 两盒"))).contains("现在是丹东草莓4盒");
        assertThat(said(leader("m4", "#补单 周九"))).contains("补多少");
        assertThat(said(leader("m5", "#补单"))).contains("请写名字和数量");
        assertThat(bot.activeOrders(deal.id()))
                .extracting(o -> o.name() + o.items().get(0).qty())
                .contains("孙八2", "李四4");
        Order added = bot.activeOrders(deal.id()).stream()
                .filter(o -> o.name().equals("孙八"))
                .findFirst()
                .orElseThrow();
        assertThat(bot.orders.history(added.id()))
                .singleElement()
                .satisfies(change -> assertThat(change.actor()).isEqualTo("L1"));
    }

    @Test
    void cancelsSomeonesOrderByNumberOrName() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(leader("m2", "#取消 2"))).contains("已取消 王五");
        assertThat(said(leader("m3", "#取消 李四"))).contains("已取消 李四");
        assertThat(said(leader("m4", "#取消 99"))).contains("没有99号");
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("赵六");
    }

    @Test
    void repeatsTheLastDealWithItsCatalog() {
        leader("m1", "#截单");

        assertThat(said(leader("m2", "#复团"))).contains("#接龙 丹东草莓");
        assertThat(bot.deals.find(group.id(), DealStatus.OPEN))
                .singleElement()
                .satisfies(d -> assertThat(d.catalog()).isEqualTo(deal.catalog()));
    }

    @Test
    void cancelsTheDealOnlyAfterTheSameLeaderConfirmsWithinFiveMinutes() {
        bot.groups.saveMember(new Member(group.id(), "A1", "小助手", Role.ASSISTANT));

        assertThat(said(leader("m1", "#取消团"))).contains("5分钟内回复 #确认");
        assertThat(status()).isEqualTo(DealStatus.OPEN);
        assertThat(said(bot.send("g1", "m2", "A1", "小助手", "#确认"))).contains("没有要确认的操作");
        assertThat(status()).isEqualTo(DealStatus.OPEN);

        assertThat(said(leader("m3", "#确认"))).contains("取消了");
        assertThat(status()).isEqualTo(DealStatus.CANCELLED);
    }

    @Test
    void aLateConfirmationCancelsNothing() {
        leader("m1", "#取消团");
        bot.clock.advance(Duration.ofMinutes(6));

        assertThat(said(leader("m2", "#确认"))).contains("没有要确认的操作");
        assertThat(status()).isEqualTo(DealStatus.OPEN);
    }

    @Test
    void aResidentsLeaderCommandChangesNothingAndIsRefusedOnceAnHour() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        PipelineResult first = bot.send("g1", "m2", "u2", "王五", "#截单");
        PipelineResult second = bot.send("g1", "m3", "u2", "王五", "#汇总");

        assertThat(status()).isEqualTo(DealStatus.OPEN);
        assertThat(said(first)).contains("@王五", "只有团长");
        assertThat(second.replies()).isEmpty();
    }

    @Test
    void aRedeliveredCommandIsAnsweredOnce() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        PipelineResult first = leader("m2", "#补单 孙八 1");
        PipelineResult again = leader("m2", "#补单 孙八 1");

        assertThat(first.replies()).hasSize(1);
        assertThat(again.isDuplicate()).isTrue();
        assertThat(again.replies()).isEmpty();
        assertThat(bot.activeOrders(deal.id()))
                .filteredOn(o -> o.name().equals("孙八"))
                .singleElement()
                .satisfies(o -> assertThat(o.items().get(0).qty()).isEqualByComparingTo("1"));
    }
}
