package dev.groupbuy.admin.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.groupbuy.adapters.platform.PlatformSenders;
import dev.groupbuy.adapters.platform.bridge.BridgeSignature;
import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resident of a bridged WeChat group follows the Official Account, binds herself with a code posted in the
 * group, and asks for her orders 1:1; the answers leave as customer-service messages to a fake WeChat.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "groupbuy.data-dir=./target/it-data/wechat-${random.uuid}")
class OfficialAccountIntegrationTests {

    static final String TOKEN = "wechattoken";
    static final String BRIDGE_SECRET = "bridge-it-secret-0123456789abcdef";
    static final WireMockServer WECHAT = new WireMockServer(options().dynamicPort());
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

    static {
        WECHAT.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("groupbuy.admin.tokens", () -> PlatformTestSupport.TOKEN);
        registry.add("groupbuy.wechat.enabled", () -> "true");
        // the test says when the outbox goes out: PlatformTestSupport.deliver
        registry.add("groupbuy.outbound.enabled", () -> "false");
        registry.add("groupbuy.wechat.app-id", () -> "wx-test-app");
        registry.add("groupbuy.wechat.secret", () -> "app-secret");
        registry.add("groupbuy.wechat.token", () -> TOKEN);
        registry.add("groupbuy.wechat.base-api-url", WECHAT::baseUrl);
        registry.add("groupbuy.bridge.enabled", () -> "true");
        registry.add("groupbuy.bridge.secret", () -> BRIDGE_SECRET);
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
    void aBoundFollowerAsksForHerOrdersOneToOneAndIsAnsweredThere() {
        PlatformTestSupport support = new PlatformTestSupport(port);
        WECHAT.stubFor(get(urlPathEqualTo("/cgi-bin/token"))
                .willReturn(okJson("{\"access_token\":\"mp-token\",\"expires_in\":7200}")));
        WECHAT.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        String room = "room-" + UUID.randomUUID() + "@chatroom";
        long dealId = support.strawberryDeal(support.group("bridge", room, "wxid_leader", null));
        bridge(support, room, "#接龙 丹东草莓\\n1. 王姐 草莓2盒", "wxid_wang", "王姐");
        support.awaitOrders(dealId, 1);
        outbox.pending(1000).forEach(p -> outbox.markSent(p.id()));

        assertThat(follower(support, "openid-wang", "绑定").status()).isEqualTo(200);
        PlatformTestSupport.deliver(dispatcher);
        String code = code(lastKefuText());
        bridge(support, room, "#绑定 " + code, "wxid_wang", "王姐");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !outbox.pending(1000).isEmpty());
        PlatformTestSupport.deliver(dispatcher);
        assertThat(lastKefuText()).contains("已绑定");

        assertThat(follower(support, "openid-wang", "#我的").status()).isEqualTo(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !outbox.pending(1000).isEmpty());
        PlatformTestSupport.deliver(dispatcher);

        assertThat(lastKefuText()).contains("草莓", "2");
        assertThat(senders.forPlatform("wechat-template"))
                .as("no arrival template configured: no template messages")
                .isEmpty();
        assertThat(support.api()
                        .send(support.api()
                                .request("/wechat/callback?signature=0&timestamp=1&nonce=2")
                                .POST(HttpRequest.BodyPublishers.ofString("<xml/>")))
                        .status())
                .isEqualTo(400);
    }

    private static String lastKefuText() {
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent =
                WECHAT.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send")));
        assertThat(sent).isNotEmpty();
        String body = sent.get(sent.size() - 1).getBodyAsString();
        assertThat(body).contains("\"touser\":\"openid-wang\"");
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(body)
                .path("text")
                .path("content")
                .asString();
    }

    private static String code(String text) {
        Matcher matcher = Pattern.compile("#绑定 (\\d{6})").matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static ApiClient.Response follower(PlatformTestSupport support, String openId, String text) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = "123456";
        String xml = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + timestamp + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + text + "]]></Content><MsgId>" + IDS.incrementAndGet() + "</MsgId></xml>";
        return support.api()
                .send(support.api()
                        .request("/wechat/callback?signature=" + SHA1.gen(TOKEN, timestamp, nonce) + "&timestamp="
                                + timestamp + "&nonce=" + nonce + "&openid=" + openId)
                        .header("Content-Type", "text/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
    }

    private static void bridge(PlatformTestSupport support, String room, String text, String sender, String name) {
        String body = "{\"chatId\":\"" + room + "\",\"msgId\":\"" + IDS.incrementAndGet() + "\",\"senderId\":\""
                + sender + "\",\"senderName\":\"" + name + "\",\"text\":\"" + text + "\",\"sentAt\":\"" + Instant.now()
                + "\"}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        ApiClient.Response response = support.api()
                .send(support.api()
                        .request("/bridge/v1/messages")
                        .header("Content-Type", "application/json")
                        .header(BridgeSignature.TIMESTAMP_HEADER, timestamp)
                        .header(
                                BridgeSignature.SIGNATURE_HEADER,
                                BridgeSignature.sign(
                                        BRIDGE_SECRET.getBytes(StandardCharsets.UTF_8),
                                        timestamp,
                                        body.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
