package dev.groupbuy.adapters.persistence.chat;

import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.chat.Outbox.Pending;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What every store must do for the outbox; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class OutboxContract {

    @Autowired
    Outbox outbox;

    @Test
    void offersQueuedMessagesOldestFirstUntilTheyAreSent() {
        OutboundMessage first =
                new OutboundMessage("wecom", unique("chat"), "@小美🍓 已记录：草莓2盒", List.of("wx-mei"), "msg-9");
        OutboundMessage second = new OutboundMessage("sandbox", unique("chat"), "已截单", List.of(), null);
        long firstId = outbox.enqueue(first);
        long secondId = outbox.enqueue(second);

        assertThat(mine(firstId, secondId))
                .containsExactly(new Pending(firstId, first, 0), new Pending(secondId, second, 0));

        outbox.markSent(firstId);

        assertThat(mine(firstId, secondId)).extracting(Pending::id).containsExactly(secondId);
    }

    @Test
    void retriesAFailedMessageUntilItHasFailedFiveTimes() {
        long id = outbox.enqueue(new OutboundMessage("wecom", unique("chat"), "提醒：明天取货", List.of(), null));

        for (int attempt = 1; attempt <= 4; attempt++) {
            outbox.markFailed(id, "errcode 45009: api freq out of limit");
            assertThat(pending(id)).map(Pending::attempts).contains(attempt);
        }
        outbox.markFailed(id, "errcode 45009: api freq out of limit");

        assertThat(pending(id)).isEmpty();
    }

    @Test
    void storesTheLongestTextAndMentionsAReplyMayCarry() {
        List<String> mentions = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> "wx-" + "u".repeat(40) + i)
                .toList();
        OutboundMessage longest = new OutboundMessage(
                "p".repeat(InboundMessage.MAX_PLATFORM_LENGTH),
                "c".repeat(InboundMessage.MAX_CHAT_ID_LENGTH),
                "名单".repeat(InboundMessage.MAX_TEXT_LENGTH),
                mentions,
                "m".repeat(InboundMessage.MAX_MESSAGE_ID_LENGTH));

        long id = outbox.enqueue(longest);
        outbox.markFailed(id, "x".repeat(5_000));

        Pending pending = pending(id).orElseThrow();
        assertThat(pending.message()).isEqualTo(longest);
        assertThat(pending.message().text()).hasSize(InboundMessage.MAX_TEXT_LENGTH);
        assertThat(String.join("\n", pending.message().mentions()))
                .hasSizeLessThanOrEqualTo(InboundMessage.MAX_MENTIONS_LENGTH);
    }

    @Test
    void queuesAMessageUnderTheCallersKeyOnlyOnceWhateverBecameOfTheFirst() {
        String key = unique("arrival:42:7:wechat");
        OutboundMessage notice = new OutboundMessage("wechat-template", unique("openid"), "商品：丹东草莓", List.of(), null);

        java.util.OptionalLong first = outbox.enqueueOnce(notice, key);
        java.util.OptionalLong again = outbox.enqueueOnce(notice, key);
        outbox.markSent(first.orElseThrow());
        java.util.OptionalLong afterSent = outbox.enqueueOnce(notice, key);

        assertThat(again).isEmpty();
        assertThat(afterSent).isEmpty();
        assertThat(outbox.enqueueOnce(notice, key + "-other")).isPresent();
    }

    private Optional<Pending> pending(long id) {
        return mine(id).stream().findFirst();
    }

    private List<Pending> mine(Long... ids) {
        List<Long> wanted = List.of(ids);
        return outbox.pending(100_000).stream()
                .filter(p -> wanted.contains(p.id()))
                .toList();
    }
}
