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
}
