package dev.groupbuy.core.schedule;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A new schedule, active at once: its groups must exist, its cron expression be one Quartz reads (in the
 * first group's zone unless it names one), and it must fire at least once from now on.
 */
public final class CreateSchedule {

    private final ScheduleRepository schedules;
    private final GroupRepository groups;
    private final FireTimes times;
    private final CronCalendar cron;
    private final Alarms alarms;
    private final Transactions transactions;
    private final Clock clock;

    public CreateSchedule(
            ScheduleRepository schedules,
            GroupRepository groups,
            CronCalendar cron,
            Alarms alarms,
            Transactions transactions,
            Clock clock) {
        this.schedules = schedules;
        this.groups = groups;
        this.times = new FireTimes(cron);
        this.cron = cron;
        this.alarms = alarms;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(String name, List<Long> groupIds, Trigger trigger, ScheduledAction action, Actor actor) {}

    public ActionResult<Schedule> create(Command command) {
        if (command.actor() instanceof Actor.Member) {
            return ActionResult.refused(Refusal.notAllowed("schedules are made by operators"));
        }
        if (command.groupIds() == null || command.groupIds().isEmpty()) {
            return ActionResult.refused(Refusal.invalid("a schedule needs at least one group in groupIds"));
        }
        List<Long> unknown = command.groupIds().stream()
                .filter(id -> groups.findById(id).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            return ActionResult.refused(Refusal.invalid("unknown groupIds: " + unknown));
        }
        ChatGroup first = groups.findById(command.groupIds().get(0)).orElseThrow();
        Trigger trigger = command.trigger() instanceof Trigger.Cron cronTrigger
                ? cronTrigger.inZone(first.zone())
                : command.trigger();
        Instant now = clock.instant();
        Optional<String> problem = check(trigger, now);
        if (problem.isPresent()) {
            return ActionResult.refused(Refusal.invalid(problem.get()));
        }
        Instant nextFireAt = times.first(trigger, now).orElseThrow();
        Schedule schedule;
        try {
            schedule = new Schedule(
                    null,
                    command.name(),
                    command.groupIds(),
                    trigger,
                    command.action(),
                    ScheduleStatus.ACTIVE,
                    nextFireAt,
                    now);
        } catch (IllegalArgumentException e) {
            return ActionResult.refused(Refusal.invalid(e.getMessage()));
        }
        return transactions.inTransaction(() -> {
            Schedule stored = schedules.create(schedule);
            alarms.set(Alarm.schedule(stored.id()), nextFireAt);
            return ActionResult.done(stored);
        });
    }

    private Optional<String> check(Trigger trigger, Instant now) {
        if (trigger instanceof Trigger.Once once) {
            return once.at().isAfter(now) ? Optional.empty() : Optional.of("trigger.at is not in the future");
        }
        Trigger.Cron cronTrigger = (Trigger.Cron) trigger;
        Optional<String> problem = cron.problem(cronTrigger.expression());
        if (problem.isPresent()) {
            return problem.map(p -> "trigger.cron: " + p);
        }
        return times.first(trigger, now).isPresent()
                ? Optional.empty()
                : Optional.of("the trigger never fires from now on (check endAt)");
    }
}
