package dev.groupbuy.admin.platform;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** WeCom on the prod profile: MariaDB, Redis coordination and the access token in Redis. */
@RequiresMariaDb(database = ProdBridgeIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@Import(FakeArchive.Config.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"groupbuy.data-dir=./target/it-data/prod-wecom", "groupbuy.exports.secret=prod-test-export-secret"
        })
class ProdWeComIntegrationTests extends WeComContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        weComProperties(registry);
        ProdDataSource.register(registry, ProdBridgeIntegrationTests.DATABASE);
    }
}
