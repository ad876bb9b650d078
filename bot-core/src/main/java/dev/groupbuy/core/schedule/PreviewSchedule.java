package dev.groupbuy.core.schedule;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The next fire times a trigger would have if it were created now, read as {@link CreateSchedule} reads it
 * (a cron trigger without a zone in its first group's zone) and computed by the same {@link FireTimes} the
 * scheduler uses: what the console's cron helper shows before anything is stored.
 */
public final class PreviewSchedule {

    /** More are never asked for. */
    public static final int MOST = 20;

    private final GroupRepository groups;
    private final CronCalendar cron;
    private final FireTimes times;
    private final Clock clock;

    public PreviewSchedule(GroupRepository groups, CronCalendar cron, Clock clock) {
        this.groups = groups;
        this.cron = cron;
        this.times = new FireTimes(cron);
        this.clock = clock;
    }

    /** @param groupId the schedule's first group, whose zone a cron trigger without one takes; may be null */
    public record Command(Trigger trigger, Long groupId, int count) {}

    /** @param zone the zone the times were read in (null for a one-shot) */
    public record Preview(ZoneId zone, List<Instant> times) {}

    public ActionResult<Preview> preview(Command command) {
        if (command.count() < 1 || command.count() > MOST) {
            return ActionResult.refused(Refusal.invalid("count must be between 1 and " + MOST));
        }
        Trigger trigger = command.trigger();
        if (trigger instanceof Trigger.Cron cronTrigger) {
            Optional<String> problem = cron.problem(cronTrigger.expression());
            if (problem.isPresent()) {
                return ActionResult.refused(Refusal.invalid("trigger.cron: " + problem.get()));
            }
            ZoneId zone = command.groupId() == null
                    ? ChatGroup.DEFAULT_ZONE
                    : groups.findById(command.groupId()).map(ChatGroup::zone).orElse(null);
            if (zone == null) {
                return ActionResult.refused(Refusal.invalid("unknown groupId: " + command.groupId()));
            }
            trigger = cronTrigger.inZone(zone);
        }
        List<Instant> next = new ArrayList<>();
        Optional<Instant> at = times.first(trigger, clock.instant());
        while (at.isPresent() && next.size() < command.count()) {
            next.add(at.get());
            at = times.after(trigger, at.get());
        }
        ZoneId zone = trigger instanceof Trigger.Cron cronTrigger ? cronTrigger.zone() : null;
        return ActionResult.done(new Preview(zone, next));
    }
}
