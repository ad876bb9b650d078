package dev.groupbuy.adapters.persistence.schedule;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.core.schedule.ScheduleRepository;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Schedules and their runs in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class SchedulePersistenceConfiguration {

    @Bean
    ScheduleRepository scheduleRepository(
            ScheduleMapper schedules,
            ScheduleGroupMapper groups,
            ScheduleCatalogItemMapper catalog,
            ScheduleRunMapper runs,
            ScheduleRunGroupMapper runGroups,
            Transactions transactions,
            ObjectProvider<Clock> clock) {
        return new SchedulePersistenceAdapter(
                new ScheduleTables(schedules, groups, catalog, runs, runGroups), transactions, StoreClock.of(clock));
    }
}
