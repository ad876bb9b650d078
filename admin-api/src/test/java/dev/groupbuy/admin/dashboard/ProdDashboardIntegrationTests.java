package dev.groupbuy.admin.dashboard;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import dev.groupbuy.admin.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard through the API on the {@code prod} profile: MariaDB (database {@value #DATABASE}, recreated
 * once per run) and Redis.
 */
@RequiresMariaDb(database = ProdDashboardIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-dashboard",
            "groupbuy.admin.tokens=" + DashboardContract.TOKEN,
            "groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER,
            "groupbuy.exports.secret=prod-dashboard-test-export-secret"
        })
@Import(DashboardContract.MovableClock.class)
class ProdDashboardIntegrationTests extends DashboardContract {

    static final String DATABASE = "groupbuy_dashboard_test";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }
}
