package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.CloseDeal;
import dev.groupbuy.core.action.deal.DealChanged;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import java.util.ArrayList;
import java.util.List;

/** {@code close-deals}: 截单 of each open deal of the group, through the leader's #截单 use case. */
final class CloseDealsStep implements GroupStep {

    private final UseCases use;

    CloseDealsStep(UseCases use) {
        this.use = use;
    }

    @Override
    public StepResult run(StepContext context) {
        List<Deal> open = use.ports().deals().find(context.group().id(), DealStatus.OPEN);
        if (open.isEmpty()) {
            return StepResult.nothing("no open deal");
        }
        List<Long> closed = new ArrayList<>();
        StepResult refused = null;
        for (Deal deal : open) {
            ActionResult<DealChanged> result = use.closeDeal().close(new CloseDeal.Command(deal.id(), context.actor()));
            if (result.isDone()) {
                closed.add(deal.id());
            } else {
                refused = StepResult.refused(result.refusal());
            }
        }
        return closed.isEmpty() ? refused : StepResult.done("closed deal " + RemindStep.join(closed));
    }
}
