package dev.groupbuy.core.schedule;

import dev.groupbuy.core.schedule.deadline.DeadlineAlarms;

/** Where every ringing alarm goes: the adapter that keeps the alarms (Quartz) calls {@link #ring} and nothing else. */
public final class AlarmHandler {

    private final ScheduleRunner schedules;
    private final DeadlineAlarms deadlines;

    public AlarmHandler(ScheduleRunner schedules, DeadlineAlarms deadlines) {
        this.schedules = schedules;
        this.deadlines = deadlines;
    }

    public void ring(Alarm alarm) {
        switch (alarm.kind()) {
            case SCHEDULE -> schedules.fire(alarm.id());
            case DEAL_CLOSES -> deadlines.closeIfDue(alarm.id());
            case DEAL_REMINDER -> deadlines.remindIfDue(alarm.id());
        }
    }
}
