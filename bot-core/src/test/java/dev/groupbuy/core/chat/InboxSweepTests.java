package dev.groupbuy.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.signup.ChainReader;
import dev.groupbuy.core.testing.SimpleChainReader;
import dev.groupbuy.core.testing.TestBot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Messages that could not take their chat's or deal's lock in time wait in the inbox and are processed by the
 * sweep without a restart: in the order they were stored, each once, also with two instances at work.
 */
class InboxSweepTests {

    private static final String HEADER = "#接龙 丹东草莓\n";

    private final TestBot bot = new TestBot(new SimpleChainReader(), Duration.ofMillis(50));
    private final ChatGroup group = bot.group("g1", "L1", "王团长");
    private final Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Another worker holds the lock (a long 接龙 being merged) until the returned latch is counted down. */
    private CountDownLatch holdLock(String key) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> bot.locks.withLock(key, Duration.ofSeconds(5), () -> {
            held.countDown();
            awaitQuietly(release);
        }));
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    @Test
    void messagesThatTimedOutBehindABusyChatAreSweptLaterInTheirOrderAndOnce() throws Exception {
        CountDownLatch release = holdLock("chat:sandbox/g1");
        PipelineResult first = bot.send("g1", "m1", "u1", "李四", HEADER + "1. 李四 1");
        PipelineResult second = bot.send("g1", "m2", "u1", "李四", HEADER + "1. 李四 3");

        assertThat(List.of(first, second)).extracting(PipelineResult::state).containsOnly(InboxState.RECEIVED);
        assertThat(bot.sweep.sweep()).as("the chat is still held").isEmpty();
        release.countDown();
        List<PipelineResult> swept = sweepUntilSomethingIsDone();

        assertThat(swept)
                .extracting(PipelineResult::inboxId, PipelineResult::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.inboxId(), InboxState.DONE),
                        org.assertj.core.groups.Tuple.tuple(second.inboxId(), InboxState.DONE));
        assertThat(bot.activeOrders(deal.id()))
                .singleElement()
                .satisfies(order -> assertThat(order.items().get(0).qty()).isEqualByComparingTo("3"));
        assertThat(bot.sweep.sweep()).isEmpty();
        assertThat(bot.orders.allHistory()).extracting(OrderChange::action).containsExactly("created", "changed");
    }

    @Test
    void aReceiverFirstWorksThroughTheChatsEarlierWaitingMessages() throws Exception {
        CountDownLatch release = holdLock("chat:sandbox/g1");
        PipelineResult first = bot.send("g1", "m1", "u1", "李四", HEADER + "1. 李四 1");
        release.countDown();
        awaitFree("chat:sandbox/g1");

        PipelineResult second = bot.send("g1", "m2", "u1", "李四", HEADER + "1. 李四 2");

        assertThat(second.state()).isEqualTo(InboxState.DONE);
        assertThat(bot.inbox.findById(first.inboxId()).orElseThrow().state()).isEqualTo(InboxState.DONE);
        assertThat(bot.orders.allHistory())
                .extracting(OrderChange::inboxId)
                .containsExactly(first.inboxId(), second.inboxId());
        assertThat(bot.activeOrders(deal.id()).get(0).items().get(0).qty()).isEqualByComparingTo("2");
    }

    @Test
    void stopsAtAMessageWhoseDealStaysBusyAndKeepsTheChatsLaterMessagesBehindIt() throws Exception {
        CountDownLatch release = holdLock("deal:" + deal.id());
        PipelineResult first = bot.send("g1", "m1", "u1", "李四", HEADER + "1. 李四 1");
        PipelineResult chatter = bot.send("g1", "m2", "u2", "王五", "明天几点到？");

        assertThat(first.state()).isEqualTo(InboxState.RECEIVED);
        assertThat(chatter.state()).as("waits behind the first").isEqualTo(InboxState.RECEIVED);
        assertThat(bot.sweep.sweep()).extracting(PipelineResult::state).containsExactly(InboxState.RECEIVED);
        release.countDown();

        assertThat(sweepUntilSomethingIsDone())
                .extracting(PipelineResult::inboxId)
                .containsExactly(first.inboxId(), chatter.inboxId());
    }

    @Test
    void leavesAMessageYoungerThanTheGraceToTheWorkerThatReceivedIt() throws Exception {
        InboxSweep patient =
                new InboxSweep(bot.pipeline, bot.inbox, bot.clock, Duration.ofMinutes(2), InboxSweep.Batch.DEFAULT);
        CountDownLatch release = holdLock("chat:sandbox/g1");
        bot.send("g1", "m1", "u1", "李四", HEADER + "1. 李四 1");
        release.countDown();
        awaitFree("chat:sandbox/g1");

        assertThat(patient.sweep()).isEmpty();
        bot.clock.advance(Duration.ofMinutes(1));
        assertThat(patient.sweep()).extracting(PipelineResult::state).containsExactly(InboxState.DONE);
    }

    @Test
    void twoInstancesReceivingAndSweepingTheSameChatApplyEverySendersLinesInOrderAndOnce() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        TestBot bot = new TestBot(slowly(new SimpleChainReader()), Duration.ofMillis(2));
        ChatGroup group = bot.group("g1", "L1", "王团长");
        Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
        List<MessagePipeline> instances = List.of(bot.pipeline, bot.anotherInstance());
        AtomicInteger waited = new AtomicInteger();
        int senders = 6;
        int linesEach = 8;
        AtomicBoolean sending = new AtomicBoolean(true);
        List<Future<?>> sweepers = new ArrayList<>();
        for (MessagePipeline instance : instances) {
            InboxSweep sweep = bot.sweepOf(instance);
            sweepers.add(threads.submit(() -> {
                while (sending.get() || hasWaiting(bot)) {
                    sweep.sweep();
                    Thread.sleep(1);
                }
                return null;
            }));
        }
        List<Future<?>> posting = new ArrayList<>();
        for (int s = 1; s <= senders; s++) {
            String name = "邻居" + s;
            MessagePipeline via = instances.get(random.nextInt(2));
            posting.add(threads.submit(() -> {
                for (int qty = 1; qty <= linesEach; qty++) {
                    PipelineResult result = via.receive(
                            bot.message("g1", name + "-m" + qty, "u-" + name, name, HEADER + "1. " + name + " " + qty));
                    if (result.state() == InboxState.RECEIVED) {
                        waited.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> post : posting) {
            post.get(30, TimeUnit.SECONDS);
        }
        sending.set(false);
        for (Future<?> sweeper : sweepers) {
            sweeper.get(30, TimeUnit.SECONDS);
        }

        assertThat(waited).as("messages left waiting for another worker").hasPositiveValue();
        assertThat(bot.inbox.all())
                .as("seed %d", seed)
                .extracting(Inbox.StoredMessage::state)
                .containsOnly(InboxState.DONE);
        assertThat(bot.activeOrders(deal.id()))
                .as("every sender's last line counts, seed %d", seed)
                .hasSize(senders)
                .allSatisfy(order -> assertThat(order.items().get(0).qty()).isEqualByComparingTo("" + linesEach));
        assertThat(bot.orders.allHistory())
                .as("each line applied once, seed %d", seed)
                .hasSize(senders * linesEach);
        for (Order order : bot.activeOrders(deal.id())) {
            assertThat(bot.orders.history(order.id()))
                    .as("%s's lines in the order they were sent, seed %d", order.name(), seed)
                    .extracting(OrderChange::after)
                    .containsExactly(java.util.stream.IntStream.rangeClosed(1, linesEach)
                            .mapToObj(qty -> "A×" + qty + " active")
                            .toArray(String[]::new));
        }
    }

    /** A reader that takes a few milliseconds per message, so that senders queue for the chat. */
    private static ChainReader slowly(ChainReader reader) {
        return (text, catalog) -> {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reader.read(text, catalog);
        };
    }

    private static boolean hasWaiting(TestBot bot) {
        return bot.inbox.all().stream().anyMatch(e -> e.state() == InboxState.RECEIVED);
    }

    private List<PipelineResult> sweepUntilSomethingIsDone() throws InterruptedException {
        for (int round = 0; round < 500; round++) {
            List<PipelineResult> swept = bot.sweep.sweep();
            if (!swept.isEmpty() && swept.get(0).state() != InboxState.RECEIVED) {
                return swept;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("nothing was swept");
    }

    private void awaitFree(String key) {
        bot.locks.withLock(key, Duration.ofSeconds(5), () -> {});
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
