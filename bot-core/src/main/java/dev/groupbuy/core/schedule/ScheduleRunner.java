package dev.groupbuy.core.schedule;

import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.schedule.step.GroupSteps;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens when a schedule's alarm rings: every fire time that is due is taken (once, whichever instance
 * gets there first) and either run in each group or — missed by more than the grace, or followed by a later
 * time that is due too — recorded as skipped; then the alarm is set for the next fire time.
 */
public final class ScheduleRunner {

    /** Missed fire times recorded one by one before the rest up to now are jumped over. */
    static final int MOST_MISSED = 100;

    private static final int RESUME_BATCH = 100;

    private final ScheduleRepository schedules;
    private final FireTimes times;
    private final MisfirePolicy misfire;
    private final Alarms alarms;
    private final RunGroups groups;
    private final Clock clock;

    public ScheduleRunner(
            ScheduleRepository schedules,
            FireTimes times,
            MisfirePolicy misfire,
            Alarms alarms,
            GroupRepository groupRepository,
            GroupSteps steps,
            Transactions transactions,
            Clock clock) {
        this.schedules = schedules;
        this.times = times;
        this.misfire = misfire;
        this.alarms = alarms;
        this.groups = new RunGroups(schedules, groupRepository, steps, misfire, transactions, clock);
        this.clock = clock;
    }

    public void fire(long scheduleId) {
        resume(scheduleId);
        for (int taken = 0; ; taken++) {
            Optional<Schedule> found = schedules.findById(scheduleId).filter(Schedule::isActive);
            if (found.isEmpty() || found.get().nextFireAt() == null) {
                return;
            }
            Schedule schedule = found.get();
            Instant due = schedule.nextFireAt();
            Instant now = clock.instant();
            if (due.isAfter(now)) {
                alarms.set(Alarm.schedule(scheduleId), due);
                return;
            }
            Optional<Instant> next =
                    taken < MOST_MISSED ? times.after(schedule.trigger(), due) : times.first(schedule.trigger(), now);
            Optional<String> skip = skipReason(due, next, now);
            Run run = skip.map(reason -> Run.skipped(schedule, due, now, reason))
                    .orElseGet(() -> Run.starting(schedule, due, now));
            Optional<Long> runId = schedules.takeFire(scheduleId, due, next.orElse(null), run);
            if (runId.isEmpty()) {
                return;
            }
            if (skip.isEmpty()) {
                schedule.groupIds().forEach(groupId -> groups.run(runId.get(), schedule, due, groupId));
            }
            if (next.isEmpty()) {
                alarms.cancel(Alarm.schedule(scheduleId));
                return;
            }
        }
    }

    /** Finishes the groups of every run a crash cut short (or skips them, when it is too late now). */
    public void resumeUnfinished() {
        resume(null);
    }

    /** Fires every schedule whose time has come, whether or not its alarm rang. */
    public void fireDue() {
        schedules.dueBy(clock.instant()).forEach(this::fire);
    }

    /** Sets every active schedule's alarm again from what is stored (a no-op for those already set). */
    public void armAll() {
        schedules.findAll().stream()
                .filter(schedule -> schedule.isActive() && schedule.nextFireAt() != null)
                .forEach(schedule -> alarms.set(Alarm.schedule(schedule.id()), schedule.nextFireAt()));
    }

    private void resume(Long scheduleId) {
        for (Run run : schedules.unfinishedRuns(scheduleId, RESUME_BATCH)) {
            schedules
                    .findById(run.scheduleId())
                    .ifPresent(schedule -> run.groups().stream()
                            .filter(group -> group.outcome() == RunOutcome.PENDING)
                            .forEach(group -> groups.run(run.id(), schedule, run.scheduledFor(), group.groupId())));
        }
    }

    private Optional<String> skipReason(Instant due, Optional<Instant> next, Instant now) {
        if (next.isPresent() && !next.get().isAfter(now)) {
            return Optional.of("superseded: the later fire time " + next.get() + " was due too");
        }
        return misfire.tooLate(due, now) ? Optional.of(misfire.skipReason(due, now)) : Optional.empty();
    }
}
