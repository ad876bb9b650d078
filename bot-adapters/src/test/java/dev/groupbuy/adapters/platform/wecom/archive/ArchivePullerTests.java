package dev.groupbuy.adapters.platform.wecom.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.adapters.platform.Cursors;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.testing.TestBot;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchivePullerTests {

    private final TestBot bot = TestBot.withSimpleReader();
    private final Map<String, Long> positions = new HashMap<>();
    private final Cursors cursors = new Cursors() {
        @Override
        public long position(String name) {
            return positions.getOrDefault(name, 0L);
        }

        @Override
        public void save(String name, long position) {
            positions.put(name, position);
        }
    };
    private final MessageIntake intake = new MessageIntake(bot.inbox, bot.pipeline, task -> {});

    @Test
    void storesTheGroupsTextAnd接龙MessagesAndSkipsTheRest() {
        FixtureArchive archive = FixtureArchive.of("/wecom/archive/messages.tsv");

        ArchivePuller.Pulled pulled = new ArchivePuller(archive, intake, cursors, bot.locks, 1000, 10).pull();

        assertThat(pulled).isEqualTo(new ArchivePuller.Pulled(5, 2, 105));
        List<InboundMessage> stored = bot.inbox.all().stream()
                .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                .toList()
                .stream()
                .map(s -> s.message())
                .toList();
        assertThat(stored).hasSize(2);
        InboundMessage text = stored.get(0);
        assertThat(text.platform()).isEqualTo("wecom");
        assertThat(text.chatId()).isEqualTo("wrRoom1");
        assertThat(text.senderId()).isEqualTo("zhangsan");
        assertThat(text.messageId()).isEqualTo("CAQQluDa4QUY0On2rYSAgAMgzPrShAE=");
        assertThat(text.sentAt()).isEqualTo(Instant.parse("2025-11-25T06:00:00Z"));
        assertThat(text.text()).isEqualTo("#接龙 丹东草莓 25元/盒\n1. 王姐 草莓2盒");
        InboundMessage chain = stored.get(1);
        assertThat(chain.text()).isEqualTo("#接龙 丹东草莓 25元/盒\n1. 王姐 草莓2盒\n2. 李四 草莓1盒");
        assertThat(chain.chainOwners())
                .containsExactly(
                        new ChainOwner(1, "wmCustomer1", "王姐 草莓2盒"), new ChainOwner(2, "wmCustomer2", "李四 草莓1盒"));
    }

    @Test
    void readsInBatchesFromTheLastSavedSeqAndStoresNothingTwice() {
        FixtureArchive archive = FixtureArchive.of("/wecom/archive/messages.tsv");
        ArchivePuller puller = new ArchivePuller(archive, intake, cursors, bot.locks, 2, 10);

        puller.pull();
        archive.add(106, text("CAQQ-later", "1. 张三 草莓1盒"));
        ArchivePuller.Pulled later = puller.pull();

        assertThat(archive.pulledFrom).containsExactly(0L, 102L, 104L, 105L);
        assertThat(later).isEqualTo(new ArchivePuller.Pulled(1, 1, 106));
        assertThat(bot.inbox.all().stream()
                        .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                        .toList())
                .hasSize(3);
    }

    @Test
    void savesTheSeqOnlyAfterTheWholeBatchIsInTheInbox() {
        FixtureArchive archive = FixtureArchive.of("/wecom/archive/messages.tsv");
        ArchivePuller puller = new ArchivePuller(archive, intake, cursors, bot.locks, 2, 10);
        archive.failures = 0;
        puller.pull();
        long saved = cursors.position(ArchivePuller.CURSOR);
        archive.add(106, text("CAQQ-a", "a"));
        archive.add(107, text("CAQQ-b", "b"));
        archive.failures = 1;

        assertThatThrownBy(puller::pull).isInstanceOf(ArchiveSource.ArchiveUnavailableException.class);
        assertThat(cursors.position(ArchivePuller.CURSOR)).isEqualTo(saved);
        ArchivePuller.Pulled retried = puller.pull();

        assertThat(retried.stored()).isEqualTo(2);
        assertThat(cursors.position(ArchivePuller.CURSOR)).isEqualTo(107);
    }

    @Test
    void aBatchStoredButNotSavedIsPulledAgainWithoutDuplicates() {
        FixtureArchive archive = FixtureArchive.of("/wecom/archive/messages.tsv");
        Cursors forgetful = new Cursors() {
            @Override
            public long position(String name) {
                return 0;
            }

            @Override
            public void save(String name, long position) {}
        };
        ArchivePuller puller = new ArchivePuller(archive, intake, forgetful, bot.locks, 1000, 10);

        puller.pull();
        ArchivePuller.Pulled again = puller.pull();

        assertThat(again.read()).isEqualTo(5);
        assertThat(again.stored()).as("the inbox knows them all").isZero();
        assertThat(bot.inbox.all().stream()
                        .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                        .toList())
                .hasSize(2);
    }

    @Test
    void anUndecryptableOrMalformedMessageIsPassedOver() {
        FixtureArchive archive = new FixtureArchive();
        archive.add(1, null);
        archive.add(2, "{not json");
        archive.add(3, "[]");
        archive.add(4, text("CAQQ-ok", "1. 王姐 2盒"));

        ArchivePuller.Pulled pulled = new ArchivePuller(archive, intake, cursors, bot.locks, 1000, 10).pull();

        assertThat(pulled).isEqualTo(new ArchivePuller.Pulled(4, 1, 4));
    }

    static String text(String msgId, String content) {
        return "{\"msgid\":\"" + msgId
                + "\",\"action\":\"send\",\"from\":\"wmCustomer3\",\"tolist\":[],\"roomid\":\"wrRoom1\","
                + "\"msgtime\":1764050600000,\"msgtype\":\"text\",\"text\":{\"content\":\"" + content + "\"}}";
    }
}
