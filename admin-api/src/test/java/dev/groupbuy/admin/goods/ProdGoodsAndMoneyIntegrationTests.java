package dev.groupbuy.admin.goods;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Goods and money through the API on the {@code prod} profile: MariaDB (database {@value #DATABASE},
 * recreated once per run) and Redis.
 */
@RequiresMariaDb(database = ProdGoodsAndMoneyIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-goods",
            "groupbuy.admin.tokens=" + GoodsAndMoneyContract.TOKEN,
            "groupbuy.exports.secret=prod-goods-test-export-secret"
        })
class ProdGoodsAndMoneyIntegrationTests extends GoodsAndMoneyContract {

    static final String DATABASE = "groupbuy_goods_test";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }
}
