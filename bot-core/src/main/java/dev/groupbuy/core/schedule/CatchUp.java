package dev.groupbuy.core.schedule;

import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.schedule.deadline.DeadlineAlarms;
import dev.groupbuy.core.schedule.deadline.DealDeadlines;

/**
 * The safety net under the alarms: on start, every alarm is set again from what is stored (deals from before
 * the scheduler included); and every minute whatever is overdue is done — a run a crash cut short, a
 * schedule or a cut-off whose alarm was lost with a failed attempt. Each step is idempotent, so instances may
 * overlap.
 */
public final class CatchUp {

    private final ScheduleRunner runner;
    private final DeadlineAlarms deadlines;
    private final DealDeadlines dealAlarms;
    private final DealRepository deals;

    public CatchUp(ScheduleRunner runner, DeadlineAlarms deadlines, DealDeadlines dealAlarms, DealRepository deals) {
        this.runner = runner;
        this.deadlines = deadlines;
        this.dealAlarms = dealAlarms;
        this.deals = deals;
    }

    public void onStart() {
        runner.armAll();
        deals.find(null, DealStatus.OPEN).forEach(dealAlarms::arm);
        sweep();
    }

    public void sweep() {
        runner.resumeUnfinished();
        runner.fireDue();
        deadlines.closeOverdue();
    }
}
