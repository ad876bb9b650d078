package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.coordination.local.LocalLocks;
import dev.groupbuy.core.coordination.Locks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The store-touching API on the embedded default: H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/embedded-api",
            "groupbuy.admin.tokens=" + StoreApiContract.TOKEN
        })
class EmbeddedStoreApiIntegrationTests extends StoreApiContract {

    @Autowired
    Locks locks;

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    @Test
    void runsOnTheH2FileDatabaseWithInProcessCoordination() {
        assertThat(datasourceUrl).startsWith("jdbc:h2:file:./target/it-data/embedded-api/groupbuy;MODE=MySQL");
        assertThat(locks).isInstanceOf(LocalLocks.class);
    }
}
