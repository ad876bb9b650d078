package dev.groupbuy.admin.platform;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bridge on the prod profile: MariaDB, and the replay check in Redis. */
@RequiresMariaDb(database = ProdBridgeIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-bridge",
            "groupbuy.exports.secret=prod-test-export-secret"
        })
class ProdBridgeIntegrationTests extends BridgeContract {

    static final String DATABASE = "groupbuy_platforms_test";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        bridgeProperties(registry);
        ProdDataSource.register(registry, DATABASE);
    }
}
