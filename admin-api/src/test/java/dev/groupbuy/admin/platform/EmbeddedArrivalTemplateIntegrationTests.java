package dev.groupbuy.admin.platform;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 到货 template messages on the embedded default: H2, the access token in this process. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "groupbuy.data-dir=./target/it-data/arrival-template-${random.uuid}")
class EmbeddedArrivalTemplateIntegrationTests extends ArrivalTemplateContract {

    @DynamicPropertySource
    static void wechat(DynamicPropertyRegistry registry) {
        templateProperties(registry);
    }
}
