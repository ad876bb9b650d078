package dev.groupbuy.admin.schedule;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
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
        ProdDataSource.register(registry, DATABASE);
    }
}
