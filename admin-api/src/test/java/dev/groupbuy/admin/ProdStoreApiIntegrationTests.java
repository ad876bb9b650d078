package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.coordination.TwoLevelLocks;
import dev.groupbuy.adapters.testing.MariaDbDatabases;
import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.core.coordination.Locks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store-touching API on the {@code prod} profile: MariaDB (database {@value #DATABASE}, recreated once
 * per run) through Connector/J, Redis coordination, clustered Quartz.
 */
@RequiresMariaDb(database = ProdStoreApiIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-api",
            "groupbuy.admin.tokens=" + StoreApiContract.TOKEN,
            "groupbuy.exports.secret=prod-test-export-secret"
        })
class ProdStoreApiIntegrationTests extends StoreApiContract {

    static final String DATABASE = "groupbuy_api_test";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }

    @Autowired
    Locks locks;

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    @Test
    void runsOnMariaDbWithRedisCoordination() {
        assertThat(datasourceUrl).startsWith("jdbc:mysql:").contains(DATABASE);
        assertThat(locks).as("Redisson's lock behind an in-process one").isInstanceOf(TwoLevelLocks.class);
    }

    @Test
    void aSecondInstanceServesTheSameData(@TempDir Path dataDir) {
        long groupId = createGroup();
        try (RunningApp second = RunningApp.start(
                dataDir,
                "--spring.profiles.active=prod",
                "--spring.datasource.url=" + ProdDataSource.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + MariaDbDatabases.user(),
                "--spring.datasource.password=" + MariaDbDatabases.password(),
                "--groupbuy.admin.tokens=" + TOKEN,
                "--groupbuy.exports.secret=prod-test-export-secret")) {
            ApiClient other = second.api(TOKEN);
            assertThat(other.get("/api/v1/groups/" + groupId).status()).isEqualTo(200);
            long dealId = other.post("/api/v1/deals", deal(groupId, "9.9"))
                    .json()
                    .path("id")
                    .asLong();
            assertThat(api.post("/api/v1/deals/" + dealId + "/close", "").status())
                    .isEqualTo(200);
            assertThat(other.post("/api/v1/deals/" + dealId + "/close", "").status())
                    .isEqualTo(409);
        }
    }
}
