package dev.groupbuy.core.testing;

import dev.groupbuy.core.deal.DealChange;
import dev.groupbuy.core.deal.DealHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** {@link DealHistory} in memory, thread-safe. */
public final class InMemoryDealHistory implements DealHistory {

    private final List<DealChange> changes = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized void append(DealChange change) {
        changes.add(new DealChange(
                ids.incrementAndGet(),
                change.dealId(),
                change.at(),
                change.actor(),
                change.door(),
                change.action(),
                change.before(),
                change.after(),
                change.inboxId()));
    }

    @Override
    public synchronized List<DealChange> of(long dealId) {
        return changes.stream().filter(c -> c.dealId() == dealId).toList();
    }

    public synchronized List<DealChange> all() {
        return List.copyOf(changes);
    }
}
