package dev.groupbuy.core.testing;

import dev.groupbuy.core.store.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@link Transactions} for in-memory ports: runs the work directly and counts transactions. The data is not
 * rolled back, so tests of crash recovery with these fakes check that re-running work is idempotent; but
 * {@link #afterCommit} actions of work that threw are dropped, as after a real rollback.
 */
public final class InMemoryTransactions implements Transactions {

    private final AtomicInteger count = new AtomicInteger();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (afterCommit.get() != null) {
            return work.get();
        }
        count.incrementAndGet();
        List<Runnable> actions = new ArrayList<>();
        afterCommit.set(actions);
        T result;
        try {
            result = work.get();
        } finally {
            afterCommit.remove();
        }
        actions.forEach(Runnable::run);
        return result;
    }

    /** Runs the work directly: like the data, a savepoint is not rolled back here. */
    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        return inTransaction(work);
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    public int count() {
        return count.get();
    }
}
