package dev.groupbuy.admin.goods;

import org.springframework.boot.test.context.SpringBootTest;

/** Goods and money through the API on the embedded default: H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/embedded-goods",
            "groupbuy.admin.tokens=" + GoodsAndMoneyContract.TOKEN
        })
class EmbeddedGoodsAndMoneyIntegrationTests extends GoodsAndMoneyContract {}
