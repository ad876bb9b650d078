package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.schedule.Schedule;
import java.time.Instant;

/** A schedule's work in one group, for the fire time {@code scheduledFor}. */
public record StepContext(Schedule schedule, Instant scheduledFor, ChatGroup group) {

    public Actor actor() {
        return schedule.actor();
    }
}
