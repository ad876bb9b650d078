package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.announce.GroupAnnouncer;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.schedule.ActionType;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The step of every kind of scheduled action, each calling the use cases every other door calls. */
public final class GroupSteps {

    private final Map<ActionType, GroupStep> steps = new EnumMap<>(ActionType.class);

    public GroupSteps(UseCases use, GroupAnnouncer announcer, Clock clock) {
        steps.put(ActionType.POST, new PostStep(announcer));
        steps.put(ActionType.OPEN_DEAL, new OpenDealStep(use));
        steps.put(ActionType.REMIND, new RemindStep(use, clock));
        steps.put(ActionType.CLOSE_DEALS, new CloseDealsStep(use));
        steps.put(ActionType.POST_LIST, new PostListStep(use, announcer));
    }

    public StepResult run(StepContext context) {
        return steps.get(context.schedule().action().type()).run(context);
    }
}
