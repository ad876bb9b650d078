package dev.groupbuy.adapters;

import dev.groupbuy.adapters.coordination.CoordinationConfiguration;
import dev.groupbuy.adapters.persistence.PersistenceConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The adapters as the application wires them, for the integration tests. Redis auto-configuration is off
 * unless a test re-enables it (see {@code application.properties}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({PersistenceConfiguration.class, CoordinationConfiguration.class})
public class AdaptersTestApplication {}
