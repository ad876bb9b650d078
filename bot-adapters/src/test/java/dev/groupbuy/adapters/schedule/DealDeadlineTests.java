package dev.groupbuy.adapters.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.schedule.ScheduleFixtures.Said;
import dev.groupbuy.core.action.deal.ChangeDeadline;
import dev.groupbuy.core.action.deal.CloseDeal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.deal.ReopenDeal;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealChange;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.schedule.Alarm;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import dev.groupbuy.core.schedule.deadline.DeadlineAlarms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deal with a cut-off time closes by itself then, through the leader's #截单 use case, after an optional
 * reminder; moving the cut-off, reopening or closing by hand moves or removes those alarms. Shanghai time:
 * the day starts Tuesday 2026-12-01 08:00 (00:00 UTC); 20:00 is 12:00 UTC.
 */
class DealDeadlineTests {

    private static final List<CatalogItem> VEGETABLES =
            List.of(CatalogItem.of("A", "青菜", List.of(), "把", new BigDecimal("3.5")));

    private final ScheduleFixtures bot = new ScheduleFixtures("2026-12-01T00:00:00Z");
    private final ChatGroup group = bot.group("g1");

    private Deal open(String closesAt, Integer remindMinutes) {
        return bot.bot
                .use
                .openDeal()
                .open(new OpenDeal.Command(
                        "晚饭菜",
                        List.of(group.id()),
                        VEGETABLES,
                        Instant.parse(closesAt),
                        "",
                        null,
                        remindMinutes == null ? null : Duration.ofMinutes(remindMinutes),
                        ScheduleFixtures.OPERATOR))
                .value()
                .deal();
    }

    private DealStatus status(Deal deal) {
        return bot.bot.deals.findById(deal.id()).orElseThrow().status();
    }

    @Test
    void closesByItselfAtItsCutOffAfterRemindingThirtyMinutesBefore() {
        Deal deal = open("2026-12-01T12:00:00Z", 30);

        bot.runUntil("2026-12-01T11:59:59Z");
        assertThat(status(deal)).isEqualTo(DealStatus.OPEN);
        bot.runUntil("2026-12-01T13:00:00Z");

        assertThat(status(deal)).isEqualTo(DealStatus.CLOSED);
        List<Said> said = bot.said("g1");
        assertThat(said).hasSize(3);
        assertThat(said.get(0).text()).startsWith("#接龙 晚饭菜").contains("截单：12月1日 20:00");
        assertThat(said.get(1)).isEqualTo(new Said("⏰「晚饭菜」还有30分钟截单（20:00），还没接龙的邻居抓紧～", "2026-12-01T11:30:00Z"));
        assertThat(said.get(2).text()).startsWith("已截单：晚饭菜");
        assertThat(said.get(2).at()).isEqualTo("2026-12-01T12:00:00Z");
        assertThat(bot.bot.dealHistory.of(deal.id()))
                .filteredOn(c -> c.action() == DealAction.CLOSED)
                .singleElement()
                .extracting(DealChange::actor)
                .isEqualTo(DeadlineAlarms.ACTOR.id());
    }

    @Test
    void aDealOpenedFromALeadersPostWithACutOffClosesByItselfThen() {
        Deal deal = bot.bot
                .use
                .openDeal()
                .openFromPost(new OpenDeal.FromPost(
                        "#开团 晚饭菜\nA. 青菜 3.5元/把\n今晚8点截单", List.of(group.id()), ScheduleFixtures.OPERATOR))
                .value()
                .deal();

        bot.runUntil("2026-12-01T12:30:00Z");

        assertThat(deal.closesAt()).isEqualTo("2026-12-01T12:00:00Z");
        assertThat(status(deal)).isEqualTo(DealStatus.CLOSED);
        assertThat(bot.said("g1").get(1).at()).isEqualTo("2026-12-01T12:00:00Z");
    }

