package dev.groupbuy.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.platform.PlatformSenders;
import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.admin.TestTokens;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With nothing configured, no platform adapter is there: no endpoint answers, no sender exists. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/platforms-off-${random.uuid}",
            "groupbuy.admin.tokens=" + TestTokens.ADMIN
        })
class PlatformSwitchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PlatformSenders senders;

    @Test
    void everyAdapterIsOffUnlessConfigured() {
        ApiClient api = new ApiClient(port, null);
        for (String path : new String[] {
            "/wecom/callback?msg_signature=a&timestamp=1&nonce=2",
            "/wecom/aibot/callback?msg_signature=a&timestamp=1&nonce=2",
            "/wechat/callback?signature=a&timestamp=1&nonce=2",
            "/bridge/v1/messages"
        }) {
            ApiClient.Response response = api.send(api.request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(response.status()).as(path).isIn(404, 405);
        }
        assertThat(senders.platforms()).isEmpty();
    }
}
