package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.announce.GroupAnnouncer;
import dev.groupbuy.core.schedule.ScheduledAction;

/** {@code post}: the text, through the announcer like every announcement. */
final class PostStep implements GroupStep {

    private final GroupAnnouncer announcer;

    PostStep(GroupAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Override
    public StepResult run(StepContext context) {
        ScheduledAction.Post post = (ScheduledAction.Post) context.schedule().action();
        int parts = announcer.post(context.group(), post.text()).size();
        return StepResult.done("posted " + parts + (parts == 1 ? " message" : " messages"));
    }
}
