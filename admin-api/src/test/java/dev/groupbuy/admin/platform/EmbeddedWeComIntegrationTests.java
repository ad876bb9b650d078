package dev.groupbuy.admin.platform;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** WeCom on the embedded default: H2, the access token in this process. */
@Import(FakeArchive.Config.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "groupbuy.data-dir=./target/it-data/wecom-${random.uuid}")
class EmbeddedWeComIntegrationTests extends WeComContract {

    @DynamicPropertySource
    static void wecom(DynamicPropertyRegistry registry) {
        weComProperties(registry);
    }
}
