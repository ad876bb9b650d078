package dev.groupbuy.admin.goods;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example week on the {@code prod} profile: MariaDB (database {@value #DATABASE}, recreated once per run)
 * and Redis, with the sandbox on; it must produce the same document as the embedded run.
 */
@RequiresMariaDb(database = ProdExampleWeekIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-example-week",
            "groupbuy.admin.tokens=" + ExampleWeekContract.TOKEN,
            "groupbuy.sandbox.enabled=true",
            "groupbuy.exports.secret=prod-week-test-export-secret",
            "groupbuy.public-url=https://tuan.example.com"
        })
@Import(ExampleWeekContract.FixedWeek.class)
class ProdExampleWeekIntegrationTests extends ExampleWeekContract {

    static final String DATABASE = "groupbuy_week_test";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }
}
