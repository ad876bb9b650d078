package dev.groupbuy.core.store;

import java.util.function.Supplier;

/** Port: runs work in one database transaction; rolled back when the work throws. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} inside the current transaction behind a savepoint: when it throws, only its own writes
     * are undone and the transaction can go on. Outside a transaction, like {@link #inTransaction}.
     */
    <T> T inSavepoint(Supplier<T> work);

    /**
     * Runs {@code action} once the current transaction has committed, never when it rolls back; outside a
     * transaction, at once. For caches that must only learn what was really stored.
     */
    void afterCommit(Runnable action);
}
