package dev.groupbuy.admin.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.admin.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code groupbuy.sandbox.enabled=false} (the prod default) there is no sandbox endpoint. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/sandbox-off-${random.uuid}",
            "groupbuy.admin.tokens=" + TestTokens.ADMIN,
            "groupbuy.sandbox.enabled=false"
        })
class SandboxSwitchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theSandboxEndpointIsAbsentWhenSwitchedOff() {
        ApiClient.Response response = new ApiClient(port, TestTokens.ADMIN)
                .post(
                        "/api/v1/sandbox/messages",
                        "{\"chatId\":\"c\",\"senderId\":\"u\",\"senderName\":\"n\",\"text\":\"hi\",\"msgId\":\"m\"}");

        assertThat(response.status()).isIn(404, 405);
    }
}