    @Test
    void aNewCutOffMovesTheAutomaticCloseAndTheReminder() {
        Deal deal = open("2026-12-01T12:00:00Z", 30);
        bot.runUntil("2026-12-01T11:00:00Z");

        bot.bot
                .use
                .changeDeadline()
                .change(new ChangeDeadline.Command(
                        deal.id(),
                        Instant.parse("2026-12-01T13:00:00Z"),
                        Duration.ofMinutes(15),
                        ScheduleFixtures.OPERATOR))
                .value();
        bot.runUntil("2026-12-01T12:30:00Z");
        assertThat(status(deal)).as("not at the old cut-off").isEqualTo(DealStatus.OPEN);
        bot.runUntil("2026-12-01T14:00:00Z");

        assertThat(status(deal)).isEqualTo(DealStatus.CLOSED);
        assertThat(bot.said("g1"))
                .extracting(Said::text)
                .containsExactly(
                        bot.said("g1").get(0).text(),
                        "「晚饭菜」截单时间改为12月1日 21:00",
                        "⏰「晚饭菜」还有15分钟截单（21:00），还没接龙的邻居抓紧～",
                        bot.said("g1").get(3).text());
        assertThat(bot.said("g1").get(3).at()).isEqualTo("2026-12-01T13:00:00Z");
    }

    @Test
    void closingByHandTakesTheAlarmsAwayAndReopeningSetsThemAgain() {
        Deal deal = open("2026-12-01T12:00:00Z", null);
        bot.runUntil("2026-12-01T02:00:00Z");

        bot.bot.use.closeDeal().close(new CloseDeal.Command(deal.id(), ScheduleFixtures.OPERATOR));
        assertThat(bot.alarms().time(Alarm.dealCloses(deal.id()))).isEmpty();
        bot.bot.use.reopenDeal().reopen(new ReopenDeal.Command(deal.id(), ScheduleFixtures.OPERATOR));
        assertThat(bot.alarms().time(Alarm.dealCloses(deal.id()))).contains(Instant.parse("2026-12-01T12:00:00Z"));
        bot.runUntil("2026-12-01T13:00:00Z");

        assertThat(status(deal)).isEqualTo(DealStatus.CLOSED);
        assertThat(bot.said("g1"))
                .extracting(Said::text)
                .filteredOn(t -> t.startsWith("已截单"))
                .hasSize(2);
    }

    @Test
    void aReminderLaterThanTheGraceIsNotSentButTheDealStillClosesLate() {
        Deal deal = open("2026-12-01T12:00:00Z", 30);

        bot.alarms().outageUntil(Instant.parse("2026-12-01T12:45:00Z"));
        bot.runUntil("2026-12-01T13:00:00Z");

        assertThat(status(deal)).isEqualTo(DealStatus.CLOSED);
        assertThat(bot.said("g1")).extracting(Said::text).noneMatch(t -> t.startsWith("⏰"));
        assertThat(bot.said("g1").get(1).at())
                .as("closed as soon as an instance ran")
                .isEqualTo("2026-12-01T12:45:00Z");
    }

    @Test
    void everyDayAtEightADealInThreeGroupsRemindedAt1930AndClosedAt2000() {
        // created at 08:00 sharp: the first 08:00 to come is tomorrow's
        ChatGroup second = bot.group("g2");
        ChatGroup third = bot.group("g3");
        bot.schedule(
                new Trigger.Cron("0 0 8 * * ?", ZoneId.of("Asia/Shanghai"), null, null),
                new ScheduledAction.OpenDeal("今日蔬菜", VEGETABLES, "18:00后 3号门自提", 720, 30),
                group,
                second,
                third);

        bot.runUntil("2026-12-03T12:30:00Z");

        for (String chat : List.of("g1", "g2", "g3")) {
            assertThat(bot.said(chat))
                    .extracting(Said::at)
                    .containsExactly(
                            Instant.parse("2026-12-02T00:00:00Z"),
                            Instant.parse("2026-12-02T11:30:00Z"),
                            Instant.parse("2026-12-02T12:00:00Z"),
                            Instant.parse("2026-12-03T00:00:00Z"),
                            Instant.parse("2026-12-03T11:30:00Z"),
                            Instant.parse("2026-12-03T12:00:00Z"));
            assertThat(bot.said(chat).get(0).text()).startsWith("#接龙 今日蔬菜").contains("截单：12月2日 20:00");
            assertThat(bot.said(chat).get(1).text()).startsWith("⏰「今日蔬菜」还有30分钟截单（20:00）");
            assertThat(bot.said(chat).get(2).text()).startsWith("已截单：今日蔬菜");
        }
        assertThat(bot.bot.deals.find(null, null))
                .hasSize(6)
                .allSatisfy(deal -> assertThat(deal.groupIds()).hasSize(1))
                .extracting(Deal::status)
                .containsOnly(DealStatus.CLOSED);
    }
}
