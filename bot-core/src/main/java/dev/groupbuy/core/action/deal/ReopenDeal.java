package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.DealAction;

/** 恢复接龙: a closed deal takes sign-ups again (a cut-off time already passed is dropped). */
public final class ReopenDeal {

    private final ActionPorts ports;
    private final DealTransition transition;

    public ReopenDeal(ActionPorts ports) {
        this.ports = ports;
        this.transition = new DealTransition(ports);
    }

    public record Command(long dealId, Actor actor) {}

    public ActionResult<DealChanged> reopen(Command command) {
        return transition.apply(
                command.dealId(),
                command.actor(),
                DealAction.REOPENED,
                deal -> deal.reopen(ports.clock().instant()),
                DealEvent.Reopened::new);
    }
}
