package dev.groupbuy.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.testing.TestBot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A command's values from the chat are bounded like a 接龙's: refused or cut, never a failed write. */
class CommandsWithinStoreLimitsTests {

    private final TestBot bot = new TestBot(new ChainParser()::parse);
    private final ChatGroup group = bot.group("g1", "L1", "王团长");

    private PipelineResult leader(String msgId, String text) {
        return bot.send("g1", msgId, "L1", "王团长", text);
    }

    @Test
    void addingAnOrderForANameLongerThanAnOrderTakesIsRefusedWithAnAnswer() {
        Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));

        PipelineResult result = leader("m1", "#补单 " + "王".repeat(300) + " 2");

        assertThat(result.state()).isEqualTo(InboxState.DONE);
        assertThat(result.replies()).isNotEmpty();
        assertThat(bot.orders.findByDeal(deal.id())).isEmpty();
    }

    @Test
    void aDealPostWithAProductNameLongerThanTheCatalogTakesOpensNothing() {
        PipelineResult result = leader("m1", "#开团 秘鲁蓝莓\nA. " + "蓝".repeat(300) + " 39元/盒\n明天下午3点东门自提");

        assertThat(result.state()).isEqualTo(InboxState.DONE);
        assertThat(result.replies()).isNotEmpty();
        assertThat(bot.deals.find(group.id(), DealStatus.OPEN)).isEmpty();
    }

    @Test
    void aTitleOrPickupLongerThanTheStoreKeepsIsCut() {
        PipelineResult result = leader("m1", "#开团 " + "莓".repeat(300) + "\nA. 秘鲁蓝莓 39元/盒\n明天下午3点东门自提");

        assertThat(result.state()).isEqualTo(InboxState.DONE);
        Deal opened = bot.deals.find(group.id(), DealStatus.OPEN).get(0);
        assertThat(opened.title()).hasSizeLessThanOrEqualTo(Deal.MAX_TITLE_LENGTH);
    }
}
