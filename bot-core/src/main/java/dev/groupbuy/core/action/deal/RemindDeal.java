package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 截单提醒: tells the groups of an open deal that its cut-off is near. For the deal's own reminder
 * ({@code remindBeforeMinutes}) and for a schedule's {@code remind} action alike; written into the deal's
 * history.
 */
public final class RemindDeal {

    private final ActionPorts ports;
    private final DealTransition transition;

    public RemindDeal(ActionPorts ports) {
        this.ports = ports;
        this.transition = new DealTransition(ports);
    }

    /** @param groupIds the groups to remind, empty for all the deal's groups */
    public record Command(long dealId, List<Long> groupIds, Actor actor) {}

    public ActionResult<List<Posted>> remind(Command command) {
        return ports.inDeal(command.dealId(), () -> {
            Optional<Deal> found = transition.find(command.dealId(), command.actor());
            if (found.isEmpty()) {
                return ActionResult.refused(
                        transition.refusedFor(command.dealId(), command.actor()).refusal());
            }
            Deal deal = found.get();
            Instant now = ports.clock().instant();
            if (deal.closesAt() == null || !deal.acceptsSignUpsAt(now)) {
                return ActionResult.refused(
                        Refusal.wrongState("deal " + deal.id() + " is not open with a cut-off time ahead"));
            }
            ports.dealHistory().append(DealChange.of(deal, deal, DealAction.REMINDED, command.actor(), now));
            Duration left = Duration.between(now, deal.closesAt());
            return ActionResult.done(ports.listener().on(new DealEvent.ClosingSoon(deal, left, command.groupIds())));
        });
    }
}
