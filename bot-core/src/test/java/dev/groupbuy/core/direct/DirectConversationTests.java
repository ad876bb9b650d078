package dev.groupbuy.core.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.testing.TestBot;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DirectConversationTests {

    private static final ChatAddress LEADER_APP = new ChatAddress("wecom", "user:L1");

    private final TestBot bot = TestBot.withSimpleReader();
    private final MessageIntake intake = new MessageIntake(bot.inbox, bot.pipeline, Runnable::run);
    private final Memberships memberships = (platform, userId) -> bot.groups.findAll().stream()
            .map(g -> bot.groups.member(g.id(), userId).map(m -> new Memberships.Membership(g, m)))
            .flatMap(java.util.Optional::stream)
            .toList();
    private final DirectConversation conversation = new DirectConversation(memberships, intake, bot.outbox, bot.dedup);

    @Test
    void aLeaderOfOneGroupClosesItsDealFromTheOneToOneChatAndIsAnsweredThere() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");
        long dealId =
                bot.openDeal(group, "草莓", List.of(TestBot.item("A", "草莓", "盒"))).id();

        DirectOutcome outcome = conversation.receive(direct("m1", "#截单"));

        assertThat(outcome).isEqualTo(DirectOutcome.FORWARDED);
        assertThat(bot.deals.findById(dealId).orElseThrow().status()).isEqualTo(DealStatus.CLOSED);
        assertThat(bot.outbox.all())
                .as("the group is told by the announcer; the command's own answer goes 1:1")
                .anyMatch(m -> m.chatId().equals("g-1"))
                .noneMatch(m -> m.chatId().equals("g-1") && Objects.equals(m.inReplyTo(), "direct/wecom/m1"));
    }

    @Test
    void aReportAskedPrivatelyIsAnsweredPrivately() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");
        bot.openDeal(group, "草莓", List.of(TestBot.item("A", "草莓", "盒")));

        conversation.receive(direct("m1", "#汇总"));

        List<OutboundMessage> said = bot.outbox.all();
        assertThat(said)
                .isNotEmpty()
                .allMatch(m -> m.platform().equals("wecom") && m.chatId().equals("user:L1"));
    }

    @Test
    void aLeaderOfSeveralGroupsIsAskedWhichAndAnswersWithItsNumber() {
        ChatGroup first = bot.group("g-1", "L1", "王团长");
        ChatGroup second = bot.group("g-2", "L1", "王团长");
        long firstDeal =
                bot.openDeal(first, "草莓", List.of(TestBot.item("A", "草莓", "盒"))).id();
        long secondDeal = bot.openDeal(second, "橙子", List.of(TestBot.item("A", "橙子", "斤")))
                .id();

        DirectOutcome asked = conversation.receive(direct("m1", "#截单"));
        DirectOutcome askedAgain = conversation.receive(direct("m1", "#截单"));
        DirectOutcome chosen = conversation.receive(direct("m2", "2 #截单"));

        assertThat(asked).isEqualTo(DirectOutcome.ASKED_WHICH_GROUP);
        assertThat(askedAgain).as("a re-delivery is not asked twice").isEqualTo(DirectOutcome.DUPLICATE);
        assertThat(bot.outbox.all().get(0).text()).contains("1 g-1", "2 g-2");
        assertThat(chosen).isEqualTo(DirectOutcome.FORWARDED);
        assertThat(bot.deals.findById(firstDeal).orElseThrow().status()).isEqualTo(DealStatus.OPEN);
        assertThat(bot.deals.findById(secondDeal).orElseThrow().status()).isEqualTo(DealStatus.CLOSED);
    }

    @Test
    void aRedeliveredCommandActsOnce() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");
        bot.openDeal(group, "草莓", List.of(TestBot.item("A", "草莓", "盒")));

        assertThat(conversation.receive(direct("m1", "#截单"))).isEqualTo(DirectOutcome.FORWARDED);
        assertThat(conversation.receive(direct("m1", "#截单"))).isEqualTo(DirectOutcome.DUPLICATE);
        assertThat(bot.inbox.all().stream()
                        .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                        .toList())
                .isEmpty();
    }

    @Test
    void textThatIsNoCommandGetsTheHelpAtMostOnceADay() {
        bot.group("g-1", "L1", "王团长");

        DirectOutcome first = conversation.receive(direct("m1", "你好"));
        DirectOutcome second = conversation.receive(direct("m2", "在吗"));
        bot.clock.advance(Duration.ofDays(1).plusMinutes(1));
        DirectOutcome nextDay = conversation.receive(direct("m3", "在吗"));

        assertThat(List.of(first, second, nextDay))
                .containsExactly(DirectOutcome.HELPED, DirectOutcome.QUIET, DirectOutcome.HELPED);
        assertThat(bot.outbox.all()).hasSize(2).allMatch(m -> m.chatId().equals("user:L1"));
        assertThat(bot.outbox.all().get(0).text()).contains("#截单", "#我的");
    }

    @Test
    void aCommandFromSomeoneInNoGroupChangesNothingAndSaysWhy() {
        DirectOutcome outcome = conversation.receive(direct("m1", "#截单"));

        assertThat(outcome).isEqualTo(DirectOutcome.HELPED);
        assertThat(bot.inbox.all().stream()
                        .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                        .toList())
                .isEmpty();
        assertThat(bot.outbox.all())
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("哪个群"));
    }

    @Test
    void aResidentsLeaderCommandIsRefusedInTheOneToOneChat() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");
        bot.groups.saveMember(new Member(group.id(), "R1", "王姐", dev.groupbuy.core.group.Role.RESIDENT));
        long dealId =
                bot.openDeal(group, "草莓", List.of(TestBot.item("A", "草莓", "盒"))).id();

        conversation.receive(
                new DirectMessage(new ChatAddress("wecom", "user:R1"), "R1", "王姐", "m1", "#截单", bot.clock.instant()));

        assertThat(bot.deals.findById(dealId).orElseThrow().status()).isEqualTo(DealStatus.OPEN);
        assertThat(bot.outbox.all())
                .singleElement()
                .satisfies(m -> assertThat(m.chatId()).isEqualTo("user:R1"));
    }

    private DirectMessage direct(String msgId, String text) {
        return new DirectMessage(LEADER_APP, "L1", "王团长", msgId, text, bot.clock.instant());
    }
}
