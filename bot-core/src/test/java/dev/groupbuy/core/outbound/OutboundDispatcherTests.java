package dev.groupbuy.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.testing.InMemoryLocks;
import dev.groupbuy.core.testing.InMemoryOutboundQueue;
import dev.groupbuy.core.testing.InMemoryRateLimiter;
import dev.groupbuy.core.testing.MutableClock;
import dev.groupbuy.core.testing.RecordingSender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundDispatcherTests {

    private final MutableClock clock = MutableClock.at("2026-12-01T00:00:00Z");
    private final InMemoryOutboundQueue queue = new InMemoryOutboundQueue(clock);
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
    private final InMemoryLocks locks = new InMemoryLocks();
    private RecordingSender sender = new RecordingSender("sandbox", 2048, true, clock);

    private OutboundDispatcher dispatcher(ChannelLimit limit) {
        return new OutboundDispatcher(
                queue,
                new Senders(List.of(sender)),
                limiter,
                locks,
                clock,
                OutboundSettings.defaults(Map.of("sandbox", limit)));
    }

    private long say(String chatId, String text) {
        return queue.enqueue(new OutboundMessage("sandbox", chatId, text, List.of(), null));
    }

    @Test
    void sendsEveryChatsMessagesInTheOrderTheyWereQueuedAndMarksThemSent() {
        long a1 = say("a", "a1");
        say("b", "b1");
        long a2 = say("a", "a2");
        OutboundDispatcher dispatcher = dispatcher(ChannelLimit.NONE);

        OutboundDispatcher.Pass first = dispatcher.dispatchOnce();
        dispatcher.dispatchOnce();

        assertThat(first.sent()).as("one part per chat and pass").isEqualTo(2);
        assertThat(sender.texts()).containsExactly("a1", "b1", "a2");
        assertThat(queue.get(a1).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(queue.get(a2).sentAt()).isEqualTo(clock.instant());
        assertThat(sender.calls()).extracting(c -> c.part().idempotencyKey()).doesNotHaveDuplicates();
    }

    @Test
    void neverSendsMoreThanTheChannelLimitInAnyMinuteAndKeepsGoingAsPermitsFree() {
        for (int i = 0; i < 70; i++) {
            say("g" + i, "早上好 " + i);
        }
        OutboundDispatcher dispatcher = dispatcher(new ChannelLimit(20, 0));

        dispatcher.dispatchOnce();
        assertThat(queue.all())
                .as("a message the limit held back is pending again, not left sending")
                .extracting(Delivery::status)
                .containsOnly(DeliveryStatus.SENT, DeliveryStatus.PENDING)
                .filteredOn(status -> status == DeliveryStatus.SENT)
                .hasSize(20);
        Duration elapsed = drain(dispatcher);

        List<Instant> at = sender.calls().stream().map(RecordingSender.Call::at).toList();
        assertThat(at).hasSize(70);
        for (int i = 20; i < at.size(); i++) {
            assertThat(Duration.between(at.get(i - 20), at.get(i)))
                    .as("the 21st message after any message comes a minute (and 1%) later")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(60_600));
        }
        assertThat(elapsed)
                .as("70 messages at 20 a minute: three more windows after the first burst")
                .isLessThan(Duration.ofSeconds(3 * 61));
    }

    @Test
    void aChatLimitHoldsBackOneBusyChatWithoutHoldingBackTheOthers() {
        for (int i = 0; i < 5; i++) {
            say("busy", "busy " + i);
        }
        say("quiet", "quiet");
        OutboundDispatcher dispatcher = dispatcher(new ChannelLimit(0, 2));

        dispatcher.dispatchOnce();
        dispatcher.dispatchOnce();
        dispatcher.dispatchOnce();

        assertThat(sender.texts()).containsExactly("busy 0", "quiet", "busy 1");
    }

    @Test
    void retriesATransientFailureLaterAndKeepsTheChatsLaterMessagesBehindIt() {
        long first = say("a", "first");
        say("a", "second");
        sender.answerNext(SendResult.retry("HTTP 502"));
        OutboundDispatcher dispatcher = dispatcher(ChannelLimit.NONE);

        dispatcher.dispatchOnce();
        dispatcher.dispatchOnce();

        assertThat(sender.texts()).containsExactly("first");
        assertThat(queue.get(first).error()).isEqualTo("HTTP 502");
        assertThat(queue.get(first).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10));

        clock.advance(Duration.ofSeconds(10));
        dispatcher.dispatchOnce();
        dispatcher.dispatchOnce();

        assertThat(sender.texts()).containsExactly("first", "first", "second");
        assertThat(queue.get(first).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(queue.get(first).failures()).isEqualTo(1);
    }

    @Test
    void givesUpAfterFiveTransientFailuresWithTheReason() {
        long id = say("a", "hello");
        for (int i = 0; i < 5; i++) {
            sender.answerNext(SendResult.retry("errcode 45009: api freq out of limit"));
        }
        OutboundDispatcher dispatcher = dispatcher(ChannelLimit.NONE);

        drain(dispatcher);

        assertThat(sender.calls()).hasSize(5);
        assertThat(queue.get(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(queue.get(id).error()).isEqualTo("gave up after 5 attempts: errcode 45009: api freq out of limit");
    }

    @Test
    void aRefusalIsNotRetriedAndTheChatGoesOn() {
        long refused = say("a", "to a chat the bot left");
        say("a", "next");
        sender.answerNext(SendResult.refused("errcode 93000: invalid webhook url"));
        OutboundDispatcher dispatcher = dispatcher(ChannelLimit.NONE);

        drain(dispatcher);

        assertThat(sender.texts()).containsExactly("to a chat the bot left", "next");
        assertThat(queue.get(refused).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(queue.get(refused).error()).isEqualTo("refused: errcode 93000: invalid webhook url");
    }

    @Test
    void anExceptionFromASenderCountsAsATransientFailureNamedByItsClassOnly() {
        long id = say("a", "hello");
        sender.throwing(new IllegalStateException("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET"));

        dispatcher(ChannelLimit.NONE).dispatchOnce();

        assertThat(queue.get(id).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(queue.get(id).error()).isEqualTo("IllegalStateException").doesNotContain("SECRET");
    }

    @Test
    void cutsALongMessageAtThePlatformsLimitAndSendsThePartsInOrderMentioningOnce() {
        String text = "第一行 " + "草".repeat(20) + "\n第二行 " + "莓".repeat(20) + "\n第三行";
        queue.enqueue(new OutboundMessage("sandbox", "a", text, List.of("wx-mei"), null));
        sender = new RecordingSender("sandbox", 75, true, clock);

        drain(dispatcher(ChannelLimit.NONE));

        assertThat(sender.calls()).hasSize(3);
        assertThat(String.join("\n", sender.texts())).isEqualTo(text);
        assertThat(sender.calls())
                .allSatisfy(c -> assertThat(c.part().text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(75));
        assertThat(sender.calls())
                .extracting(c -> c.part().mentions())
                .containsExactly(List.of("wx-mei"), List.of(), List.of());
        assertThat(sender.calls())
                .extracting(c -> c.part().idempotencyKey())
                .containsExactly("key-1#0", "key-1#1", "key-1#2");
    }

    @Test
    void aPartCutOffByACrashIsSentAgainWithItsKeyWhereThePlatformDropsRepeats() {
        long id = say("a", "hello");
        queue.cutOffWhileSending(id);

        drain(dispatcher(ChannelLimit.NONE));

        assertThat(sender.calls())
                .singleElement()
                .satisfies(c -> assertThat(c.part().idempotencyKey()).isEqualTo("key-1#0"));
        assertThat(queue.get(id).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aPartCutOffByACrashIsGivenUpWhereThePlatformCannotTellARepeat() {
        sender = new RecordingSender("sandbox", 2048, false, clock);
        long id = say("a", "hello");
        long next = say("a", "next");
        queue.cutOffWhileSending(id);

        drain(dispatcher(ChannelLimit.NONE));

        assertThat(sender.texts()).containsExactly("next");
        assertThat(queue.get(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(queue.get(id).error()).isEqualTo(OutboundDispatcher.INTERRUPTED);
        assertThat(queue.get(next).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void skipsAMessageThatWaitedLongerThanTheMaximumAgeInsteadOfSendingItLate() {
        long old = say("a", "昨晚的提醒");
        clock.advance(Duration.ofHours(7));
        long fresh = say("a", "now");

        drain(dispatcher(ChannelLimit.NONE));

        assertThat(sender.texts()).containsExactly("now");
        assertThat(queue.get(old).status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(queue.get(old).error()).contains("waited longer than PT6H");
        assertThat(queue.get(fresh).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void leavesMessagesForAPlatformWithoutASenderWaiting() {
        long wecom = queue.enqueue(new OutboundMessage("wecom", "w", "你好", List.of(), null));

        drain(dispatcher(ChannelLimit.NONE));

        assertThat(queue.get(wecom).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void twoInstancesSharingTheQueueLimitsAndLocksSendEveryPartOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            say("g" + (i % 40), "m" + i);
        }
        OutboundDispatcher one = dispatcher(ChannelLimit.NONE);
        OutboundDispatcher two = dispatcher(ChannelLimit.NONE);
        List<Thread> threads = new ArrayList<>();
        for (OutboundDispatcher dispatcher : List.of(one, two)) {
            Thread thread = new Thread(() -> {
                for (int pass = 0; pass < 400; pass++) {
                    dispatcher.dispatchOnce();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(sender.calls()).hasSize(200);
        assertThat(sender.calls()).extracting(c -> c.part().idempotencyKey()).doesNotHaveDuplicates();
        for (int chat = 0; chat < 40; chat++) {
            String chatId = "g" + chat;
            List<Integer> order = sender.calls().stream()
                    .filter(c -> c.part().chatId().equals(chatId))
                    .map(c -> Integer.parseInt(c.part().text().substring(1)))
                    .toList();
            assertThat(order).as("chat " + chatId).isSorted();
        }
    }

    /** Passes until nothing is left to send, moving the clock by what each pass says it may rest. */
    private Duration drain(OutboundDispatcher dispatcher) {
        Instant start = clock.instant();
        for (int i = 0; i < 10_000; i++) {
            OutboundDispatcher.Pass pass = dispatcher.dispatchOnce();
            if (queue.all().stream()
                    .allMatch(d ->
                            d.status().isFinished() || d.message().platform().equals("wecom"))) {
                break;
            }
            if (!pass.progressed()) {
                clock.advance(pass.idle());
            }
        }
        return Duration.between(start, clock.instant());
    }
}
