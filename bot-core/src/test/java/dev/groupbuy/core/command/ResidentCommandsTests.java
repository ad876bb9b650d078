package dev.groupbuy.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentCommandsTests {

    private static final String CHAIN = "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1";

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

    private String said(PipelineResult result) {
        return String.join(
                "\n", result.replies().stream().map(OutboundMessage::text).toList());
    }

    private List<String> active() {
        return bot.activeOrders(deal.id()).stream()
                .map(o -> o.name() + o.items().get(0).qty().toPlainString())
                .toList();
    }

    @Test
    void aResidentSeesTheirOwnOrdersWithAmounts() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(bot.send("g1", "m2", "u1", "李四", "#我的"))).contains("@李四", "丹东草莓2盒", "20元");
        assertThat(said(bot.send("g1", "m3", "u1", "李四", "＃查单"))).contains("丹东草莓2盒");
        assertThat(said(bot.send("g1", "m4", "u9", "路人", "#我的"))).contains("没有订单");
    }

    @Test
    void aResidentCancelsTheirOwnOrderButNobodyElses() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(bot.send("g1", "m2", "u1", "李四", "#取消 王五"))).contains("只能取消自己的");
        assertThat(said(bot.send("g1", "m3", "u1", "李四", "#取消"))).contains("已取消 李四");
        assertThat(active()).containsExactly("王五1");
    }

    @Test
    void aResidentCannotCancelAfterTheDealClosed() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);
        bot.send("g1", "m2", "L1", "王团长", "#截单");

        assertThat(said(bot.send("g1", "m3", "u1", "李四", "#取消"))).contains("私聊团长");
        assertThat(active()).contains("李四2");
    }

    @Test
    void plainWordsChangeOrCancelTheSendersOrder() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(bot.send("g1", "m2", "u1", "李四", "我改成3盒"))).contains("@李四", "已改成丹东草莓3盒", "30元");
        assertThat(said(bot.send("g1", "m3", "u1", "李四", "改3盒"))).contains("本来就是");
        assertThat(said(bot.send("g1", "m4", "u2", "王五", "不要了"))).contains("已取消你的丹东草莓1盒");
        assertThat(active()).containsExactly("李四3");
    }

    @Test
    void anUnclearChangeIsAskedAndChatterStaysChatter() {
        bot.send("g1", "m1", "u1", "李四", CHAIN);

        assertThat(said(bot.send("g1", "m2", "u1", "李四", "我改成草莓"))).contains("要改成多少");
        PipelineResult chatter = bot.send("g1", "m3", "u1", "李四", "改天再说");
        PipelineResult stranger = bot.send("g1", "m4", "u9", "路人", "不要了");

        assertThat(chatter.replies()).isEmpty();
        assertThat(chatter.state()).isEqualTo(InboxState.IGNORED);
        assertThat(stranger.replies()).isEmpty();
        assertThat(active()).containsExactly("李四2", "王五1");
    }

    @Test
    void helpListsWhatThisPersonMayUse() {
        assertThat(said(bot.send("g1", "m1", "u1", "李四", "#帮助")))
                .contains("#我的")
                .doesNotContain("#截单");
        assertThat(said(bot.send("g1", "m2", "L1", "王团长", "#帮助"))).contains("#截单", "#我的");
    }

    @Test
    void anUnknownCommandGetsAHintOnceAnHourButTheChainMarkerNever() {
        PipelineResult first = bot.send("g1", "m1", "u1", "李四", "#团购");
        PipelineResult second = bot.send("g1", "m2", "u1", "李四", "#随便");
        PipelineResult marker = bot.send("g1", "m3", "u2", "王五", "#接龙");

        assertThat(said(first)).contains("没有『#团购』这个命令", "#帮助");
        assertThat(second.replies()).isEmpty();
        assertThat(marker.replies()).isEmpty();
    }

    @Test
    void namesPeopleExactlyAsWritten() {
        bot.send("g1", "m1", "u1", "🍓小美(3栋)", "#接龙 丹东草莓\n1. 🍓小美(3栋) 2");

        assertThat(said(bot.send("g1", "m2", "u1", "🍓小美(3栋)", "#我的"))).startsWith("@🍓小美(3栋) ");
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("🍓小美(3栋)");
    }
}
