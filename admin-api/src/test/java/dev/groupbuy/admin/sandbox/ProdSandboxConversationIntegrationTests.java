package dev.groupbuy.admin.sandbox;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox on the {@code prod} profile, switched on: MariaDB (database {@value #DATABASE}, recreated once
 * per run), Redis locks, dedup and rate limits.
 */
@RequiresMariaDb(database = ProdSandboxConversationIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-sandbox",
            "groupbuy.admin.tokens=" + SandboxConversationContract.TOKEN,
            "groupbuy.sandbox.enabled=true",
            "groupbuy.exports.secret=prod-test-export-secret"
        })
class ProdSandboxConversationIntegrationTests extends SandboxConversationContract {

    static final String DATABASE = "groupbuy_sandbox_test";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }
}
