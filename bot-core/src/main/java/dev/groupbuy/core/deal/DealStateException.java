package dev.groupbuy.core.deal;

/** A state change that the deal's current status does not allow (closing a closed deal, say). */
public class DealStateException extends RuntimeException {
    public DealStateException(String message) {
        super(message);
    }
}
