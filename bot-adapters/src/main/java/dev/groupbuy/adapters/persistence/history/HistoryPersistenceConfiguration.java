package dev.groupbuy.adapters.persistence.history;

import dev.groupbuy.core.history.ChangeLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back office's change log in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class HistoryPersistenceConfiguration {

    @Bean
    ChangeLog changeLog(ChangeLogMapper log) {
        return new ChangeLogAdapter(log);
    }
}
