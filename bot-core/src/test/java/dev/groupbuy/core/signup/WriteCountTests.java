package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.testing.TestBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes per message follow what changed, not the length of the chain. */
class WriteCountTests {

    private static String chainOf(int entries) {
        StringBuilder text = new StringBuilder("#接龙 丹东草莓");
        for (int i = 1; i <= entries; i++) {
            text.append('\n').append(i).append(". 居民").append(i).append(' ').append(1 + i % 3);
        }
        return text.toString();
    }

    /** The writes caused by appending one line to a chain that already has {@code entries} lines. */
    private static Map<String, Integer> writesToAppendOneLineTo(int entries) {
        TestBot bot = TestBot.withSimpleReader();
        ChatGroup group = bot.group("g1", "L1", "王团长");
        bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
        bot.send("g1", "m1", "u1", "居民1", chainOf(entries));
        bot.writes.reset();

        bot.send("g1", "m2", "u2", "新邻居", chainOf(entries) + "\n" + (entries + 1) + ". 新邻居 2");

        return bot.writes.snapshot();
    }

    @Test
    void appendingOneLineCostsTheSameWritesForTenOrThreeHundredEntries() {
        Map<String, Integer> small = writesToAppendOneLineTo(10);
        Map<String, Integer> large = writesToAppendOneLineTo(300);

        assertThat(large).isEqualTo(small);
        assertThat(large)
                .containsEntry("inbox.store", 1)
                .containsEntry("orders.insert", 1)
                .containsEntry("orders.history", 1)
                .containsEntry("ledger.record", 1)
                .containsEntry("inbox.markState", 1)
                .containsEntry("deals.version", 1)
                .doesNotContainKey("orders.update");
        assertThat(large.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
    }

    @Test
    void changingOneLineOfALongChainUpdatesOnlyThatOrder() {
        TestBot bot = TestBot.withSimpleReader();
        ChatGroup group = bot.group("g1", "L1", "王团长");
        bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
        bot.send("g1", "m1", "u1", "居民1", chainOf(300));
        bot.writes.reset();

        bot.send("g1", "m2", "u7", "居民7", chainOf(300).replace("\n7. 居民7 2", "\n7. 居民7 5"));

        assertThat(bot.writes.of("orders.update")).isEqualTo(1);
        assertThat(bot.writes.of("orders.insert")).isZero();
        assertThat(bot.writes.total()).isEqualTo(6);
    }

    @Test
    void aStaleRepostOfALongChainWritesOnlyTheInbox() {
        TestBot bot = TestBot.withSimpleReader();
        ChatGroup group = bot.group("g1", "L1", "王团长");
        bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
        bot.send("g1", "m1", "u1", "居民1", chainOf(300));
        bot.writes.reset();

        bot.send("g1", "m2", "u2", "居民2", chainOf(200));

        assertThat(bot.writes.snapshot()).containsOnlyKeys("inbox.store", "inbox.markState");
    }
}
