package dev.groupbuy.core.schedule;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Pausing stops a schedule's fires (its alarm is cancelled); resuming goes on from now: a cron schedule at
 * its next time after now — fire times that passed while it was paused are not made up for — and a one-shot
 * at its time (skipped when that is past the grace).
 */
public final class PauseSchedule {

    private final ScheduleRepository schedules;
    private final FireTimes times;
    private final Alarms alarms;
    private final Transactions transactions;
    private final Clock clock;

    public PauseSchedule(
            ScheduleRepository schedules, CronCalendar cron, Alarms alarms, Transactions transactions, Clock clock) {
        this.schedules = schedules;
        this.times = new FireTimes(cron);
        this.alarms = alarms;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ActionResult<Schedule> pause(long id) {
        return transactions.inTransaction(() -> {
            Optional<Schedule> found = schedules.findById(id);
            if (found.isEmpty()) {
                return notFound(id);
            }
            if (!schedules.changeStatus(
                    id,
                    ScheduleStatus.ACTIVE,
                    ScheduleStatus.PAUSED,
                    found.get().nextFireAt())) {
                return wrongState(found.get(), "paused");
            }
            alarms.cancel(Alarm.schedule(id));
            return ActionResult.done(schedules.findById(id).orElseThrow());
        });
    }

    public ActionResult<Schedule> resume(long id) {
        return transactions.inTransaction(() -> {
            Optional<Schedule> found = schedules.findById(id);
            if (found.isEmpty()) {
                return notFound(id);
            }
            Optional<Instant> next = times.first(found.get().trigger(), clock.instant());
            ScheduleStatus status = next.isPresent() ? ScheduleStatus.ACTIVE : ScheduleStatus.FINISHED;
            if (!schedules.changeStatus(id, ScheduleStatus.PAUSED, status, next.orElse(null))) {
                return wrongState(found.get(), "resumed");
            }
            next.ifPresent(at -> alarms.set(Alarm.schedule(id), at));
            return ActionResult.done(schedules.findById(id).orElseThrow());
        });
    }

    private static ActionResult<Schedule> notFound(long id) {
        return ActionResult.refused(Refusal.notFound("no schedule with id " + id));
    }

    private static ActionResult<Schedule> wrongState(Schedule schedule, String what) {
        return ActionResult.refused(Refusal.wrongState(
                "schedule " + schedule.id() + " is " + schedule.status().wireName() + " and cannot be " + what));
    }
}
