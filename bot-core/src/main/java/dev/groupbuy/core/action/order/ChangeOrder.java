package dev.groupbuy.core.action.order;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.util.List;

/**
 * Sets an active order's items: a resident their own while the deal is open (a plain {@code 我改成3盒}), a
 * leader anyone's before the goods arrive.
 */
public final class ChangeOrder {

    private final OrderSteps steps;

    public ChangeOrder(ActionPorts ports) {
        this.steps = new OrderSteps(ports);
    }

    public record Command(long orderId, List<OrderItem> items, Actor actor) {}

    public ActionResult<OrderChanged> change(Command command) {
        return steps.withOrder(command.orderId(), (order, deal) -> change(order, deal, command));
    }

    private ActionResult<OrderChanged> change(Order order, Deal deal, Command command) {
        boolean leads = steps.ports().permissions().runs(command.actor(), order.groupId());
        if (!leads && !Permissions.owns(command.actor(), order)) {
            return OrderSteps.notAllowed(command.actor(), order);
        }
        if (leads ? !deal.takesOrderChanges() : !deal.isOpen()) {
            return OrderSteps.wrongState(
                    "deal " + deal.id() + " is " + deal.status().wireName());
        }
        if (!order.isActive()) {
            return OrderSteps.wrongState(
                    "order " + order.id() + " is " + order.status().wireName());
        }
        var bad = ItemCheck.check(deal, command.items());
        if (bad.isPresent()) {
            return ActionResult.refused(bad.get());
        }
        if (order.isActiveWith(command.items())) {
            return ActionResult.done(new OrderChanged(order, order, deal));
        }
        Order after = order.changeTo(
                command.items(),
                order.seq(),
                order.line(),
                steps.ports().clock().instant());
        return ActionResult.done(new OrderChanged(order, steps.store(order, after, "changed", command.actor()), deal));
    }
}
