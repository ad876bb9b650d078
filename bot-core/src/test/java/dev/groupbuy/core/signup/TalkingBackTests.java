package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkingBackTests {

    private static final String HEAD = "#接龙 丹东草莓\n";

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");

    private Deal strawberries() {
        return bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
    }

    private static List<String> texts(PipelineResult result) {
        return result.replies().stream().map(OutboundMessage::text).toList();
    }

    @Test
    void staysQuietWhenEverythingIsClear() {
        strawberries();

        assertThat(bot.send("g1", "m1", "u1", "李四", HEAD + "1. 李四 2").replies()).isEmpty();
        assertThat(bot.send("g1", "m2", "u2", "王五", HEAD + "1. 李四 2\n2. 王五 1").replies())
                .isEmpty();
        assertThat(bot.send("g1", "m3", "u3", "赵六", "谢谢团长").replies()).isEmpty();
    }

    @Test
    void asksByNameOnceForALineItCannotRead() {
        strawberries();

        PipelineResult asked = bot.send("g1", "m1", "u1", "王姐", HEAD + "1. 王姐 老样子");
        PipelineResult copied = bot.send("g1", "m2", "u2", "李四", HEAD + "1. 王姐 老样子\n2. 李四 2");

        assertThat(texts(asked)).singleElement().asString().contains("@王姐", "没看懂", "老样子", "数量", "王姐 1盒");
        assertThat(copied.replies()).isEmpty();
    }

    @Test
    void asksEveryUnclearParticipantOfOneMessageInOneReply() {
        strawberries();

        PipelineResult asked = bot.send("g1", "m1", "u1", "王姐", HEAD + "1. 王姐 老样子\n2. 李四 看情况");

        assertThat(texts(asked)).singleElement().asString().contains("@王姐", "@李四");
    }

    @Test
    void postsTheMergedListOnceForABurstOfForks() {
        Deal deal = strawberries();
        bot.stepping(Duration.ofSeconds(20));
        bot.send("g1", "m1", "u1", "李四", HEAD + "1. 李四 2\n2. 王五 1");
        bot.send("g1", "m2", "u3", "赵六", HEAD + "1. 李四 2\n2. 王五 1\n3. 赵六 1");

        PipelineResult fork = bot.send("g1", "m3", "u4", "钱七", HEAD + "1. 李四 2\n2. 王五 1\n3. 钱七 3");
        PipelineResult forkAgain = bot.send("g1", "m4", "u5", "孙八", HEAD + "1. 李四 2\n2. 王五 1\n3. 孙八 1");

        assertThat(texts(fork)).singleElement().asString().contains("1. 李四 2盒", "3. 赵六 1盒", "4. 钱七 3盒");
        assertThat(forkAgain.replies()).isEmpty();
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("李四", "王五", "赵六", "钱七", "孙八");

        bot.clock.advance(Duration.ofMinutes(10));
        PipelineResult later = bot.send("g1", "m5", "u6", "周九", HEAD + "1. 李四 2\n2. 王五 1\n3. 周九 2");
        assertThat(texts(later)).singleElement().asString().contains("5. 孙八 1盒", "6. 周九 2盒");
    }

    @Test
    void warnsOnceWhenOrdersExceedAProductsStock() {
        bot.openDeal(group, "丹东草莓", List.of(TestBot.itemWithStock("A", "丹东草莓", "盒", 4)));
        bot.send("g1", "m1", "u1", "李四", HEAD + "1. 李四 3");

        PipelineResult over = bot.send("g1", "m2", "u2", "王五", HEAD + "1. 李四 3\n2. 王五 2");
        PipelineResult moreOver = bot.send("g1", "m3", "u3", "赵六", HEAD + "1. 李四 3\n2. 王五 2\n3. 赵六 1");

        assertThat(texts(over)).singleElement().asString().contains("丹东草莓", "库存", "只剩4盒", "5盒");
        assertThat(moreOver.replies()).isEmpty();
    }

    @Test
    void warnsOncePerPersonWhoOrdersMoreThanTheLimitButKeepsTheOrder() {
        Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.itemWithLimit("A", "丹东草莓", "盒", 2)));
        bot.send("g1", "m1", "u1", "李四", HEAD + "1. 李四 2");

        PipelineResult over = bot.send("g1", "m2", "u2", "王五", HEAD + "1. 李四 2\n2. 王五 3");
        PipelineResult moreOver = bot.send("g1", "m3", "u2", "王五", HEAD + "1. 李四 2\n2. 王五 4");

        assertThat(texts(over)).singleElement().asString().contains("@王五", "每人限购2盒", "3盒");
        assertThat(moreOver.replies()).isEmpty();
        assertThat(bot.activeOrders(deal.id()))
                .extracting(o -> o.name() + o.items().get(0).qty().toPlainString())
                .containsExactly("李四2", "王五4");
    }

    @Test
    void picksTheDealWhoseTitleTheChainCarriesWhenSeveralAreOpen() {
        Deal strawberries = strawberries();
        Deal blueberries = bot.openDeal(group, "秘鲁蓝莓", List.of(TestBot.item("A", "秘鲁蓝莓", "盒")));

        bot.send("g1", "m1", "u1", "李四", "#接龙 秘鲁蓝莓\n1. 李四 2");

        assertThat(bot.activeOrders(blueberries.id())).extracting(Order::name).containsExactly("李四");
        assertThat(bot.activeOrders(strawberries.id())).isEmpty();
    }

    @Test
    void asksTheLeaderAndOrdersNothingWhenTheChainFitsSeveralDeals() {
        Deal first = strawberries();
        Deal second = bot.openDeal(group, "丹东草莓二期", List.of(TestBot.item("A", "丹东草莓", "盒")));

        PipelineResult result = bot.send("g1", "m1", "u1", "李四", "#接龙\n1. 李四 2");

        assertThat(texts(result)).singleElement().asString().contains("丹东草莓", "丹东草莓二期");
        assertThat(bot.activeOrders(first.id())).isEmpty();
        assertThat(bot.activeOrders(second.id())).isEmpty();
    }

    @Test
    void capsHowOftenTheBotSpeaksInOneGroup() {
        strawberries();
        bot.stepping(Duration.ofSeconds(1));
        long replies = 0;
        for (int i = 1; i <= 30; i++) {
            replies += bot.send("g1", "m" + i, "u" + i, "居民" + i, HEAD + i + ". 居民" + i + " 看情况")
                    .replies()
                    .size();
        }

        assertThat(replies).isLessThan(30).isGreaterThan(0);
    }
}
