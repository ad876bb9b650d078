package dev.groupbuy.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentDeliveryTests {

    private final TestBot bot = TestBot.withSimpleReader();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private List<PipelineResult> all(List<Callable<PipelineResult>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PipelineResult>> futures = new ArrayList<>();
        for (Callable<PipelineResult> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<PipelineResult> results = new ArrayList<>();
        for (Future<PipelineResult> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void theSameNewLineArrivingInManyMessagesAtOnceMakesOneOrder() throws Exception {
        bot.ledger.slowReads(Duration.ofMillis(3));
        for (int round = 1; round <= 5; round++) {
            String chatId = "g" + round;
            ChatGroup group = bot.group(chatId, "L1", "王团长");
            Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
            List<Callable<PipelineResult>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String msgId = chatId + "-m" + i;
                tasks.add(() -> bot.pipeline.receive(
                        bot.message(chatId, msgId, "u" + msgId, "邻居", "#接龙 丹东草莓\n1. 李四 2\n2. 王五 1")));
            }

            List<PipelineResult> results = all(tasks);

            assertThat(results).extracting(PipelineResult::state).containsOnly(InboxState.DONE);
            assertThat(bot.orders.findByDeal(deal.id())).extracting(Order::name).containsExactlyInAnyOrder("李四", "王五");
            assertThat(bot.activeOrders(deal.id())).hasSize(2);
        }
        assertThat(bot.orders.allHistory()).hasSize(10);
    }

    @Test
    void theSameMessageDeliveredConcurrentlyIsProcessedOnce() throws Exception {
        ChatGroup group = bot.group("g1", "L1", "王团长");
        bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
        List<Callable<PipelineResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> bot.pipeline.receive(bot.message("g1", "m1", "u1", "李四", "#接龙 丹东草莓\n1. 李四 2")));
        }

        List<PipelineResult> results = all(tasks);

        assertThat(results.stream().filter(r -> !r.isDuplicate())).hasSize(1);
        assertThat(bot.inbox.all()).hasSize(1);
    }

    @Test
    void groupsAreProcessedSideBySideWithTheirOwnDealLocks() throws Exception {
        List<Deal> deals = new ArrayList<>();
        for (int g = 1; g <= 4; g++) {
            ChatGroup group = bot.group("g" + g, "L" + g, "团长" + g);
            deals.add(bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒"))));
        }
        List<Callable<PipelineResult>> tasks = new ArrayList<>();
        for (int g = 1; g <= 4; g++) {
            for (int r = 1; r <= 10; r++) {
                String chatId = "g" + g;
                String line = "\n1. 居民" + r + " " + r;
                String msgId = chatId + "-m" + r;
                tasks.add(() -> bot.pipeline.receive(bot.message(chatId, msgId, "u", "居民", "#接龙 丹东草莓" + line)));
            }
        }

        all(tasks);

        for (Deal deal : deals) {
            assertThat(bot.activeOrders(deal.id())).hasSize(10);
        }
        assertThat(bot.locks.taken())
                .filteredOn(key -> key.startsWith("deal:"))
                .hasSize(40)
                .containsOnly("deal:1", "deal:2", "deal:3", "deal:4");
    }
}
