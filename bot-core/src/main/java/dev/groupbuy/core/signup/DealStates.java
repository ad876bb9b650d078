package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.StaleOrderException;
import java.util.Optional;

/**
 * Reads a group's merge state in a deal with one single-row read when nothing changed since this instance
 * last saw it: the deal's version decides whether the cached state is still the stored one. Used under the
 * deal's lock, inside the message's transaction.
 */
final class DealStates {

    private final SignUpStores stores;

    DealStates(SignUpStores stores) {
        this.stores = stores;
    }

    /**
     * The state as of the deal's stored version. The version is read first, so a state read afterwards is
     * never older than the version it is tagged with. The cached entry stays out until {@link #keep}.
     */
    VersionedState read(long dealId, long groupId) {
        long version = stores.versions().current(dealId);
        Optional<VersionedState> cached = stores.cache().take(dealId, groupId);
        if (cached.isPresent() && cached.get().version() == version) {
            return cached.get();
        }
        Deal deal = stores.deals()
                .findById(dealId)
                .orElseThrow(() -> new IllegalStateException("deal " + dealId + " vanished"));
        DealState state = DealState.of(
                deal,
                groupId,
                stores.orders().findByDeal(dealId),
                stores.ledger().fingerprints(dealId, groupId));
        return new VersionedState(version, state);
    }

    /**
     * Claims the next version before writing.
     *
     * @throws StaleOrderException when someone changed the deal since it was read (the work is retried)
     */
    VersionedState advance(VersionedState read) {
        long dealId = read.state().dealId();
        if (!stores.versions().advance(dealId, read.version())) {
            throw new StaleOrderException("deal " + dealId + " changed since version " + read.version() + " was read");
        }
        return new VersionedState(read.version() + 1, read.state());
    }

    /** Remembers the state once the transaction committed. */
    void keep(VersionedState state) {
        stores.transactions().afterCommit(() -> stores.cache().put(state));
    }
}
