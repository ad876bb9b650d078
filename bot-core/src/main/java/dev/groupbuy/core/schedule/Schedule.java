package dev.groupbuy.core.schedule;

import dev.groupbuy.core.actor.Actor;
import java.time.Instant;
import java.util.List;

/**
 * Something to do in some groups at planned times: "every day 8:00 open a deal in these 30 groups".
 *
 * @param id {@code null} until stored
 * @param nextFireAt when it fires next, {@code null} when it never will (finished)
 */
public record Schedule(
        Long id,
        String name,
        List<Long> groupIds,
        Trigger trigger,
        ScheduledAction action,
        ScheduleStatus status,
        Instant nextFireAt,
        Instant createdAt) {

    public Schedule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a schedule needs a name");
        }
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        if (groupIds.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one group in groupIds");
        }
        if (groupIds.stream().distinct().count() != groupIds.size()) {
            throw new IllegalArgumentException("groupIds lists a group more than once");
        }
        if (trigger == null || action == null || status == null) {
            throw new IllegalArgumentException("a schedule needs a trigger, an action and a status");
        }
        name = name.strip();
    }

    public Schedule withId(long newId) {
        return new Schedule(newId, name, groupIds, trigger, action, status, nextFireAt, createdAt);
    }

    public boolean isActive() {
        return status == ScheduleStatus.ACTIVE;
    }

    /** Who acts in the use cases when this schedule fires. */
    public Actor actor() {
        return new Actor.Scheduler("schedule-" + id);
    }
}
