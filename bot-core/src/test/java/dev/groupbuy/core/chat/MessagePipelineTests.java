package dev.groupbuy.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.testing.SimpleChainReader;
import dev.groupbuy.core.testing.SimulatedCrash;
import dev.groupbuy.core.testing.TestBot;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagePipelineTests {

    private static final String CHAIN_1 = "#接龙 丹东草莓\n1. 李四 2";
    private static final String CHAIN_2 = "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1";

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

    @Test
    void storesEveryMessageInTheInboxChatterIncluded() {
        PipelineResult chatter = bot.send("g1", "m1", "u1", "李四", "明天几点到呀？");
        PipelineResult chain = bot.send("g1", "m2", "u1", "李四", CHAIN_1);

        assertThat(bot.inbox.all()).hasSize(2);
        assertThat(chatter.state()).isEqualTo(InboxState.IGNORED);
        assertThat(chatter.replies()).isEmpty();
        assertThat(bot.inbox.detail(chatter.inboxId())).isEqualTo("chatter");
        assertThat(bot.inbox.detail(chain.inboxId())).contains("1 orders changed");
        assertThat(chain.state()).isEqualTo(InboxState.DONE);
        assertThat(bot.inbox.findById(chain.inboxId()).orElseThrow().state()).isEqualTo(InboxState.DONE);
    }

    @Test
    void processesTheSameMessageIdOnlyOnce() {
        bot.send("g1", "m1", "u1", "李四", CHAIN_1);
        PipelineResult again = bot.send("g1", "m1", "u1", "李四", CHAIN_1.replace("2", "5"));

        assertThat(again.isDuplicate()).isTrue();
        assertThat(bot.inbox.all()).hasSize(1);
        assertThat(bot.activeOrders(deal.id()))
                .singleElement()
                .satisfies(o -> assertThat(o.items().get(0).qty()).isEqualByComparingTo("2"));
    }

    @Test
    void ignoresMessagesFromAGroupItDoesNotKnow() {
        PipelineResult result = bot.send("g-unknown", "m1", "u1", "李四", CHAIN_1);

        assertThat(result.state()).isEqualTo(InboxState.IGNORED);
        assertThat(bot.orders.all()).isEmpty();
    }

    @Test
    void recordsEveryOrderChangeWithTheInboxEntryThatCausedIt() {
        PipelineResult first = bot.send("g1", "m1", "u1", "李四", CHAIN_1);
        PipelineResult change = bot.send("g1", "m2", "u1", "李四", "#接龙 丹东草莓\n1. 李四 3");

        Order order = bot.activeOrders(deal.id()).get(0);
        assertThat(bot.orders.history(order.id()))
                .extracting(OrderChange::action, OrderChange::inboxId, OrderChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("created", first.inboxId(), "u1"),
                        org.assertj.core.groups.Tuple.tuple("changed", change.inboxId(), "u1"));
    }

    @Test
    void recoversAMessageStoredBeforeACrashAndProcessesItOnce() {
        bot.inbox.storeIfNew(bot.message("g1", "m1", "u1", "李四", CHAIN_2));

        List<PipelineResult> recovered = bot.sweep.sweep();
        List<PipelineResult> again = bot.sweep.sweep();

        assertThat(recovered).singleElement().extracting(PipelineResult::state).isEqualTo(InboxState.DONE);
        assertThat(again).isEmpty();
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("李四", "王五");
    }

    @Test
    void reprocessingAfterACrashBeforeMarkingDoneChangesNoOrderTwice() {
        bot.send("g1", "m1", "u1", "李四", CHAIN_1);
        bot.inbox.crashBeforeNextDone();
        assertThatThrownBy(() -> bot.send("g1", "m2", "u2", "王五", "#接龙 丹东草莓\n1. 李四 3\n2. 王五 1"))
                .isInstanceOf(SimulatedCrash.class);
        int ordersBefore = bot.orders.all().size();
        int historyBefore = bot.orders.allHistory().size();

        List<PipelineResult> recovered = bot.sweep.sweep();

        assertThat(recovered).singleElement().extracting(PipelineResult::state).isEqualTo(InboxState.DONE);
        assertThat(bot.orders.all()).hasSize(ordersBefore);
        assertThat(bot.orders.allHistory()).hasSize(historyBefore);
        assertThat(bot.activeOrders(deal.id()))
                .extracting(o -> o.name() + o.items().get(0).qty().toPlainString())
                .containsExactly("李四3", "王五1");
    }

    @Test
    void retriesWhenAnOrderChangedBetweenReadingAndStoringIt() {
        bot.send("g1", "m1", "u1", "李四", CHAIN_1);
        bot.orders.conflictOnNextUpdate();

        PipelineResult change = bot.send("g1", "m2", "u1", "李四", "#接龙 丹东草莓\n1. 李四 3");

        assertThat(change.state()).isEqualTo(InboxState.DONE);
        Order order = bot.activeOrders(deal.id()).get(0);
        assertThat(order.items().get(0).qty()).isEqualByComparingTo("3");
        assertThat(bot.orders.history(order.id()))
                .extracting(OrderChange::action)
                .containsExactly("created", "changed");
    }

    @Test
    void queuesRepliesInTheOutboxAndReturnsThemToTheCaller() {
        PipelineResult result = bot.send("g1", "m1", "u2", "韩梅梅", "#接龙 丹东草莓\n1. 韩梅梅 老样子");

        assertThat(result.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("韩梅梅");
            assertThat(reply.chatId()).isEqualTo("g1");
            assertThat(reply.inReplyTo()).isEqualTo("m1");
            assertThat(reply.mentions()).containsExactly("u2");
        });
        assertThat(bot.outbox.all()).containsExactlyElementsOf(result.replies());
        assertThat(bot.outbox.pending(10)).extracting(p -> p.id()).containsExactlyElementsOf(result.outboxIds());
    }

    @Test
    void runsEveryMessageUnderItsChatsLockAndChainWorkAlsoUnderTheDealsLock() {
        bot.send("g1", "m1", "u1", "李四", CHAIN_1);
        bot.send("g1", "m2", "u1", "李四", "随便聊聊");

        assertThat(bot.locks.taken()).containsExactly("chat:sandbox/g1", "deal:" + deal.id(), "chat:sandbox/g1");
    }

    @Test
    void aMessageThatOverflowsTheStackFailsAloneAndTheChatGoesOn() {
        TestBot deep = new TestBot((text, catalog) -> {
            if (text.contains("深")) {
                throw new StackOverflowError();
            }
            return new SimpleChainReader().read(text, catalog);
        });
        ChatGroup chat = deep.group("g1", "L1", "王团长");
        Deal strawberries = deep.openDeal(chat, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

        PipelineResult overflowing = deep.send("g1", "m1", "u1", "李四", "#接龙 深 1");
        PipelineResult next = deep.send("g1", "m2", "u1", "李四", CHAIN_1);

        assertThat(overflowing.state()).isEqualTo(InboxState.FAILED);
        assertThat(deep.inbox.detail(overflowing.inboxId())).contains("StackOverflowError");
        assertThat(next.state()).isEqualTo(InboxState.DONE);
        assertThat(deep.activeOrders(strawberries.id())).extracting(Order::name).containsExactly("李四");
        assertThat(deep.sweep.sweep()).isEmpty();
    }
}
