package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.order.Order;

/**
 * 到货: a closed deal's goods arrived; every buyer with an active order is told, by name, where and when to
 * pick up.
 *
 * @see DealEvent.Arrived
 */
public final class AnnounceArrival {

    private final ActionPorts ports;
    private final DealTransition transition;

    public AnnounceArrival(ActionPorts ports) {
        this.ports = ports;
        this.transition = new DealTransition(ports);
    }

    /** @param pickup where and when to pick up, replacing the deal's; blank keeps the deal's */
    public record Command(long dealId, String pickup, Actor actor) {}

    public ActionResult<DealChanged> announce(Command command) {
        return transition.apply(
                command.dealId(),
                command.actor(),
                DealAction.ARRIVED,
                deal -> deal.arrive(command.pickup()),
                deal -> new DealEvent.Arrived(
                        deal,
                        ports.orders().findByDeal(deal.id()).stream()
                                .filter(Order::isActive)
                                .toList()));
    }
}
