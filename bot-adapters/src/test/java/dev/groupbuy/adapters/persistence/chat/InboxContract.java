package dev.groupbuy.adapters.persistence.chat;

import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.chat.ChatKey;
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
    void keepsWhereA1to1CommandIsAnswered() {
        InboundMessage message = new InboundMessage(
                "wecom",
                unique("chat"),
                "L1",
                "王团长",
                unique("direct/wecom/"),
                "#汇总",
                List.of(),
                Instant.parse("2026-11-24T08:00:00Z"),
                List.of(),
                new ChatAddress("wecom", "user:L1"));

        long id = inbox.storeIfNew(message).orElseThrow();

        assertThat(inbox.findById(id).orElseThrow().message()).isEqualTo(message);
        assertThat(inbox.findById(id).orElseThrow().message().answerAddress())
                .isEqualTo(new ChatAddress("wecom", "user:L1"));
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
    void storesAMessageWithEveryFieldAtTheLimitsTheCoreSets() {
        String messageId = unique("msg");
        InboundMessage message = new InboundMessage(
                "p".repeat(InboundMessage.MAX_PLATFORM_LENGTH),
                "c".repeat(InboundMessage.MAX_CHAT_ID_LENGTH - 2) + "🍓",
                "s".repeat(InboundMessage.MAX_USER_ID_LENGTH),
                "小美🍓".repeat(100),
                messageId + "x".repeat(InboundMessage.MAX_MESSAGE_ID_LENGTH - messageId.length()),
                "接龙".repeat(InboundMessage.MAX_TEXT_LENGTH / 2),
                java.util.stream.IntStream.range(0, 100)
                        .mapToObj(i -> "wx-" + "u".repeat(40) + i)
                        .toList(),
                Instant.parse("2026-11-24T08:00:00Z"),
                List.of());

        long id = inbox.storeIfNew(message).orElseThrow();
        inbox.markState(id, InboxState.FAILED, "x".repeat(5_000));

        StoredMessage stored = inbox.findById(id).orElseThrow();
        assertThat(stored.message()).isEqualTo(message);
        assertThat(stored.message().senderName())
                .hasSizeBetween(InboundMessage.MAX_SENDER_NAME_LENGTH - 1, InboundMessage.MAX_SENDER_NAME_LENGTH);
        assertThat(stored.state()).isEqualTo(InboxState.FAILED);
    }

    @Test
    void offersEachChatsUnfinishedEntriesOldestFirst() {
        ChatKey chat = new ChatKey("sandbox", unique("chat"));
        long received = store(chat);
        long processing = store(chat);
        long done = store(chat);
        long ignored = store(chat);
        long failed = store(chat);
        long later = store(chat);
        long elsewhere = store(new ChatKey("sandbox", unique("chat")));
        inbox.markState(processing, InboxState.PROCESSING, null);
        inbox.markState(done, InboxState.DONE, "2 orders");
        inbox.markState(ignored, InboxState.IGNORED, "not a chain");
        inbox.markState(failed, InboxState.FAILED, "x".repeat(5_000));

        assertThat(inbox.unfinishedIds(chat, Long.MAX_VALUE, 100)).containsExactly(received, processing, later);
        assertThat(inbox.unfinishedIds(chat, processing, 100)).containsExactly(received, processing);
        assertThat(inbox.unfinishedIds(chat, Long.MAX_VALUE, 1)).containsExactly(received);
        assertThat(inbox.unfinishedIds(chat, Long.MAX_VALUE, 100)).doesNotContain(elsewhere);
        assertThat(inbox.findById(failed).orElseThrow().state()).isEqualTo(InboxState.FAILED);
        String detail = jdbc.queryForObject("SELECT detail FROM inbox WHERE id = ?", String.class, failed);
        assertThat(detail).hasSize(1_000);
    }

    @Test
    void finishesAnEntryOnlyOnce() {
        long id = store(new ChatKey("sandbox", unique("chat")));

        assertThat(inbox.markState(id, InboxState.PROCESSING, null)).isTrue();
        assertThat(inbox.markState(id, InboxState.DONE, "2 orders")).isTrue();
        assertThat(inbox.markState(id, InboxState.FAILED, "too late")).isFalse();

        assertThat(inbox.findById(id).orElseThrow().state()).isEqualTo(InboxState.DONE);
        assertThat(jdbc.queryForObject("SELECT detail FROM inbox WHERE id = ?", String.class, id))
                .isEqualTo("2 orders");
    }

    @Test
    void namesTheChatsWithEntriesWaitingSinceAGivenTimeTheLongestWaitingFirst() {
        Instant before = Instant.now().minusSeconds(60);
        ChatKey first = new ChatKey("sandbox", unique("chat"));
        ChatKey second = new ChatKey("wecom", unique("chat"));
        ChatKey finished = new ChatKey("sandbox", unique("chat"));
        store(first);
        store(second);
        store(first);
        inbox.markState(store(finished), InboxState.DONE, null);
        Instant after = Instant.now().plusSeconds(60);

        assertThat(inbox.waitingChats(after, 100_000))
                .filteredOn(chat -> List.of(first, second, finished).contains(chat))
                .containsExactly(first, second);
        assertThat(inbox.waitingChats(before, 100_000)).doesNotContain(first, second);
    }

    private long store(ChatKey chat) {
        return inbox.storeIfNew(new InboundMessage(
                        chat.platform(),
                        chat.chatId(),
                        "u1",
                        "小美",
                        unique("msg"),
                        "hello",
                        List.of(),
                        Instant.now(),
                        List.of()))
                .orElseThrow();
    }

    private static InboundMessage aMessage(String messageId, String text) {
        return new InboundMessage(
                "sandbox", "chat-1", "u1", "小美", messageId, text, List.of(), Instant.now(), List.of());
    }
}
