package dev.groupbuy.admin.sandbox;

import dev.groupbuy.adapters.testing.MariaDbDatabases;
import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.admin.ProdDataSource;
import dev.groupbuy.admin.RunningApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Lines the store refuses and messages that waited for a deal, on the {@code prod} profile: MariaDB (database
 * {@value #DATABASE}, recreated once per run) and Redis, with a second instance on the same database and Redis
 * taking half of the concurrent senders.
 */
@RequiresMariaDb(database = ProdPipelineResilienceIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-resilience",
            "groupbuy.admin.tokens=" + PipelineResilienceContract.TOKEN,
            "groupbuy.sandbox.enabled=true",
            "groupbuy.pipeline.lock-wait=" + PipelineResilienceContract.LOCK_WAIT,
            "groupbuy.pipeline.sweep.interval=" + PipelineResilienceContract.SWEEP_INTERVAL,
            "groupbuy.exports.secret=" + ProdPipelineResilienceIntegrationTests.EXPORT_SECRET
        })
class ProdPipelineResilienceIntegrationTests extends PipelineResilienceContract {

    static final String DATABASE = "groupbuy_resilience_test";
    static final String EXPORT_SECRET = "prod-test-export-secret";

    @TempDir
    static Path secondDataDir;

    private static RunningApp second;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }

    @Override
    protected ApiClient otherInstance() {
        if (second == null) {
            second = RunningApp.start(
                    secondDataDir,
                    "--spring.profiles.active=prod",
                    "--spring.datasource.url=" + ProdDataSource.jdbcUrl(DATABASE),
                    "--spring.datasource.username=" + MariaDbDatabases.user(),
                    "--spring.datasource.password=" + MariaDbDatabases.password(),
                    "--groupbuy.admin.tokens=" + TOKEN,
                    "--groupbuy.sandbox.enabled=true",
                    "--groupbuy.pipeline.lock-wait=" + LOCK_WAIT,
                    "--groupbuy.pipeline.sweep.interval=" + SWEEP_INTERVAL,
                    "--groupbuy.exports.secret=" + EXPORT_SECRET);
        }
        return second.api(TOKEN);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }
}
