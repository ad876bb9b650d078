package dev.groupbuy.adapters.persistence.deal;

import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredDeal;
import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.signup.DealVersions;
import dev.groupbuy.core.store.Transactions;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The deal version that tells an instance whether its cached deal state is still the stored one. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class DealVersionsContract {

    @Autowired
    DealVersions versions;

    @Autowired
    DealRepository deals;

    @Autowired
    GroupRepository groups;

    @Autowired
    Transactions transactions;

    long dealId;

    @BeforeEach
    void aDeal() {
        dealId = aStoredDeal(deals, aStoredGroup(groups).id()).id();
    }

    @Test
    void aNewDealStartsAtZeroAndAdvancesOnlyFromTheExpectedVersion() {
        assertThat(versions.current(dealId)).isZero();

        assertThat(versions.advance(dealId, 0)).isTrue();
        assertThat(versions.advance(dealId, 0))
                .as("a second writer that read version 0")
                .isFalse();
        assertThat(versions.current(dealId)).isEqualTo(1);
    }

    @Test
    void closingTheDealAdvancesItsVersion() {
        long before = versions.current(dealId);

        deals.changeStatus(dealId, DealStatus.OPEN, DealStatus.CLOSED);

        assertThat(versions.current(dealId)).isEqualTo(before + 1);
    }

    @Test
    void anAdvanceRolledBackLeavesTheVersionAndRunsNoCommitAction() {
        AtomicBoolean committed = new AtomicBoolean();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    versions.advance(dealId, 0);
                    transactions.afterCommit(() -> committed.set(true));
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(versions.current(dealId)).isZero();
        assertThat(committed).isFalse();
    }

    @Test
    void runsCommitActionsOnlyOnceCommitted() {
        AtomicBoolean committed = new AtomicBoolean();
        AtomicBoolean seenInside = new AtomicBoolean(true);

        transactions.inTransaction(() -> {
            versions.advance(dealId, 0);
            transactions.afterCommit(() -> committed.set(true));
            seenInside.set(committed.get());
        });

        assertThat(seenInside).isFalse();
        assertThat(committed).isTrue();
        assertThat(versions.current(dealId)).isEqualTo(1);
    }
}
