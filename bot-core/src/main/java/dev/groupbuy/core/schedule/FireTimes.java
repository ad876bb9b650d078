package dev.groupbuy.core.schedule;

import java.time.Instant;
import java.util.Optional;

/** When a trigger fires: a one-shot at its time, a cron trigger at the times its expression names. */
public final class FireTimes {

    private final CronCalendar cron;

    public FireTimes(CronCalendar cron) {
        this.cron = cron;
    }

    /** The first fire time after {@code now} (a one-shot: its time, whenever it is); empty when none is left. */
    public Optional<Instant> first(Trigger trigger, Instant now) {
        if (trigger instanceof Trigger.Once once) {
            return Optional.of(once.at());
        }
        Trigger.Cron cronTrigger = (Trigger.Cron) trigger;
        Instant from = cronTrigger.startAt() != null && cronTrigger.startAt().isAfter(now)
                ? cronTrigger.startAt().minusNanos(1)
                : now;
        return within(cronTrigger, cron.nextAfter(cronTrigger.expression(), cronTrigger.zone(), from));
    }

    /** The fire time following {@code fired}; empty for a one-shot, or past a cron trigger's end. */
    public Optional<Instant> after(Trigger trigger, Instant fired) {
        if (trigger instanceof Trigger.Once) {
            return Optional.empty();
        }
        Trigger.Cron cronTrigger = (Trigger.Cron) trigger;
        return within(cronTrigger, cron.nextAfter(cronTrigger.expression(), cronTrigger.zone(), fired));
    }

    private static Optional<Instant> within(Trigger.Cron trigger, Optional<Instant> next) {
        return next.filter(at -> trigger.endAt() == null || !at.isAfter(trigger.endAt()));
    }
}
