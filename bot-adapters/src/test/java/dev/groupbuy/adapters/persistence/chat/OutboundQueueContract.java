package dev.groupbuy.adapters.persistence.chat;

import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.outbound.Delivery;
import dev.groupbuy.core.outbound.DeliveryStatus;
import dev.groupbuy.core.outbound.OutboundQueue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The outbox as the dispatcher's queue, on a real store; run on H2 and MariaDB by the subclasses. Each test
 * uses a platform of its own, so rows other tests leave in a shared database do not count.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class OutboundQueueContract {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboundQueue queue;

    private final String platform = unique("t").substring(0, 12);

    private long say(String chatId, String text) {
        return outbox.enqueue(new OutboundMessage(platform, chatId, text, List.of("wx-mei"), null));
    }

    @Test
    void offersTheOldestUnfinishedMessageOfEachChatOldestChatFirst() {
        long a1 = say("a", "a1");
        long b1 = say("b", "b1");
        say("a", "a2");
        queue.claim(a1, DeliveryStatus.PENDING);

        List<Delivery> heads = queue.heads(List.of(platform), Instant.now(), 10);

        assertThat(heads).extracting(Delivery::id).containsExactly(a1, b1);
        assertThat(heads.get(0).status())
                .as("a message cut off while sending is still its chat's head")
                .isEqualTo(DeliveryStatus.SENDING);
        assertThat(heads.get(1).message()).isEqualTo(new OutboundMessage(platform, "b", "b1", List.of("wx-mei"), null));
        assertThat(heads.get(1).idempotencyKey())
                .isNotBlank()
                .isNotEqualTo(heads.get(0).idempotencyKey());
        assertThat(queue.heads(List.of("elsewhere"), Instant.now(), 10)).isEmpty();
    }

    @Test
    void aChatWaitingForARetryIsNotOfferedUntilItsTime() {
        long id = say("a", "hello");
        Instant later = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        queue.claim(id, DeliveryStatus.PENDING);
        queue.retryAt(id, later, "HTTP 502");

        assertThat(queue.heads(List.of(platform), Instant.now(), 10)).isEmpty();
        Delivery waiting = queue.heads(List.of(platform), later, 10).get(0);
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.failures()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(later);
        assertThat(waiting.error()).isEqualTo("HTTP 502");
    }

    @Test
    void ofRacingClaimsExactlyOneWins() throws Exception {
        long id = say("a", "hello");

        List<Boolean> won = Concurrently.run(8, () -> queue.claim(id, DeliveryStatus.PENDING));

        assertThat(won).containsOnlyOnce(true);
    }

    @Test
    void recordsPartsTheOutcomeAndItsReason() {
        long sent = say("a", "long");
        long failed = say("b", "refused");
        long skipped = say("c", "old");
        queue.claim(sent, DeliveryStatus.PENDING);
        queue.partSent(sent, 1);
        queue.claim(sent, DeliveryStatus.PENDING);
        queue.sent(sent);
        queue.failed(failed, "refused: errcode 93000");
        queue.skipped(skipped, "not sent: too late");

        List<Delivery> mine = queue.recent(platform, null, Set.of(), 10);

        assertThat(mine).extracting(Delivery::id).containsExactly(skipped, failed, sent);
        assertThat(mine)
                .extracting(Delivery::status)
                .containsExactly(DeliveryStatus.SKIPPED, DeliveryStatus.FAILED, DeliveryStatus.SENT);
        assertThat(mine.get(2).partsSent()).isEqualTo(1);
        assertThat(mine.get(2).sentAt()).isNotNull();
        assertThat(mine.get(1).error()).isEqualTo("refused: errcode 93000");
        assertThat(queue.recent(platform, "b", Set.of(DeliveryStatus.FAILED, DeliveryStatus.SKIPPED), 10))
                .extracting(Delivery::id)
                .containsExactly(failed);
        assertThat(queue.head(platform, "a")).isEmpty();
        assertThat(queue.claim(sent, DeliveryStatus.PENDING))
                .as("a sent message is never claimed again")
                .isFalse();
    }
}
