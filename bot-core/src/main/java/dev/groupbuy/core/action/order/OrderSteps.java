package dev.groupbuy.core.action.order;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.StaleOrderException;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the order use cases share: finding an order and its deal under the deal's lock, and storing a change
 * with its history row and the deal's version moved on (so cached sign-up states are read again).
 */
final class OrderSteps {

    private final ActionPorts ports;

    OrderSteps(ActionPorts ports) {
        this.ports = ports;
    }

    ActionPorts ports() {
        return ports;
    }

    <T> ActionResult<T> withOrder(long orderId, BiFunction<Order, Deal, ActionResult<T>> work) {
        Optional<Order> unlocked = ports.orders().findById(orderId);
        if (unlocked.isEmpty()) {
            return ActionResult.refused(Refusal.notFound("no order with id " + orderId));
        }
        return ports.inDeal(unlocked.get().dealId(), () -> {
            Order order = ports.orders().findById(orderId).orElseThrow();
            Deal deal = ports.deals().findById(order.dealId()).orElseThrow();
            return work.apply(order, deal);
        });
    }

    /** Stores a new ({@code before == null}) or changed order; the order as stored. */
    Order store(Order before, Order after, String action, Actor actor) {
        return store(before, after, action, before == null ? "" : before.describe(), null, actor);
    }

    /**
     * Stores a changed order with the history's texts given ({@code afterText == null}: the stored order
     * described); the order as stored.
     */
    Order store(Order before, Order after, String action, String beforeText, String afterText, Actor actor) {
        Order stored = before == null
                ? ports.orders().insert(after)
                : ports.orders().update(after).orElseThrow(() -> new StaleOrderException(after));
        ports.orders()
                .appendHistory(new OrderChange(
                        null,
                        stored.id(),
                        stored.dealId(),
                        ports.clock().instant(),
                        actor.id(),
                        action,
                        beforeText,
                        afterText == null ? stored.describe() : afterText,
                        actor.inboxId(),
                        actor.door()));
        ports.orderChanged(stored.dealId());
        return stored;
    }

    static <T> ActionResult<T> notAllowed(Actor actor, Order order) {
        return ActionResult.refused(Refusal.notAllowed(actor.id() + " may not change order " + order.id()));
    }

    static <T> ActionResult<T> wrongState(String detail) {
        return ActionResult.refused(Refusal.wrongState(detail));
    }
}
