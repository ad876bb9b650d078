package dev.groupbuy.core.testing;

import dev.groupbuy.core.store.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@link Transactions} for in-memory ports: runs the work directly and counts transactions. There is no
 * rollback, so tests of crash recovery with these fakes check that re-running work is idempotent.
 */
public final class InMemoryTransactions implements Transactions {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count.incrementAndGet();
        return work.get();
    }

    public int count() {
        return count.get();
    }
}
