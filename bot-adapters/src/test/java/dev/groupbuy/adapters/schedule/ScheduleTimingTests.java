package dev.groupbuy.adapters.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.schedule.ScheduleFixtures.Said;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.schedule.Alarm;
import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduleStatus;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When schedules fire, on a test clock that the alarms move (as Quartz would ring them), with Quartz's own cron
 * expressions: one-shots, daily crons in Asia/Shanghai across day changes, pause and resume, missed fire times.
 * The bot starts on Tuesday 2026-12-01 09:00 in Shanghai (01:00 UTC).
 */
class ScheduleTimingTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ScheduleFixtures bot = new ScheduleFixtures("2026-12-01T01:00:00Z");
    private final ChatGroup group = bot.group("g1");

    @Test
    void aOneShotFiresOnceAtItsInstant() {
        Schedule schedule = bot.schedule(
                new Trigger.Once(Instant.parse("2026-12-01T04:00:00Z")), new ScheduledAction.Post("午饭团开始了"), group);

        bot.runUntil("2026-12-03T00:00:00Z");

        assertThat(bot.said("g1")).containsExactly(new Said("午饭团开始了", "2026-12-01T04:00:00Z"));
        Schedule after = bot.reload(schedule);
        assertThat(after.status()).isEqualTo(ScheduleStatus.FINISHED);
        assertThat(after.nextFireAt()).isNull();
        assertThat(bot.runs(schedule)).singleElement().satisfies(run -> {
            assertThat(run.scheduledFor()).isEqualTo("2026-12-01T04:00:00Z");
            assertThat(run.firedAt()).isEqualTo("2026-12-01T04:00:00Z");
            assertThat(run.skipped()).isFalse();
            assertThat(run.groups()).containsExactly(new Run.GroupRun(group.id(), RunOutcome.DONE, "posted 1 message"));
        });
        assertThat(bot.alarms().time(Alarm.schedule(schedule.id()))).isEmpty();
    }

    @Test
    void aDailyCronFiresAtEightInShanghaiEveryDay() {
        Schedule schedule = bot.schedule(daily("0 0 8 * * ?", SHANGHAI), new ScheduledAction.Post("早上好，今天的菜单"), group);

        assertThat(schedule.nextFireAt())
                .as("created at 09:00, the first 08:00 is tomorrow's")
                .isEqualTo("2026-12-02T00:00:00Z");
        bot.runUntil("2026-12-04T01:00:00Z");

        assertThat(bot.said("g1"))
                .extracting(Said::at)
                .containsExactly(
                        Instant.parse("2026-12-02T00:00:00Z"),
                        Instant.parse("2026-12-03T00:00:00Z"),
                        Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(bot.alarms().time(Alarm.schedule(schedule.id()))).contains(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(bot.reload(schedule).nextFireAt()).isEqualTo("2026-12-05T00:00:00Z");
    }

    @Test
    void aTimeAfterMidnightInShanghaiIsTheEveningBeforeInUtc() {
        Schedule inGroupsZone = bot.schedule(daily("0 30 0 * * ?", null), new ScheduledAction.Post("零点半"), group);
        ChatGroup utcGroup = bot.group("g-utc");
        bot.schedule(daily("0 30 0 * * ?", ZoneId.of("UTC")), new ScheduledAction.Post("UTC 00:30"), utcGroup);

        bot.runUntil("2026-12-03T00:00:00Z");

        assertThat(bot.said("g1"))
                .as("00:30 on Dec 2 and Dec 3 in Shanghai, the group's zone")
                .extracting(Said::at)
                .containsExactly(Instant.parse("2026-12-01T16:30:00Z"), Instant.parse("2026-12-02T16:30:00Z"));
        assertThat(bot.said("g-utc")).extracting(Said::at).containsExactly(Instant.parse("2026-12-02T00:30:00Z"));
        assertThat(((Trigger.Cron) inGroupsZone.trigger()).zone()).isEqualTo(SHANGHAI);
    }

    @Test
    void aPausedScheduleDoesNotFireAndResumesAtItsNextTimeFromNow() {
        Schedule schedule = bot.schedule(daily("0 0 8 * * ?", SHANGHAI), new ScheduledAction.Post("早上好"), group);
        bot.runUntil("2026-12-02T01:00:00Z");

        assertThat(bot.pause.pause(schedule.id()).value().status()).isEqualTo(ScheduleStatus.PAUSED);
        assertThat(bot.pause.pause(schedule.id()).refusal().reason()).isEqualTo(Refusal.Reason.WRONG_STATE);
        bot.runUntil("2026-12-03T04:00:00Z");
        Schedule resumed = bot.pause.resume(schedule.id()).value();
        bot.runUntil("2026-12-04T01:00:00Z");

        assertThat(resumed.nextFireAt()).as("Dec 3 08:00 passed while paused").isEqualTo("2026-12-04T00:00:00Z");
        assertThat(bot.said("g1"))
                .extracting(Said::at)
                .containsExactly(Instant.parse("2026-12-02T00:00:00Z"), Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(bot.runs(schedule)).hasSize(2);
        assertThat(bot.pause.resume(schedule.id()).refusal().reason()).isEqualTo(Refusal.Reason.WRONG_STATE);
    }

    @Test
    void aFireTimeMissedByMoreThanTheGraceIsSkippedAndRecordedNotPostedLate() {
        Schedule schedule = bot.schedule(daily("0 0 8 * * ?", SHANGHAI), new ScheduledAction.Post("早上好"), group);

        bot.alarms().outageUntil(Instant.parse("2026-12-02T03:00:00Z"));
        bot.runUntil("2026-12-02T03:00:00Z");

        assertThat(bot.said("g1")).isEmpty();
        assertThat(bot.runs(schedule)).singleElement().satisfies(run -> {
            assertThat(run.skipped()).isTrue();
            assertThat(run.scheduledFor()).isEqualTo("2026-12-02T00:00:00Z");
            assertThat(run.firedAt()).isEqualTo("2026-12-02T03:00:00Z");
            assertThat(run.reason()).isEqualTo("missed by PT3H (grace PT10M)");
        });
        bot.runUntil("2026-12-03T00:30:00Z");
        assertThat(bot.said("g1")).extracting(Said::at).containsExactly(Instant.parse("2026-12-03T00:00:00Z"));
    }

    @Test
    void aFireTimeMissedWithinTheGraceRunsLate() {
        bot.schedule(daily("0 0 8 * * ?", SHANGHAI), new ScheduledAction.Post("早上好"), group);

        bot.alarms().outageUntil(Instant.parse("2026-12-02T00:04:00Z"));
        bot.runUntil("2026-12-02T00:30:00Z");

        assertThat(bot.said("g1")).containsExactly(new Said("早上好", "2026-12-02T00:04:00Z"));
    }

    @Test
    void ofSeveralMissedFireTimesOnlyTheLastRunsAndTheOthersAreRecordedSkipped() {
        Schedule schedule = bot.schedule(daily("0 0/5 * * * ?", SHANGHAI), new ScheduledAction.Post("五分钟一次"), group);
        Instant first = schedule.nextFireAt();

        bot.alarms().outageUntil(first.plusSeconds(12 * 60));
        bot.runUntil(first.plusSeconds(12 * 60).toString());

        assertThat(bot.said("g1"))
                .containsExactly(new Said("五分钟一次", first.plusSeconds(12 * 60).toString()));
        List<Run> runs = bot.runs(schedule);
        assertThat(runs)
                .extracting(Run::scheduledFor)
                .containsExactly(first.plusSeconds(600), first.plusSeconds(300), first);
        assertThat(runs).extracting(Run::skipped).containsExactly(false, true, true);
        assertThat(runs.get(2).reason()).startsWith("superseded");
        assertThat(bot.reload(schedule).nextFireAt()).isEqualTo(first.plusSeconds(900));
    }

    @Test
    void aOneShotOrACronThatNeverFiresIsRefused() {
        assertThat(bot.tryCreate(new Trigger.Once(Instant.parse("2026-12-01T00:00:00Z")), group)
                        .refusal()
                        .detail())
                .contains("trigger.at");
        assertThat(bot.tryCreate(daily("0 0 25 * * ?", SHANGHAI), group)
                        .refusal()
                        .detail())
                .startsWith("trigger.cron:");
        assertThat(bot.tryCreate(
                                new Trigger.Cron("0 0 8 * * ?", SHANGHAI, null, Instant.parse("2026-12-01T12:00:00Z")),
                                group)
                        .refusal()
                        .detail())
                .contains("never fires");
    }

    private static Trigger.Cron daily(String expression, ZoneId zone) {
        return new Trigger.Cron(expression, zone, null, null);
    }
}
