package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;

/**
 * 截单: the deal stops taking sign-ups, and its groups get the totals. The same for the leader's {@code #截单},
 * {@code POST /api/v1/deals/{id}/close} and the scheduler at the cut-off time.
 */
public final class CloseDeal {

    private final ActionPorts ports;
    private final DealTransition transition;

    public CloseDeal(ActionPorts ports) {
        this.ports = ports;
        this.transition = new DealTransition(ports);
    }

    public record Command(long dealId, Actor actor) {}

    public ActionResult<DealChanged> close(Command command) {
        return transition.apply(
                command.dealId(),
                command.actor(),
                DealAction.CLOSED,
                Deal::close,
                deal -> new DealEvent.Closed(deal, ports.orders().findByDeal(deal.id())));
    }
}
