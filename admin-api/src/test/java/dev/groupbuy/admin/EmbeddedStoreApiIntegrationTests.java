package dev.groupbuy.admin;

import org.springframework.boot.test.context.SpringBootTest;

/** The store-touching API on the embedded default: H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/embedded-api",
            "groupbuy.admin.tokens=" + StoreApiContract.TOKEN
        })
class EmbeddedStoreApiIntegrationTests extends StoreApiContract {}
