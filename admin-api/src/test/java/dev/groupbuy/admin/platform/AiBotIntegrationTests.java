package dev.groupbuy.admin.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.groupbuy.adapters.platform.PlatformSenders;
import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The WeCom AI bot alone (no app): @-messages in an internal group become orders, answers go to response_url. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "groupbuy.data-dir=./target/it-data/aibot-${random.uuid}")
class AiBotIntegrationTests {

    static final String TOKEN = "aibottoken";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final WireMockServer WECOM = new WireMockServer(options().dynamicPort());

    static {
        WECOM.start();
    }

    @DynamicPropertySource
    static void aiBot(DynamicPropertyRegistry registry) {
        registry.add("groupbuy.admin.tokens", () -> PlatformTestSupport.TOKEN);
        registry.add("groupbuy.wecom.aibot.enabled", () -> "true");
        // the test says when the outbox goes out: PlatformTestSupport.deliver
        registry.add("groupbuy.outbound.enabled", () -> "false");
        registry.add("groupbuy.wecom.aibot.token", () -> TOKEN);
        registry.add("groupbuy.wecom.aibot.aes-key", () -> AES_KEY);
    }

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformSenders senders;

    @Autowired
    OutboundDispatcher dispatcher;

    @Test
    void a接龙ThatMentionsTheBotBecomesOrdersAndTheAnswerGoesToTheResponseUrl() {
        PlatformTestSupport support = new PlatformTestSupport(port);
        WECOM.stubFor(post(urlPathEqualTo("/aibot/response")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        String chat = "wrAi" + UUID.randomUUID().toString().replace("-", "");
        long dealId = support.strawberryDeal(support.group("wecom", chat, "zhangsan", null));
        outbox.pending(1000).forEach(p -> outbox.markSent(p.id()));

        assertThat(callback(support, message(chat, "m1", "lisi", "@团购助手 #接龙 丹东草莓\\n1. 王姐 草莓2盒\\n2. 李四 草莓1盒"))
                        .status())
                .isEqualTo(200);
        assertThat(support.awaitOrders(dealId, 2)).containsExactly("李四 A1", "王姐 A2");

        assertThat(callback(support, message(chat, "m2", "zhangsan", "@团购助手 #汇总"))
                        .status())
                .isEqualTo(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !outbox.pending(1000).isEmpty());
        PlatformTestSupport.deliver(dispatcher);

        WECOM.verify(postRequestedFor(urlPathEqualTo("/aibot/response"))
                .withQueryParam("response_code", equalTo("m2"))
                .withRequestBody(matchingJsonPath("$.msgtype", equalTo("markdown")))
                .withRequestBody(matchingJsonPath("$.markdown.content", containing("3"))));
        ApiClient.Response forged = support.api()
                .send(support.api()
                        .request("/wecom/aibot/callback?msg_signature=0&timestamp=1&nonce=2")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"encrypt\":\"abc\"}")));
        assertThat(forged.status()).isEqualTo(400);
    }

    private static String message(String chat, String msgId, String from, String text) {
        return "{\"msgid\":\"" + msgId + "\",\"aibotid\":\"aib\",\"chatid\":\"" + chat + "\",\"chattype\":\"group\","
                + "\"from\":{\"userid\":\"" + from + "\"},\"response_url\":\"" + WECOM.baseUrl()
                + "/aibot/response?response_code=" + msgId + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"" + text
                + "\"}}";
    }

    private static ApiClient.Response callback(PlatformTestSupport support, String json) {
        WxCryptUtil.EncryptContext context = new WxCryptUtil(TOKEN, AES_KEY, "").encryptContext(json);
        return support.api()
                .send(support.api()
                        .request("/wecom/aibot/callback?msg_signature=" + context.getSignature() + "&timestamp="
                                + context.getTimeStamp() + "&nonce=" + context.getNonce())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"encrypt\":\"" + context.getEncrypt() + "\"}", StandardCharsets.UTF_8)));
    }
}
