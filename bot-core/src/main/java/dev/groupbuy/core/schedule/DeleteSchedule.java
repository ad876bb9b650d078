package dev.groupbuy.core.schedule;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.store.Transactions;

/** Deletes a schedule with its runs; a run under way stops at the next group. */
public final class DeleteSchedule {

    private final ScheduleRepository schedules;
    private final Alarms alarms;
    private final Transactions transactions;

    public DeleteSchedule(ScheduleRepository schedules, Alarms alarms, Transactions transactions) {
        this.schedules = schedules;
        this.alarms = alarms;
        this.transactions = transactions;
    }

    public ActionResult<Long> delete(long id) {
        return transactions.inTransaction(() -> {
            if (schedules.findById(id).isEmpty()) {
                return ActionResult.refused(Refusal.notFound("no schedule with id " + id));
            }
            schedules.delete(id);
            alarms.cancel(Alarm.schedule(id));
            return ActionResult.done(id);
        });
    }
}
