package dev.groupbuy.admin.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The bridge end to end: a signed 接龙 from a bridged WeChat group becomes orders, a leader's command's answer
 * leaves signed to the bridge's URL, and whatever is not signed right is refused with nothing stored. Run on
 * both stores by the subclasses.
 */
abstract class BridgeContract {

    static final String SECRET = "bridge-it-secret-0123456789abcdef";
    static final WireMockServer BRIDGE = new WireMockServer(options().dynamicPort());

    static {
        BRIDGE.start();
    }

    static void bridgeProperties(DynamicPropertyRegistry registry) {
        registry.add("groupbuy.bridge.enabled", () -> "true");
        // the test says when the outbox goes out: PlatformTestSupport.deliver
        registry.add("groupbuy.outbound.enabled", () -> "false");
        registry.add("groupbuy.bridge.secret", () -> SECRET);
        registry.add("groupbuy.bridge.outbound-url", () -> BRIDGE.baseUrl() + "/outbound");
        registry.add("groupbuy.admin.tokens", () -> PlatformTestSupport.TOKEN);
    }

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformSenders senders;

    @Autowired
    OutboundDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    PlatformTestSupport support;

    @BeforeEach
    void setUp() {
        support = new PlatformTestSupport(port);
        BRIDGE.resetAll();
        BRIDGE.stubFor(post("/outbound").willReturn(aResponse().withStatus(200)));
    }

    @Test
    void aChainFromABridgedGroupBecomesOrdersAndTheAnswerLeavesSignedThroughTheBridge() {
        String chat = "room-" + UUID.randomUUID() + "@chatroom";
        long groupId = support.group("bridge", chat, "wxid_leader", null);
        long dealId = support.strawberryDeal(groupId);
        outbox.pending(1000).forEach(p -> outbox.markSent(p.id()));

        ApiClient.Response chain = send(
                message(
                        chat,
                        "m1",
                        "wxid_li",
                        "李四",
                        "#接龙 丹东草莓\\n1. 王姐 草莓2盒\\n2. 李四 草莓1盒",
                        ",\"chain\":[{\"senderId\":\"wxid_wang\",\"text\":\"王姐 草莓2盒\"},{\"senderId\":\"wxid_li\",\"text\":\"李四 草莓1盒\"}]"));
        ApiClient.Response again = send(message(chat, "m1", "wxid_li", "李四", "#接龙 丹东草莓\\n1. 王姐 草莓2盒\\n2. 李四 草莓1盒", ""));

        assertThat(chain.status()).as(chain.toString()).isEqualTo(200);
        assertThat(chain.json().path("stored").asBoolean()).isTrue();
        assertThat(again.json().path("duplicate").asBoolean())
                .as("re-sent, re-signed: stored once")
                .isTrue();
        assertThat(support.awaitOrders(dealId, 2)).containsExactly("李四 A1", "王姐 A2");
        assertThat(jdbc.queryForList(
                        "SELECT member_id FROM orders WHERE deal_id = ? ORDER BY name", String.class, dealId))
                .as("the native 接龙's entry owners")
                .containsExactlyInAnyOrder("wxid_wang", "wxid_li");

        send(message(chat, "m2", "wxid_leader", "王团长", "#汇总", ""));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !outbox.pending(1000).isEmpty());
        PlatformTestSupport.deliver(dispatcher);

        List<LoggedRequest> posted = BRIDGE.findAll(postRequestedFor(urlEqualTo("/outbound")));
        assertThat(posted).isNotEmpty();
        LoggedRequest answer = posted.get(0);
        String timestamp = answer.getHeader(BridgeSignature.TIMESTAMP_HEADER);
        assertThat(answer.getHeader(BridgeSignature.SIGNATURE_HEADER))
                .isEqualTo(BridgeSignature.sign(SECRET.getBytes(StandardCharsets.UTF_8), timestamp, answer.getBody()));
        BRIDGE.verify(postRequestedFor(urlEqualTo("/outbound"))
                .withRequestBody(
                        matchingJsonPath("$.chatId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(chat)))
                .withRequestBody(matchingJsonPath("$.idempotencyKey"))
                .withRequestBody(
                        matchingJsonPath("$.text", com.github.tomakehurst.wiremock.client.WireMock.containing("3"))));
    }

    @Test
    void refusesForgedStaleReplayedMalformedAndOversizedRequestsWithNothingStored() {
        String chat = "room-" + UUID.randomUUID() + "@chatroom";
        String body = message(chat, "m1", "wxid_li", "李四", "1. 李四 草莓1盒", "");
        long now = Instant.now().getEpochSecond();
        String fresh = Long.toString(now);
        String stale = Long.toString(now - 301);

        assertThat(postSigned(body, fresh, "0".repeat(64)).status())
                .as("forged")
                .isEqualTo(401);
        assertThat(postSigned(body, fresh, null).status()).as("unsigned").isEqualTo(401);
        assertThat(postSigned(body, stale, sign(stale, body)).status())
                .as("stale")
                .isEqualTo(401);
        String signature = sign(fresh, body.replace("m1", "m9"));
        assertThat(postSigned(body.replace("m1", "m9"), fresh, signature).status())
                .isEqualTo(200);
        assertThat(postSigned(body.replace("m1", "m9"), fresh, signature).status())
                .as("replayed")
                .isEqualTo(401);
        String malformed = "{\"chatId\":\"" + chat + "\",\"text\":";
        assertThat(postSigned(malformed, fresh, sign(fresh, malformed)).status())
                .as("malformed")
                .isEqualTo(400);
        String oversized = message(chat, "m2", "wxid_li", "李四", "1".repeat(1_100_000), "");
        assertThat(postSigned(oversized, fresh, sign(fresh, oversized)).status())
                .as("oversized")
                .isEqualTo(413);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE chat_id = ?", Integer.class, chat))
                .as("only the one signed request was stored")
                .isEqualTo(1);
    }

    private ApiClient.Response send(String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return postSigned(body, timestamp, sign(timestamp, body + ""));
    }

    private ApiClient.Response postSigned(String body, String timestamp, String signature) {
        HttpRequest.Builder request = support.api()
                .request("/bridge/v1/messages")
                .header("Content-Type", "application/json")
                .header(BridgeSignature.TIMESTAMP_HEADER, timestamp)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(BridgeSignature.SIGNATURE_HEADER, signature);
        }
        return support.api().send(request);
    }

    private static String sign(String timestamp, String body) {
        return BridgeSignature.sign(
                SECRET.getBytes(StandardCharsets.UTF_8), timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(String chat, String msgId, String senderId, String name, String text, String extra) {
        return "{\"chatId\":\"" + chat + "\",\"msgId\":\"" + msgId + "\",\"senderId\":\"" + senderId
                + "\",\"senderName\":\"" + name + "\",\"text\":\"" + text + "\",\"sentAt\":\"" + Instant.now() + "\""
                + extra + "}";
    }
}
