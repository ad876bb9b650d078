package dev.groupbuy.admin.schedule;

import dev.groupbuy.adapters.testing.MariaDbDatabases;
import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schedules API on the {@code prod} profile: MariaDB, Redis, clustered Quartz. */
@RequiresMariaDb(database = ProdScheduleApiIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-schedules",
            "groupbuy.admin.tokens=" + ScheduleApiContract.TOKEN,
            "groupbuy.exports.secret=prod-test-export-secret",
            "groupbuy.sandbox.enabled=true"
        })
class ProdScheduleApiIntegrationTests extends ScheduleApiContract {

    static final String DATABASE = "groupbuy_schedule_test";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ProdScheduleApiIntegrationTests::jdbcUrl);
        registry.add("spring.datasource.username", MariaDbDatabases::user);
        registry.add("spring.datasource.password", MariaDbDatabases::password);
    }

    static String jdbcUrl() {
        return MariaDbDatabases.jdbcUrl(DATABASE) + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }
}
