package dev.groupbuy.core.report;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * How much of a set of orders is paid, still unpaid, or was refunded: counts and amounts (at their deals'
 * prices). Cancelled orders are not counted; a refunded order counts only as refunded.
 */
public record PaymentTotals(
        int paidOrders,
        BigDecimal paidAmount,
        int unpaidOrders,
        BigDecimal unpaidAmount,
        int refundedOrders,
        BigDecimal refundedAmount) {

    public static final PaymentTotals NONE = new PaymentTotals(0, Amounts.zero(), 0, Amounts.zero(), 0, Amounts.zero());

    public static PaymentTotals of(List<Order> orders, Deal deal) {
        PaymentTotals totals = NONE;
        for (Order order : orders) {
            totals = totals.plus(order, Amounts.of(order, deal));
        }
        return totals;
    }

    /** These totals with one more order of {@code amount}; a cancelled order changes nothing. */
    public PaymentTotals plus(Order order, BigDecimal amount) {
        if (order.status() == OrderStatus.CANCELLED) {
            return this;
        }
        PaymentStatus payment = order.payment();
        return new PaymentTotals(
                paidOrders + (payment == PaymentStatus.PAID ? 1 : 0),
                payment == PaymentStatus.PAID ? paidAmount.add(amount) : paidAmount,
                unpaidOrders + (payment == PaymentStatus.UNPAID ? 1 : 0),
                payment == PaymentStatus.UNPAID ? unpaidAmount.add(amount) : unpaidAmount,
                refundedOrders + (payment == PaymentStatus.REFUNDED ? 1 : 0),
                payment == PaymentStatus.REFUNDED ? refundedAmount.add(amount) : refundedAmount);
    }

    public PaymentTotals plus(PaymentTotals other) {
        return new PaymentTotals(
                paidOrders + other.paidOrders,
                paidAmount.add(other.paidAmount),
                unpaidOrders + other.unpaidOrders,
                unpaidAmount.add(other.unpaidAmount),
                refundedOrders + other.refundedOrders,
                refundedAmount.add(other.refundedAmount));
    }

    /** What the counted orders sell for: paid plus unpaid. */
    public BigDecimal sales() {
        return paidAmount.add(unpaidAmount);
    }
}
