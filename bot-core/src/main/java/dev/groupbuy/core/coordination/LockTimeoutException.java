package dev.groupbuy.core.coordination;

public class LockTimeoutException extends RuntimeException {
    public LockTimeoutException(String key) {
        super("could not take lock " + key + " in time");
    }
}
