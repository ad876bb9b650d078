package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.core.bot.GroupBuyBot;
import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.StaleOrderException;
import dev.groupbuy.core.testing.SimpleChainReader;
import dev.groupbuy.core.testing.TestBot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-instance cache of deal states: reused while the deal's version stands, never trusted past it. */
class DealStateCachingTests {

    private static final String LI = "#接龙 丹东草莓\n1. 李四 2";
    private static final String LI_WANG = LI + "\n2. 王五 1";
    private static final String LI_WANG_ZHAO = LI_WANG + "\n3. 赵六 1";

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
    private final DealStateCache cacheA = new DealStateCache(8);
    private final MessagePipeline instanceA = pipelineOn(cacheA);
    private final MessagePipeline instanceB = pipelineOn(new DealStateCache(8));

    private MessagePipeline pipelineOn(DealStateCache cache) {
        return GroupBuyBot.pipeline(bot.ports(), bot.useCases, new SimpleChainReader(), bot.clock, cache);
    }

    private PipelineResult send(MessagePipeline instance, String msgId, String name, String text) {
        return instance.receive(bot.message("g1", msgId, "u-" + name, name, text));
    }

    @Test
    void keepsTheStateOfADealAfterAMessageChangedIt() {
        send(instanceA, "m1", "李四", LI);

        assertThat(cacheA.holds(deal.id(), group.id())).isTrue();
        assertThat(bot.versions.current(deal.id())).isEqualTo(1);
    }

    @Test
    void seesAnOrderAnotherInstancePlacedInsteadOfPlacingItTwice() {
        send(instanceA, "m1", "李四", LI);
        send(instanceB, "m2", "王五", LI_WANG);

        PipelineResult result = send(instanceA, "m3", "赵六", LI_WANG_ZHAO);

        assertThat(result.state()).isEqualTo(InboxState.DONE);
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("李四", "王五", "赵六");
        assertThat(bot.orders.all()).hasSize(3);
    }

    @Test
    void seesADealClosedBehindItsBack() {
        send(instanceA, "m1", "李四", LI);
        bot.deals.changeStatus(deal.id(), DealStatus.OPEN, DealStatus.CLOSED);

        PipelineResult late = send(instanceA, "m2", "王五", LI_WANG);

        assertThat(late.replies())
                .singleElement()
                .satisfies(reply -> assertThat(reply.text()).startsWith("本单已截单"));
        assertThat(bot.activeOrders(deal.id())).extracting(Order::name).containsExactly("李四");
    }

    @Test
    void readsTheClosedStatusEvenForARepostThatWritesNothing() {
        send(instanceA, "m1", "李四", LI);
        bot.deals.changeStatus(deal.id(), DealStatus.OPEN, DealStatus.CLOSED);

        PipelineResult repost = send(instanceA, "m2", "李四", LI);

        assertThat(bot.inbox.detail(repost.inboxId())).contains("closed");
    }

    @Test
    void rereadsTheDealWhenItsVersionMovedOn() {
        send(instanceA, "m1", "李四", LI);
        Order placedElsewhere = bot.orders.insert(
                Order.placed(deal.id(), group.id(), "王五", null, List.of(item()), 2, "王五 1", bot.clock.instant()));
        bot.ledger.record(List.of(new SeenLine(deal.id(), group.id(), "王五", "1", 99, bot.clock.instant())));
        bot.versions.bump(deal.id());

        send(instanceA, "m2", "王五", LI_WANG);

        assertThat(bot.orders.all()).extracting(Order::name).containsExactly("李四", "王五");
        assertThat(bot.orders.all()).contains(placedElsewhere);
    }

    @Test
    void forgetsTheStateWhenTheTransactionRollsBack() {
        DealStateCache cache = new DealStateCache(8);
        DealStates states =
                new SignUpStores(bot.deals, bot.orders, bot.ledger, bot.versions, bot.transactions, cache).states();
        send(instanceA, "m1", "李四", LI);

        bot.transactions.inTransaction(() -> states.keep(states.read(deal.id(), group.id())));
        assertThat(cache.holds(deal.id(), group.id())).isTrue();

        assertThatThrownBy(() -> bot.transactions.inTransaction(() -> {
                    VersionedState claimed = states.advance(states.read(deal.id(), group.id()));
                    states.keep(claimed);
                    throw new IllegalStateException("the commit failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(cache.holds(deal.id(), group.id())).isFalse();
    }

    @Test
    void refusesToWriteWhenTheVersionMovedOnAfterReading() {
        DealStates states =
                new SignUpStores(bot.deals, bot.orders, bot.ledger, bot.versions, bot.transactions, cacheA).states();
        VersionedState read = states.read(deal.id(), group.id());
        bot.versions.bump(deal.id());

        assertThatThrownBy(() -> states.advance(read)).isInstanceOf(StaleOrderException.class);
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        DealStateCache cache = new DealStateCache(2);
        cache.put(stateOf(1));
        cache.put(stateOf(2));
        assertThat(cache.take(1, group.id())).isPresent();
        cache.put(stateOf(1));
        cache.put(stateOf(3));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.holds(2, group.id())).isFalse();
        assertThat(cache.holds(1, group.id())).isTrue();
        assertThat(cache.holds(3, group.id())).isTrue();
    }

    @Test
    void capacityZeroKeepsNothing() {
        DealStateCache cache = new DealStateCache(0);
        cache.put(stateOf(1));

        assertThat(cache.size()).isZero();
    }

    private VersionedState stateOf(long dealId) {
        Deal someDeal = deal.withId(dealId);
        return new VersionedState(0, DealState.of(someDeal, group.id(), List.of(), java.util.Set.of()));
    }

    private static dev.groupbuy.core.order.OrderItem item() {
        return dev.groupbuy.core.order.OrderItem.of("A", "1");
    }
}
