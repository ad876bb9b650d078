package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line whose order the store cannot hold never stalls a deal: it is set aside (a name or a quantity beyond
 * what an order stores) or left out (the store refused it), the rest of the message counts, and so do later
 * copies of the list that still carry it.
 */
class LinesTheStoreCannotTakeTests {

    private static final String HEADER = "#接龙 丹东草莓 25元/盒\n";
    private static final String LONG_NAME = "王".repeat(300);

    private final TestBot bot = new TestBot(new ChainParser()::parse);
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal =
            bot.openDeal(group, "丹东草莓", List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", BigDecimal.TEN)));

    @Test
    void aNameLongerThanAnOrderTakesIsAskedAboutOnceAndLaterSignUpsCount() {
        String list = HEADER + "1. 张三 草莓1盒\n2. 李四 草莓2盒\n3. " + LONG_NAME + " 草莓1盒";

        PipelineResult first = bot.send("g1", "m1", "u3", "王", list);
        PipelineResult second = bot.send("g1", "m2", "u4", "赵六", list + "\n4. 赵六 草莓1盒");

        assertThat(first.state()).isEqualTo(InboxState.DONE);
        assertThat(bot.inbox.detail(first.inboxId()))
                .contains("line 3 NAME_TOO_LONG")
                .doesNotContain("王王");
        assertThat(first.replies())
                .extracting(OutboundMessage::text)
                .singleElement()
                .asString()
                .contains("第3行", "名字太长")
                .hasSizeLessThan(100);
        assertThat(second.state()).isEqualTo(InboxState.DONE);
        assertThat(second.replies()).isEmpty();
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("张三", "李四", "赵六");
        assertThat(bot.ledger.all()).anySatisfy(line -> assertThat(line.name()).isEqualTo(LONG_NAME));
    }

    @Test
    void aNameThatFitsExactlyBecomesAnOrder() {
        String longest = "王".repeat(Order.MAX_NAME_LENGTH);

        bot.send("g1", "m1", "u3", "王", HEADER + "1. 张三 草莓1盒\n2. 李四 草莓1盒\n3. " + longest + " 草莓1盒");

        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("张三", "李四", longest);
    }

    @Test
    void aQuantityBeyondWhatAnOrderStoresIsAskedAboutAndTheOtherLinesCount() {
        TestBot simple = TestBot.withSimpleReader();
        ChatGroup chat = simple.group("g2", "L1", "王团长");
        Deal small = simple.openDeal(chat, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

        PipelineResult result = simple.send("g2", "m1", "u1", "张三", "#接龙 丹东草莓\n1. 张三 2\n2. 李四 0.0001");

        assertThat(simple.activeOrders(small.id())).extracting(Order::name).containsExactly("张三");
        assertThat(simple.inbox.detail(result.inboxId())).contains("line 2 QUANTITY_OUT_OF_RANGE");
        assertThat(result.replies())
                .extracting(OutboundMessage::text)
                .anySatisfy(text -> assertThat(text).contains("第2行", "数量"));
    }

    @Test
    void aLineTheStoreRefusesIsLeftOutTheLeadersAreToldOnceAndTheRestCounts() {
        bot.orders.refuseOrdersNamed("钱七");
        String list = HEADER + "1. 张三 草莓1盒\n2. 钱七 草莓2盒\n3. 李四 草莓1盒";

        PipelineResult first = bot.send("g1", "m1", "u7", "钱七", list);
        PipelineResult second = bot.send("g1", "m2", "u4", "赵六", list + "\n4. 赵六 草莓1盒");
        PipelineResult third = bot.send("g1", "m3", "u5", "孙八", list + "\n4. 赵六 草莓1盒\n5. 孙八 草莓3盒");

        assertThat(List.of(first, second, third))
                .extracting(PipelineResult::state)
                .containsOnly(InboxState.DONE);
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("张三", "李四", "赵六", "孙八");
        assertThat(bot.inbox.detail(first.inboxId())).contains("line 2 NOT_STORED");
        assertThat(first.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).startsWith("@王团长 ").contains("第2行", "没能记上");
            assertThat(reply.mentions()).containsExactly("L1");
        });
        assertThat(second.replies()).isEmpty();
        assertThat(third.replies()).isEmpty();
    }
}
