package dev.groupbuy.core.order;

/** Someone else changed the order between reading and storing it; the work should be retried. */
public class StaleOrderException extends RuntimeException {
    public StaleOrderException(Order order) {
        super("order " + order.id() + " changed since version " + order.version() + " was read");
    }

    /** The deal's orders changed since they were read, as a whole. */
    public StaleOrderException(String message) {
        super(message);
    }
}
