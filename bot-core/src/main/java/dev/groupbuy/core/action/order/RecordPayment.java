package dev.groupbuy.core.action.order;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderStateException;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.Amounts;
import java.math.BigDecimal;

/**
 * 收款 and 退款: an order marked paid, unpaid or refunded. A resident may say their own order is paid ({@code
 * #已付}); a leader may mark any order of their group ({@code #已付 3}, {@code #退款 3}); an operator any ({@code POST
 * /api/v1/orders/{id}/payment}). Only a paid order can be refunded, and once a deal or order is cancelled
 * refunding is all that is left. The history keeps who did it, through which door, and the order's amount.
 */
public final class RecordPayment {

    private final OrderSteps steps;

    public RecordPayment(ActionPorts ports) {
        this.steps = new OrderSteps(ports);
    }

    public record Command(long orderId, PaymentStatus status, Actor actor) {}

    /**
     * @param change the order before and after; the same order when it already had that status
     * @param amount the order's amount at its deal's prices
     */
    public record Recorded(OrderChanged change, BigDecimal amount) {

        public boolean changed() {
            return change.before() != change.order();
        }
    }

    public ActionResult<Recorded> record(Command command) {
        return steps.withOrder(command.orderId(), (order, deal) -> record(order, deal, command));
    }

    private ActionResult<Recorded> record(Order order, Deal deal, Command command) {
        boolean leads = steps.ports().permissions().runs(command.actor(), order.groupId());
        boolean ownPayment = Permissions.owns(command.actor(), order) && command.status() == PaymentStatus.PAID;
        if (!leads && !ownPayment) {
            return OrderSteps.notAllowed(command.actor(), order);
        }
        if (deal.status() == DealStatus.CANCELLED && command.status() != PaymentStatus.REFUNDED) {
            return OrderSteps.wrongState("deal " + deal.id() + " is cancelled: its orders can only be refunded");
        }
        Order after;
        try {
            after = order.withPayment(command.status(), steps.ports().clock().instant());
        } catch (OrderStateException e) {
            return OrderSteps.wrongState(e.getMessage());
        }
        BigDecimal amount = Amounts.of(order, deal);
        if (after == order) {
            return ActionResult.done(new Recorded(new OrderChanged(order, order, deal), amount));
        }
        String money = " " + amount.toPlainString();
        Order stored = steps.store(
                order,
                after,
                command.status().wireName(),
                order.payment().wireName() + money,
                after.payment().wireName() + money,
                command.actor());
        return ActionResult.done(new Recorded(new OrderChanged(order, stored, deal), amount));
    }
}
