package dev.groupbuy.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloseDealTests {

    private static final String CHAIN_2 = "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1";

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

    private DealStatus status(Deal d) {
        return bot.deals.findById(d.id()).orElseThrow().status();
    }

    @Test
    void aLeaderClosesTheOpenDealAndTheBotSumsItUp() {
        bot.send("g1", "m1", "u2", "王五", CHAIN_2);
        PipelineResult close = bot.send("g1", "m2", "L1", "王团长", "#截单");

        assertThat(status(deal)).isEqualTo(DealStatus.CLOSED);
        assertThat(close.replies())
                .singleElement()
                .extracting(OutboundMessage::text)
                .asString()
                .contains("已截单", "2人", "丹东草莓3盒");
    }

    @Test
    void anAssistantMayCloseToo() {
        bot.groups.saveMember(new Member(group.id(), "A1", "小助手", Role.ASSISTANT));

        bot.send("g1", "m1", "A1", "小助手", "＃截单");

        assertThat(status(deal)).isEqualTo(DealStatus.CLOSED);
    }

    @Test
    void aResidentSendingTheCommandChangesNothingAndIsToldOnce() {
        PipelineResult result = bot.send("g1", "m1", "u2", "王五", "#截单");
        PipelineResult again = bot.send("g1", "m2", "u2", "王五", "#截单");
        bot.send("g1", "m3", "u3", "赵六", "#接龙 丹东草莓\n1. 赵六 1");

        assertThat(status(deal)).isEqualTo(DealStatus.OPEN);
        assertThat(result.state()).isEqualTo(InboxState.IGNORED);
        assertThat(result.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("@王五 #截单 只有团长和助理可以用哦，接龙还在继续～");
            assertThat(reply.mentions()).containsExactly("u2");
        });
        assertThat(again.replies()).isEmpty();
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("赵六");
    }

    @Test
    void laterChainMessagesChangeNothingAndTheReplySaysTheDealIsClosed() {
        bot.send("g1", "m1", "u2", "王五", CHAIN_2);
        bot.send("g1", "m2", "L1", "王团长", "#截单");

        PipelineResult late = bot.send("g1", "m3", "u3", "赵六", CHAIN_2 + "\n3. 赵六 1");
        PipelineResult change = bot.send("g1", "m4", "u1", "李四", "#接龙 丹东草莓\n1. 李四 5\n2. 王五 1");

        assertThat(late.replies())
                .singleElement()
                .extracting(OutboundMessage::text)
                .asString()
                .contains("截单", "赵六");
        assertThat(change.replies())
                .singleElement()
                .extracting(OutboundMessage::text)
                .asString()
                .contains("截单");
        assertThat(bot.activeOrders(deal.id()))
                .extracting(o -> o.name() + o.items().get(0).qty().toPlainString())
                .containsExactly("李四2", "王五1");
    }

    @Test
    void aLateLineIsAnsweredOnlyOnceAndAnUnchangedRepostNotAtAll() {
        bot.send("g1", "m1", "u2", "王五", CHAIN_2);
        bot.send("g1", "m2", "L1", "王团长", "#截单");

        bot.send("g1", "m3", "u3", "赵六", CHAIN_2 + "\n3. 赵六 1");
        PipelineResult again = bot.send("g1", "m4", "u3", "赵六", CHAIN_2 + "\n3. 赵六 1");
        PipelineResult unchanged = bot.send("g1", "m5", "u4", "钱七", CHAIN_2);

        assertThat(again.replies()).isEmpty();
        assertThat(unchanged.replies()).isEmpty();
    }

    @Test
    void theLeadersOwnListAfterClosingChangesNothingAndGetsNoAnswer() {
        bot.send("g1", "m1", "u2", "王五", CHAIN_2);
        bot.send("g1", "m2", "L1", "王团长", "#截单");

        PipelineResult tally = bot.send("g1", "m3", "L1", "王团长", CHAIN_2 + "\n3. 团长家 1");

        assertThat(tally.replies()).isEmpty();
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("李四", "王五");
    }

    @Test
    void aDealPastItsCutOffTimeCountsAsClosed() {
        Deal timed = bot.openDeal(
                bot.group("g2", "L2", "李团长"),
                "秘鲁蓝莓",
                List.of(TestBot.item("A", "秘鲁蓝莓", "盒")),
                bot.clock.instant().plus(Duration.ofMinutes(30)));
        bot.send("g2", "m1", "u1", "李四", "#接龙 秘鲁蓝莓\n1. 李四 2");
        bot.clock.advance(Duration.ofHours(1));

        PipelineResult late = bot.send("g2", "m2", "u2", "王五", "#接龙 秘鲁蓝莓\n1. 李四 2\n2. 王五 1");

        assertThat(late.replies())
                .singleElement()
                .extracting(OutboundMessage::text)
                .asString()
                .contains("截单");
        assertThat(bot.activeOrders(timed.id())).extracting(Order::name).containsExactly("李四");
    }

    @Test
    void withSeveralOpenDealsTheLeaderNamesTheOneToClose() {
        Deal blueberries = bot.openDeal(group, "秘鲁蓝莓", List.of(TestBot.item("A", "秘鲁蓝莓", "盒")));

        PipelineResult unclear = bot.send("g1", "m1", "L1", "王团长", "#截单");
        bot.send("g1", "m2", "L1", "王团长", "#截单 蓝莓");

        assertThat(unclear.replies())
                .singleElement()
                .extracting(OutboundMessage::text)
                .asString()
                .contains("#截单", "丹东草莓", "秘鲁蓝莓");
        assertThat(status(blueberries)).isEqualTo(DealStatus.CLOSED);
        assertThat(status(deal)).isEqualTo(DealStatus.OPEN);
    }

    @Test
    void closingAnAlreadyClosedDealSaysNothingMore() {
        bot.send("g1", "m1", "L1", "王团长", "#截单");
        PipelineResult twice = bot.send("g1", "m2", "L1", "王团长", "#截单");

        assertThat(twice.replies())
                .extracting(OutboundMessage::text)
                .singleElement()
                .asString()
                .contains("没有");
    }

    @Test
    void aCommandWordInsideAnotherWordIsNotTheCommand() {
        PipelineResult result = bot.send("g1", "m1", "L1", "王团长", "#截单abc");

        assertThat(status(deal)).isEqualTo(DealStatus.OPEN);
        assertThat(result.state()).isEqualTo(InboxState.IGNORED);
    }
}
