package dev.groupbuy.adapters.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.schedule.ScheduleFixtures.Said;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.schedule.ListKind;
import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What each scheduled action does in its groups — through the use cases the leader's commands use — and that
 * every group's part of a run happens exactly once, also when a crash cut the run short or two instances
 * fire it at once. The day starts Tuesday 2026-12-01 08:00 in Shanghai (00:00 UTC).
 */
class ScheduledActionTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ScheduleFixtures bot = new ScheduleFixtures("2026-12-01T00:00:00Z");
    private final ChatGroup group = bot.group("g1");
    private final ChatGroup quiet = bot.group("g-quiet");

    private Deal openDeal(String closesAt) {
        Deal deal = bot.bot
                .use
                .openDeal()
                .open(new OpenDeal.Command(
                        "丹东草莓",
                        List.of(group.id()),
                        List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", new BigDecimal("25"))),
                        closesAt == null ? null : Instant.parse(closesAt),
                        "",
                        ScheduleFixtures.OPERATOR))
                .value()
                .deal();
        bot.bot
                .use
                .addOrder()
                .add(new AddOrder.Command(
                        deal.id(),
                        group.id(),
                        "王姐",
                        null,
                        List.of(OrderItem.of("A", "2")),
                        "",
                        ScheduleFixtures.OPERATOR));
        return deal;
    }

    private Schedule at(String hhmm, ScheduledAction action, ChatGroup... groups) {
        String[] time = hhmm.split(":");
        return bot.schedule(
                new Trigger.Cron("0 " + time[1] + " " + time[0] + " * * ?", SHANGHAI, null, null), action, groups);
    }

    @Test
    void remindsClosesAndPostsTheListOfTheGroupsDealOnTheLeadersUseCases() {
        openDeal("2026-12-01T12:00:00Z");
        Schedule remind = at("19:30", new ScheduledAction.Remind(30), group, quiet);
        Schedule close = at("19:45", new ScheduledAction.CloseDeals(), group, quiet);
        Schedule list = at("20:05", new ScheduledAction.PostList(ListKind.LIST), group, quiet);

        bot.runUntil("2026-12-01T12:10:00Z");

        List<Said> said = bot.said("g1");
        assertThat(said)
                .extracting(Said::at)
                .containsExactly(
                        Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2026-12-01T11:30:00Z"),
                        Instant.parse("2026-12-01T11:45:00Z"),
                        Instant.parse("2026-12-01T12:05:00Z"));
        assertThat(said.get(1).text()).isEqualTo("⏰「丹东草莓」还有30分钟截单（20:00），还没接龙的邻居抓紧～");
        assertThat(said.get(2).text()).startsWith("已截单：丹东草莓，共1人接龙，丹东草莓2盒");
        assertThat(said.get(3).text()).isEqualTo("#接龙 丹东草莓\n1. 王姐 2盒");
        assertThat(bot.said("g-quiet")).isEmpty();
        assertThat(outcomes(remind)).containsExactly(RunOutcome.DONE, RunOutcome.NOTHING);
        assertThat(outcomes(close)).containsExactly(RunOutcome.DONE, RunOutcome.NOTHING);
        assertThat(outcomes(list)).containsExactly(RunOutcome.DONE, RunOutcome.NOTHING);
        assertThat(bot.runs(close).get(0).groups().get(0).detail()).startsWith("closed deal ");
        assertThat(bot.runs(remind).get(0).groups().get(1).detail()).isEqualTo("no open deal closes within 30 minutes");
    }

    @Test
    void postsTheTotalsWhenAskedFor() {
        openDeal(null);
        at("12:00", new ScheduledAction.PostList(ListKind.TOTALS), group);

        bot.runUntil("2026-12-01T04:00:00Z");

        assertThat(bot.said("g1")).last().extracting(Said::text).asString().startsWith("「丹东草莓」汇总（接龙中）：\n丹东草莓 2盒 50元");
    }

    @Test
    void aRunCutShortByACrashIsFinishedOnResumeAndNoGroupHearsItTwice() {
        List<ChatGroup> groups = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> groups.add(bot.group("c" + i)));
        Schedule schedule = bot.schedule(
                new Trigger.Once(Instant.parse("2026-12-01T02:00:00Z")),
                new ScheduledAction.Post("午饭团开始了"),
                groups.toArray(ChatGroup[]::new));
        bot.alarms().outageUntil(Instant.parse("2026-12-01T02:00:00Z"));
        long runId = bot.bot
                .schedules
                .takeFire(
                        schedule.id(),
                        schedule.nextFireAt(),
                        null,
                        Run.starting(schedule, schedule.nextFireAt(), Instant.parse("2026-12-01T02:00:00Z")))
                .orElseThrow();
        bot.bot.schedules.settleGroup(runId, groups.get(0).id(), RunOutcome.DONE, "posted before the crash");

        bot.bot.runner.resumeUnfinished();
        bot.bot.runner.resumeUnfinished();
        bot.runUntil("2026-12-01T03:00:00Z");

        assertThat(bot.said("c0")).isEmpty();
        for (int i = 1; i < 5; i++) {
            assertThat(bot.said("c" + i)).containsExactly(new Said("午饭团开始了", "2026-12-01T02:00:00Z"));
        }
        assertThat(outcomes(schedule)).containsOnly(RunOutcome.DONE);
    }

    @Test
    void aRunResumedLaterThanTheGraceIsSkippedInTheGroupsItHadNotReached() {
        ChatGroup other = bot.group("g2");
        Schedule schedule = bot.schedule(
                new Trigger.Once(Instant.parse("2026-12-01T02:00:00Z")), new ScheduledAction.Post("早"), group, other);
        bot.alarms().outageUntil(Instant.parse("2026-12-01T02:00:00Z"));
        bot.bot.schedules.takeFire(
                schedule.id(),
                schedule.nextFireAt(),
                null,
                Run.starting(schedule, schedule.nextFireAt(), Instant.parse("2026-12-01T02:00:00Z")));

        bot.alarms().outageUntil(Instant.parse("2026-12-01T05:00:00Z"));
        bot.bot.runner.resumeUnfinished();

        assertThat(bot.said("g1")).isEmpty();
        assertThat(outcomes(schedule)).containsOnly(RunOutcome.SKIPPED);
    }

    @Test
    void twoInstancesFiringTheSameScheduleAtOnceReachEveryGroupOnce() throws Exception {
        List<ChatGroup> groups = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> groups.add(bot.group("r" + i)));
        Schedule schedule = bot.schedule(
                new Trigger.Once(Instant.parse("2026-12-01T02:00:00Z")),
                new ScheduledAction.Post("大家好"),
                groups.toArray(ChatGroup[]::new));
        bot.alarms().outageUntil(Instant.parse("2026-12-01T02:00:01Z"));

        Thread one = new Thread(() -> bot.bot.runner.fire(schedule.id()));
        Thread two = new Thread(() -> bot.bot.runner.fire(schedule.id()));
        one.start();
        two.start();
        one.join();
        two.join();

        for (int i = 0; i < 30; i++) {
            assertThat(bot.said("r" + i)).as("group r" + i).hasSize(1);
        }
        assertThat(bot.runs(schedule)).hasSize(1);
    }

    private List<RunOutcome> outcomes(Schedule schedule) {
        return bot.runs(schedule).stream()
                .flatMap(run -> run.groups().stream())
                .map(Run.GroupRun::outcome)
                .toList();
    }
}
