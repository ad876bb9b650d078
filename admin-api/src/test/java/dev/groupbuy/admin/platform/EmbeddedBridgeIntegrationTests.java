package dev.groupbuy.admin.platform;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bridge on the embedded default: H2, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "groupbuy.data-dir=./target/it-data/bridge-${random.uuid}")
class EmbeddedBridgeIntegrationTests extends BridgeContract {

    @DynamicPropertySource
    static void bridge(DynamicPropertyRegistry registry) {
        bridgeProperties(registry);
    }
}
