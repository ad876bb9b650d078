package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.schedule.ScheduledAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code open-deal}: a deal of the group's own, through the use case of {@code #开团}; its cut-off counted
 * from the planned fire time, so a run a few minutes late still closes on time.
 */
final class OpenDealStep implements GroupStep {

    private final UseCases use;

    OpenDealStep(UseCases use) {
        this.use = use;
    }

    @Override
    public StepResult run(StepContext context) {
        ScheduledAction.OpenDeal action =
                (ScheduledAction.OpenDeal) context.schedule().action();
        Instant closesAt = action.closesAfterMinutes() == null
                ? null
                : context.scheduledFor().plus(Duration.ofMinutes(action.closesAfterMinutes()));
        Duration remind =
                action.remindBeforeMinutes() == null ? null : Duration.ofMinutes(action.remindBeforeMinutes());
        ActionResult<OpenDeal.Opened> opened = use.openDeal()
                .open(new OpenDeal.Command(
                        action.title(),
                        List.of(context.group().id()),
                        action.catalog(),
                        closesAt,
                        action.pickup(),
                        null,
                        remind,
                        context.actor()));
        return opened.isDone()
                ? StepResult.done("opened deal " + opened.value().deal().id())
                : StepResult.refused(opened.refusal());
    }
}
