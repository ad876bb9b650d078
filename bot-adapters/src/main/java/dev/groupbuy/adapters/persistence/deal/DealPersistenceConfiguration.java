package dev.groupbuy.adapters.persistence.deal;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.core.deal.DealHistory;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.signup.DealVersions;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deals, their groups and catalogs in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class DealPersistenceConfiguration {

    @Bean
    DealRepository dealRepository(
            DealMapper deals,
            DealGroupMapper dealGroups,
            CatalogItemMapper catalog,
            Transactions transactions,
            ObjectProvider<Clock> clock) {
        return new DealPersistenceAdapter(
                new DealTables(deals, dealGroups, catalog), transactions, StoreClock.of(clock));
    }

    @Bean
    DealHistory dealHistory(DealHistoryMapper history) {
        return new DealHistoryAdapter(history);
    }

    @Bean
    DealVersions dealVersions(DealMapper deals) {
        return new DealVersionsAdapter(deals);
    }
}
