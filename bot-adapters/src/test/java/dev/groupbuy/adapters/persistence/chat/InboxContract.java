package dev.groupbuy.adapters.persistence.chat;

import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.Inbox.StoredMessage;
import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.retention.ChatTexts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every store must do for the inbox; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class InboxContract {

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatTexts chatTexts;

    @Test
    void storesAMessageOnceEvenWhenManyThreadsDeliverItAtTheSameTime() throws Exception {
        InboundMessage message = aMessage(unique("msg"), "1. 小美🍓 草莓2");

        List<Optional<Long>> results = Concurrently.run(16, () -> inbox.storeIfNew(message));

        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        Integer rows = jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox WHERE platform = ? AND platform_msg_id = ?",
                Integer.class,
                message.platform(),
                message.messageId());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void blanksTheChatTextOfFinishedMessagesPastTheRetentionAndKeepsWhatWaitsForRecovery() {
        long done =
                inbox.storeIfNew(aMessage(unique("msg"), "1. 小美🍓 草莓2 5栋302")).orElseThrow();
        long waiting = inbox.storeIfNew(aMessage(unique("msg"), "2. 王姐 橙子1")).orElseThrow();
        inbox.markState(done, InboxState.DONE, "chain: 1 order");
        Instant later = Instant.now().plusSeconds(5);

        int blanked = 0;
        for (int batch; (batch = chatTexts.blankReceivedBefore(later, 1000)) > 0; ) {
            blanked += batch;
        }

        assertThat(blanked).isGreaterThanOrEqualTo(1);
        StoredMessage kept = inbox.findById(done).orElseThrow();
        assertThat(kept.message().text()).isEmpty();
        assertThat(kept.message().senderName()).isEmpty();
        assertThat(kept.state()).isEqualTo(InboxState.DONE);
        assertThat(inbox.findById(waiting).orElseThrow().message().text()).isEqualTo("2. 王姐 橙子1");
        assertThat(chatTexts.blankReceivedBefore(Instant.now().minusSeconds(3600), 1000))
                .isZero();
    }

    @Test
    void tellsARedeliveryApartFromTheSameIdOnAnotherPlatform() {
        String messageId = unique("msg");
        InboundMessage message = aMessage(messageId, "#截单");

        assertThat(inbox.storeIfNew(message)).isPresent();
        assertThat(inbox.storeIfNew(message)).isEmpty();
        InboundMessage elsewhere =
                new InboundMessage("wecom", "chat", "u1", "甲", messageId, "#截单", List.of(), Instant.now(), List.of());
        assertThat(inbox.storeIfNew(elsewhere)).isPresent();
    }

    @Test
    void tellsApartMessageIdsThatDifferOnlyInCase() {
        String messageId = unique("CAQQ");

        assertThat(inbox.storeIfNew(aMessage(messageId.toUpperCase(), "a"))).isPresent();
        assertThat(inbox.storeIfNew(aMessage(messageId.toLowerCase(), "b"))).isPresent();
    }

    @Test
    void keepsEverythingTheMessageSaidExactly() {
        String longText = "接龙\n" + "1. 小美🍓 草莓2 橙子3\n".repeat(5_000);
        InboundMessage message = new InboundMessage(
                "wecom",
                unique("chat"),
                "wx-mei",
                "小美🍓",
                unique("msg"),
                longText,
                List.of("wx-leader", "wx-help"),
                Instant.parse("2026-11-24T08:00:00.123456Z"),
                List.of(new ChainOwner(1, "wx-mei", "小美🍓\t草莓2\\n"), new ChainOwner(2, "wx-li", "李四 橙子3\n备注")));

        long id = inbox.storeIfNew(message).orElseThrow();

        StoredMessage stored = inbox.findById(id).orElseThrow();
        assertThat(stored.message()).isEqualTo(message);
        assertThat(stored.state()).isEqualTo(InboxState.RECEIVED);
        assertThat(stored.id()).isEqualTo(id);
    }

    @Test
    void offersUnfinishedMessagesOldestFirstForRecovery() {
        long received = store();
        long processing = store();
        long done = store();
        long ignored = store();
        long failed = store();
        inbox.markState(processing, InboxState.PROCESSING, null);
        inbox.markState(done, InboxState.DONE, "2 orders");
        inbox.markState(ignored, InboxState.IGNORED, "not a chain");
        inbox.markState(failed, InboxState.FAILED, "x".repeat(5_000));

        List<StoredMessage> unfinished = inbox.unfinished(100_000);

        List<Long> mine = List.of(received, processing, done, ignored, failed);
        assertThat(unfinished)
                .extracting(StoredMessage::id)
                .filteredOn(mine::contains)
                .containsExactly(received, processing);
        assertThat(unfinished).extracting(StoredMessage::id).isSorted();
        assertThat(inbox.findById(failed).orElseThrow().state()).isEqualTo(InboxState.FAILED);
        assertThat(inbox.unfinished(1)).hasSize(1);
        String detail = jdbc.queryForObject("SELECT detail FROM inbox WHERE id = ?", String.class, done);
        assertThat(detail).isEqualTo("2 orders");
    }

    private long store() {
        return inbox.storeIfNew(aMessage(unique("msg"), "hello")).orElseThrow();
    }

    private static InboundMessage aMessage(String messageId, String text) {
        return new InboundMessage(
                "sandbox", "chat-1", "u1", "小美", messageId, text, List.of(), Instant.now(), List.of());
    }
}
