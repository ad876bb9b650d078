package dev.groupbuy.adapters.persistence.schedule;

import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredGroup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.schedule.ListKind;
import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduleRepository;
import dev.groupbuy.core.schedule.ScheduleStatus;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import dev.groupbuy.core.store.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What every store must do for schedules and their runs; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class ScheduleRepositoryContract {

    private static final Instant EIGHT = Instant.parse("2026-12-02T00:00:00Z");

    @Autowired
    ScheduleRepository schedules;

    @Autowired
    GroupRepository groups;

    @Autowired
    Transactions transactions;

    private Schedule aSchedule(ScheduledAction action, Trigger trigger, int groupCount) {
        List<Long> groupIds = java.util.stream.IntStream.range(0, groupCount)
                .mapToObj(i -> aStoredGroup(groups).id())
                .toList();
        return schedules.create(new Schedule(
                null,
                "每天早上8点开团",
                groupIds,
                trigger,
                action,
                ScheduleStatus.ACTIVE,
                EIGHT,
                Instant.parse("2026-12-01T01:00:00Z")));
    }

    private static Trigger.Cron daily() {
        return new Trigger.Cron("0 0 8 * * ?", ZoneId.of("Asia/Shanghai"), null, Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void keepsEveryKindOfTriggerAndAction() {
        List<CatalogItem> catalog = List.of(
                new CatalogItem("A", "青菜🥬", List.of("菜", "A"), "把", new BigDecimal("3.50"), 100, 2),
                CatalogItem.of("B", "土豆", List.of(), "斤", new BigDecimal("2.00")));
        List<ScheduledAction> actions = List.of(
                new ScheduledAction.Post("早上好，今天的菜单👇"),
                new ScheduledAction.OpenDeal("今日蔬菜", catalog, "18:00后 3号门", 720, 30),
                new ScheduledAction.Remind(30),
                new ScheduledAction.CloseDeals(),
                new ScheduledAction.PostList(ListKind.TOTALS));
        for (ScheduledAction action : actions) {
            Schedule stored = aSchedule(action, daily(), 2);

            assertThat(schedules.findById(stored.id())).contains(stored);
        }
        Schedule once = aSchedule(new ScheduledAction.Post("一次"), new Trigger.Once(EIGHT), 1);
        assertThat(schedules.findById(once.id()).orElseThrow().trigger()).isEqualTo(new Trigger.Once(EIGHT));
        assertThat(schedules.findAll()).extracting(Schedule::id).startsWith(once.id());
    }

    @Test
    void aFireTimeIsTakenOnceWithItsRunAndPendingGroups() {
        Schedule schedule = aSchedule(new ScheduledAction.Post("早"), daily(), 3);
        Instant next = EIGHT.plusSeconds(86_400);

        long runId = schedules
                .takeFire(schedule.id(), EIGHT, next, Run.starting(schedule, EIGHT, EIGHT))
                .orElseThrow();

        assertThat(schedules.takeFire(schedule.id(), EIGHT, next, Run.starting(schedule, EIGHT, EIGHT)))
                .as("the same fire time again")
                .isEmpty();
        assertThat(schedules.findById(schedule.id()).orElseThrow().nextFireAt()).isEqualTo(next);
        assertThat(schedules.runs(schedule.id(), 10)).singleElement().satisfies(run -> {
            assertThat(run.id()).isEqualTo(runId);
            assertThat(run.scheduledFor()).isEqualTo(EIGHT);
            assertThat(run.groups()).extracting(Run.GroupRun::outcome).containsOnly(RunOutcome.PENDING);
            assertThat(run.groups()).extracting(Run.GroupRun::groupId).containsExactlyElementsOf(schedule.groupIds());
        });
        assertThat(schedules.unfinishedRuns(schedule.id(), 10))
                .extracting(Run::id)
                .containsExactly(runId);
    }

    @Test
    void aLastFireTimeFinishesTheScheduleAndASkippedRunHasNoGroups() {
        Schedule schedule = aSchedule(new ScheduledAction.Post("早"), new Trigger.Once(EIGHT), 2);

        schedules.takeFire(
                schedule.id(),
                EIGHT,
                null,
                Run.skipped(schedule, EIGHT, EIGHT.plusSeconds(3 * 3600), "missed by PT3H (grace PT10M)"));

        Schedule after = schedules.findById(schedule.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ScheduleStatus.FINISHED);
        assertThat(after.nextFireAt()).isNull();
        Run run = schedules.runs(schedule.id(), 10).get(0);
        assertThat(run.skipped()).isTrue();
        assertThat(run.reason()).isEqualTo("missed by PT3H (grace PT10M)");
        assertThat(run.groups()).isEmpty();
        assertThat(schedules.unfinishedRuns(schedule.id(), 10)).isEmpty();
    }

    @Test
    void ofInstancesClaimingTheSameGroupAtOnceOneDoesTheWork() throws Exception {
        Schedule schedule = aSchedule(new ScheduledAction.Post("早"), daily(), 1);
        long runId = schedules
                .takeFire(schedule.id(), EIGHT, null, Run.starting(schedule, EIGHT, EIGHT))
                .orElseThrow();
        long groupId = schedule.groupIds().get(0);

        List<Boolean> worked = Concurrently.run(
                4,
                () -> transactions.inTransaction(() -> {
                    if (!schedules.claimGroup(runId, groupId)) {
                        return false;
                    }
                    sleep(150);
                    schedules.settleGroup(runId, groupId, RunOutcome.DONE, "posted 1 message");
                    return true;
                }));

        assertThat(worked).containsOnlyOnce(true);
        assertThat(schedules.runs(schedule.id(), 1).get(0).groups())
                .containsExactly(new Run.GroupRun(groupId, RunOutcome.DONE, "posted 1 message"));
        assertThat(schedules.settleIfPending(runId, groupId, RunOutcome.FAILED, "late failure"))
                .isFalse();
    }

    @Test
    void pausesDeletesAndSaysWhenTheStatusWasNotAsExpected() {
        Schedule schedule = aSchedule(new ScheduledAction.CloseDeals(), daily(), 1);
        schedules.takeFire(schedule.id(), EIGHT, EIGHT.plusSeconds(86_400), Run.starting(schedule, EIGHT, EIGHT));

        assertThat(schedules.changeStatus(schedule.id(), ScheduleStatus.ACTIVE, ScheduleStatus.PAUSED, null))
                .isTrue();
        assertThat(schedules.changeStatus(schedule.id(), ScheduleStatus.ACTIVE, ScheduleStatus.PAUSED, null))
                .isFalse();
        assertThat(schedules.findById(schedule.id()).orElseThrow().nextFireAt()).isNull();
        schedules.delete(schedule.id());

        assertThat(schedules.findById(schedule.id())).isEmpty();
        assertThat(schedules.runs(schedule.id(), 10)).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
