package dev.groupbuy.admin;

import dev.groupbuy.adapters.testing.MariaDbDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The data source of an application under test on the {@code prod} profile: a MariaDB test database, kept in UTC. */
public final class ProdDataSource {

    private ProdDataSource() {}

    /** The Connector/J URL of {@code database}, the connection's time zone UTC as the service stores times. */
    public static String jdbcUrl(String database) {
        return MariaDbDatabases.jdbcUrl(database) + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    /** Points the application's {@code spring.datasource} at {@code database}. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> jdbcUrl(database));
        registry.add("spring.datasource.username", MariaDbDatabases::user);
        registry.add("spring.datasource.password", MariaDbDatabases::password);
    }
}
