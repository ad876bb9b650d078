package dev.groupbuy.admin.platform;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 到货 template messages on the prod profile: MariaDB, Redis coordination and the access token in Redis. */
@RequiresMariaDb(database = ProdBridgeIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-arrival-template",
            "groupbuy.exports.secret=prod-test-export-secret"
        })
class ProdArrivalTemplateIntegrationTests extends ArrivalTemplateContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        templateProperties(registry);
        ProdDataSource.register(registry, ProdBridgeIntegrationTests.DATABASE);
    }
}
