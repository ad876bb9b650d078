package dev.groupbuy.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.testing.ConversationCase;
import dev.groupbuy.core.testing.TestBot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every conversation case through the whole pipeline with the real parser and in-memory ports.
 * {@code -Dconversations.dir=/path} replays another directory of cases in the same format.
 */
class ConversationCorpusTests {

    @TestFactory
    Stream<DynamicTest> everyConversationEndsWithTheExpectedOrdersAndReplies() throws Exception {
        return ConversationCase.loadAll(directory()).stream()
                .map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.description(), () -> replay(c)));
    }

    private static Path directory() throws URISyntaxException {
        String override = System.getProperty("conversations.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(ConversationCorpusTests.class
                .getResource("/corpus/conversations")
                .toURI());
    }

    private static void replay(ConversationCase c) {
        ChainParser parser = new ChainParser();
        TestBot bot = new TestBot(parser::parse);
        ChatGroup group = bot.group(
                c.chatId(), c.leaders().get(0).userId(), c.leaders().get(0).name());
        c.leaders().forEach(l -> bot.groups.saveMember(new Member(group.id(), l.userId(), l.name(), Role.LEADER)));
        Deal deal = bot.openDeal(group, c.dealTitle(), c.catalog());
        List<List<String>> replies = new ArrayList<>();
        for (ConversationCase.Step step : c.steps()) {
            PipelineResult result = bot.send(c.chatId(), step.msgId(), step.senderId(), step.senderName(), step.text());
            assertThat(result.state())
                    .as("step %s: %s", step.msgId(), result.detail())
                    .isNotEqualTo(InboxState.FAILED);
            replies.add(result.replies().stream().map(OutboundMessage::text).toList());
        }

        assertThat(ConversationCase.describeAll(bot.activeOrders(deal.id())))
                .as("active orders of %s", c.id())
                .isEqualTo(c.expectedOrders());
        for (ConversationCase.ExpectedReply expected : c.expectedReplies()) {
            List<String> said = replies.get(expected.afterStep() - 1);
            assertThat(said)
                    .as("replies after step %d of %s", expected.afterStep(), c.id())
                    .anySatisfy(text -> assertThat(expected.anyContains())
                            .anySatisfy(word -> assertThat(text).contains(word)));
        }
    }
}
