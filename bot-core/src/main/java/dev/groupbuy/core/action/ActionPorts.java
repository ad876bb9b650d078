package dev.groupbuy.core.action;

import dev.groupbuy.core.coordination.LockKeys;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.deal.DealHistory;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.order.StaleOrderException;
import dev.groupbuy.core.signup.DealVersions;
import dev.groupbuy.core.signup.SignUpLedger;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the use cases read and write, and how they run: under the deal's lock (the one chat messages take),
 * in one transaction. A door that already holds both (the chat pipeline) joins them. The {@link BackOffice}
 * holds the product library, suppliers and commission rates.
 */
public record ActionPorts(
        DealRepository deals,
        OrderRepository orders,
        DealHistory dealHistory,
        GroupRepository groups,
        SignUpLedger ledger,
        DealVersions versions,
        Transactions transactions,
        Locks locks,
        DealEventListener listener,
        Clock clock,
        BackOffice office) {

    /** Ports without goods and money: an empty product library, no commission rates. */
    public ActionPorts(
            DealRepository deals,
            OrderRepository orders,
            DealHistory dealHistory,
            GroupRepository groups,
            SignUpLedger ledger,
            DealVersions versions,
            Transactions transactions,
            Locks locks,
            DealEventListener listener,
            Clock clock) {
        this(
                deals,
                orders,
                dealHistory,
                groups,
                ledger,
                versions,
                transactions,
                locks,
                listener,
                clock,
                BackOffice.none());
    }

    static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    public <T> T inDeal(long dealId, Supplier<T> work) {
        return locks.withLock(LockKeys.deal(dealId), LOCK_WAIT, () -> transactions.inTransaction(work));
    }

    public <T> T inGroup(long groupId, Supplier<T> work) {
        return locks.withLock(LockKeys.group(groupId), LOCK_WAIT, () -> transactions.inTransaction(work));
    }

    /** Under the one lock of the back office (products, suppliers, rates: few writes, names unique). */
    public <T> T inBackOffice(Supplier<T> work) {
        return locks.withLock(LockKeys.backOffice(), LOCK_WAIT, () -> transactions.inTransaction(work));
    }

    public Permissions permissions() {
        return new Permissions(groups);
    }

    /**
     * Moves the deal's state version on after a change to its orders, so cached sign-up states (see {@link
     * DealVersions}) are read again. Called under the deal's lock.
     */
    public void orderChanged(long dealId) {
        long current = versions.current(dealId);
        if (!versions.advance(dealId, current)) {
            throw new StaleOrderException("deal " + dealId + " changed while its orders were written");
        }
    }
}
