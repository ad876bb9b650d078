package dev.groupbuy.adapters;

import dev.groupbuy.adapters.coordination.CoordinationConfiguration;
import dev.groupbuy.adapters.persistence.PersistenceConfiguration;
import dev.groupbuy.adapters.testing.SqlStatementCounter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The adapters as the application wires them, for the integration tests. Redis auto-configuration is off unless
 * a test re-enables it (see {@code adapters-test.properties}); {@link SqlStatementCounter} counts the statements.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({PersistenceConfiguration.class, CoordinationConfiguration.class})
@PropertySource("classpath:adapters-test.properties")
public class AdaptersTestApplication {

    @Bean
    SqlStatementCounter sqlStatementCounter() {
        return new SqlStatementCounter();
    }
}
