package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.store.Transactions;

/**
 * What merging chains into orders reads and writes: the ports, and this instance's cache of deal states.
 */
public record SignUpStores(
        DealRepository deals,
        OrderRepository orders,
        SignUpLedger ledger,
        DealVersions versions,
        Transactions transactions,
        DealStateCache cache) {

    DealStates states() {
        return new DealStates(this);
    }
}
