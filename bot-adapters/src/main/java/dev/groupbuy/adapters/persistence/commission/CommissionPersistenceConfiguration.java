package dev.groupbuy.adapters.persistence.commission;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.core.commission.CommissionRates;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Commission rates in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class CommissionPersistenceConfiguration {

    @Bean
    CommissionRates commissionRates(
            GroupCommissionMapper groups, LeaderCommissionMapper leaders, ObjectProvider<Clock> clock) {
        return new CommissionRatesAdapter(groups, leaders, StoreClock.of(clock));
    }
}
