package dev.groupbuy.core.action.order;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.Order;

/**
 * Cancels one order: a resident their own, while the deal is open; a leader anyone's until the deal is
 * cancelled; an operator any.
 */
public final class CancelOrder {

    private final OrderSteps steps;

    public CancelOrder(ActionPorts ports) {
        this.steps = new OrderSteps(ports);
    }

    public record Command(long orderId, Actor actor) {}

    public ActionResult<OrderChanged> cancel(Command command) {
        return steps.withOrder(command.orderId(), (order, deal) -> cancel(order, deal, command.actor()));
    }

    private ActionResult<OrderChanged> cancel(Order order, Deal deal, Actor actor) {
        boolean leads = steps.ports().permissions().runs(actor, order.groupId());
        if (!leads && !Permissions.owns(actor, order)) {
            return OrderSteps.notAllowed(actor, order);
        }
        if (deal.status() == DealStatus.CANCELLED || (!leads && !deal.isOpen())) {
            return OrderSteps.wrongState("deal " + deal.id() + " is "
                    + deal.status().wireName() + (leads ? "" : ": only a leader can cancel an order after 截单"));
        }
        if (!order.isActive()) {
            return OrderSteps.wrongState("order " + order.id() + " is "
                    + order.status().wireName() + ", only an active order can be cancelled");
        }
        Order cancelled =
                order.cancel(order.seq(), order.line(), steps.ports().clock().instant());
        return ActionResult.done(new OrderChanged(order, steps.store(order, cancelled, "cancelled", actor), deal));
    }
}
