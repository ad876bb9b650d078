package dev.groupbuy.core.action.order;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.Order;

/** 核销: a leader hands an order over; the deal must be closed (or its goods arrived). */
public final class MarkPickedUp {

    private final OrderSteps steps;

    public MarkPickedUp(ActionPorts ports) {
        this.steps = new OrderSteps(ports);
    }

    public record Command(long orderId, Actor actor) {}

    /** @param waiting how many active orders of the deal are still to be picked up */
    public record PickedUp(OrderChanged change, long waiting) {}

    public ActionResult<PickedUp> pickUp(Command command) {
        return steps.withOrder(command.orderId(), (order, deal) -> pickUp(order, deal, command.actor()));
    }

    private ActionResult<PickedUp> pickUp(Order order, Deal deal, Actor actor) {
        if (!steps.ports().permissions().runs(actor, order.groupId())) {
            return OrderSteps.notAllowed(actor, order);
        }
        if (deal.status() != DealStatus.CLOSED && deal.status() != DealStatus.ARRIVED) {
            return OrderSteps.wrongState(
                    "deal " + deal.id() + " is " + deal.status().wireName() + ": orders are picked up after 截单");
        }
        if (!order.isActive()) {
            return OrderSteps.wrongState("order " + order.id() + " is "
                    + order.status().wireName() + ", only an active order can be picked up");
        }
        Order stored = steps.store(order, order.pickUp(steps.ports().clock().instant()), "picked_up", actor);
        long waiting = steps.ports().orders().findByDeal(deal.id()).stream()
                .filter(o -> o.groupId() == order.groupId() && o.isActive())
                .count();
        return ActionResult.done(new PickedUp(new OrderChanged(order, stored, deal), waiting));
    }
}
