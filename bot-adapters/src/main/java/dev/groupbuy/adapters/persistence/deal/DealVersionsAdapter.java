package dev.groupbuy.adapters.persistence.deal;

import dev.groupbuy.core.signup.DealVersions;

/**
 * {@link DealVersions} in the {@code state_version} column of {@code deals}: one indexed single-row read,
 * one conditional single-row UPDATE. {@code changeStatus} moves the same column in its own UPDATE.
 */
class DealVersionsAdapter implements DealVersions {

    private final DealMapper deals;

    DealVersionsAdapter(DealMapper deals) {
        this.deals = deals;
    }

    @Override
    public long current(long dealId) {
        Long version = deals.stateVersion(dealId);
        if (version == null) {
            throw new IllegalStateException("no deal with id " + dealId);
        }
        return version;
    }

    @Override
    public boolean advance(long dealId, long expected) {
        return deals.advanceStateVersion(dealId, expected) == 1;
    }
}
