package dev.groupbuy.core.order;

/** A change that the order's current status does not allow (cancelling a cancelled order, say). */
public class OrderStateException extends RuntimeException {
    public OrderStateException(String message) {
        super(message);
    }
}
