package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WeChat's native 接龙 says who wrote each entry: that owner is the order's member, whoever posted the list. */
class NativeChainOwnersTests {

    private final TestBot bot = TestBot.withSimpleReader();

    @Test
    void ownersTheNativeChainReportsAreTheOrdersMembers() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");
        long dealId =
                bot.openDeal(group, "草莓", List.of(TestBot.item("A", "草莓", "盒"))).id();
        InboundMessage chain = new InboundMessage(
                TestBot.PLATFORM,
                "g-1",
                "wx-li",
                "李四",
                "m1",
                "#接龙 草莓\n1. 王姐 2\n2. 李四 1",
                List.of(),
                bot.clock.instant(),
                List.of(new ChainOwner(1, "wx-wang", "王姐 2"), new ChainOwner(2, "wx-li", "李四 1")));

        bot.pipeline.receive(chain);

        assertThat(bot.activeOrders(dealId))
                .extracting(Order::name, Order::memberId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("王姐", "wx-wang"),
                        org.assertj.core.groups.Tuple.tuple("李四", "wx-li"));
    }

    @Test
    void withoutOwnersOnlyTheSendersOwnLineIsTheirs() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");
        long dealId =
                bot.openDeal(group, "草莓", List.of(TestBot.item("A", "草莓", "盒"))).id();

        bot.send("g-1", "m1", "wx-li", "李四", "#接龙 草莓\n1. 王姐 2\n2. 李四 1");

        assertThat(bot.activeOrders(dealId))
                .extracting(Order::name, Order::memberId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("王姐", null),
                        org.assertj.core.groups.Tuple.tuple("李四", "wx-li"));
    }
}
