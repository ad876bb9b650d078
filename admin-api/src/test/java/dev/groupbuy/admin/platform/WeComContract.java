package dev.groupbuy.admin.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.groupbuy.adapters.platform.PlatformSenders;
import dev.groupbuy.adapters.platform.wecom.WeComCallbacks;
import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WeCom end to end against a fake WeCom: a 接龙 in a customer group arrives through the message archive
 * (pulled on msgaudit_notify) and becomes orders; the leader's 1:1 commands act on the group, the group hears
 * through its robot's webhook and the leader gets app messages. Run on both stores by the subclasses.
 */
abstract class WeComContract {

    static final String CORP = "ww-test-corp";
    static final String TOKEN = "wecomtesttoken";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final WireMockServer WECOM = new WireMockServer(options().dynamicPort());
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

    static {
        WECOM.start();
    }

    static void weComProperties(DynamicPropertyRegistry registry) {
        registry.add("groupbuy.admin.tokens", () -> PlatformTestSupport.TOKEN);
        registry.add("groupbuy.wecom.enabled", () -> "true");
        // the test says when the outbox goes out: PlatformTestSupport.deliver
        registry.add("groupbuy.outbound.enabled", () -> "false");
        registry.add("groupbuy.wecom.corp-id", () -> CORP);
        registry.add("groupbuy.wecom.agent-id", () -> "1000002");
        registry.add("groupbuy.wecom.secret", () -> "app-secret");
        registry.add("groupbuy.wecom.token", () -> TOKEN);
        registry.add("groupbuy.wecom.aes-key", () -> AES_KEY);
        registry.add("groupbuy.wecom.base-api-url", WECOM::baseUrl);
        registry.add("groupbuy.wecom.archive.enabled", () -> "true");
        registry.add("groupbuy.wecom.archive.library-path", () -> "/nonexistent/libWeWorkFinanceSdk_Java.so");
        registry.add("groupbuy.wecom.archive.private-key", () -> "not used: the archive is faked");
        registry.add("groupbuy.wecom.archive.every", () -> "1h");
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
    FakeArchive archive;

    @Autowired
    JdbcTemplate jdbc;

    PlatformTestSupport support;

    @BeforeEach
    void setUp() {
        support = new PlatformTestSupport(port);
        WECOM.resetAll();
        WECOM.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"token-1\",\"expires_in\":7200}")));
        WECOM.stubFor(
                post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        WECOM.stubFor(post(urlPathEqualTo("/cgi-bin/message/send"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\"}")));
        outbox.pending(1000).forEach(p -> outbox.markSent(p.id()));
    }

    @Test
    void a接龙FromTheArchiveBecomesOrdersAndTheLeadersPrivateCommandsAnswerThroughTheRightApis() {
        String room = "wr" + UUID.randomUUID().toString().replace("-", "");
        String leader = "leader" + IDS.incrementAndGet();
        long groupId = support.group("wecom", room, leader, Map.of("type", "wecom-robot", "webhookKey", "robot-key-1"));
        long dealId = support.strawberryDeal(groupId);
        outbox.pending(1000).forEach(p -> outbox.markSent(p.id()));

        archive.add(FakeArchive.text(room, "CAQQ-" + UUID.randomUUID(), "wmCustomer1", "#接龙 丹东草莓\n1. 王姐 草莓2盒"));
        archive.add(
                FakeArchive.text(room, "CAQQ-" + UUID.randomUUID(), "wmCustomer2", "#接龙 丹东草莓\n1. 王姐 草莓2盒\n2. 李四 草莓1盒"));
        assertThat(callback(WeComCallbacks.event(CORP, IDS.incrementAndGet(), "msgaudit_notify"))
                        .status())
                .isEqualTo(200);

        assertThat(support.awaitOrders(dealId, 2)).containsExactly("李四 A1", "王姐 A2");

        assertThat(callback(WeComCallbacks.text(CORP, leader, IDS.incrementAndGet(), "#汇总"))
                        .status())
                .isEqualTo(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !outbox.pending(1000).isEmpty());
        PlatformTestSupport.deliver(dispatcher);
        WECOM.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(leader)))
                .withRequestBody(matchingJsonPath(
                        "$.text.content", com.github.tomakehurst.wiremock.client.WireMock.containing("3"))));
        WECOM.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send")));

        assertThat(callback(WeComCallbacks.text(CORP, leader, IDS.incrementAndGet(), "#截单"))
                        .status())
                .isEqualTo(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> support.dealStatus(dealId).equals("closed"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !outbox.pending(1000).isEmpty());
        PlatformTestSupport.deliver(dispatcher);
        WECOM.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send"))
                .withQueryParam("key", equalTo("robot-key-1"))
                .withRequestBody(matchingJsonPath(
                        "$.text.content", com.github.tomakehurst.wiremock.client.WireMock.containing("截单"))));
    }

    @Test
    void aRedeliveredCommandActsOnceAndRefusedCallbacksStoreNothing() {
        String room = "wr" + UUID.randomUUID().toString().replace("-", "");
        String leader = "leader" + IDS.incrementAndGet();
        long groupId = support.group("wecom", room, leader, Map.of("type", "wecom-robot", "webhookKey", "robot-key-2"));
        support.strawberryDeal(groupId);
        long msgId = IDS.incrementAndGet();
        WeComCallbacks.Request close =
                WeComCallbacks.encrypt(WeComCallbacks.text(CORP, leader, msgId, "#汇总"), CORP, TOKEN, AES_KEY);
        int before = inboxRows(room);

        assertThat(postCallback(close.query(), close.body()).status()).isEqualTo(200);
        assertThat(postCallback(close.query(), close.body()).status())
                .as("WeCom's retry")
                .isEqualTo(200);
        assertThat(postCallback(close.query().replace("msg_signature=", "msg_signature=0"), close.body())
                        .status())
                .isEqualTo(400);
        WeComCallbacks.Request otherKey = WeComCallbacks.encrypt(
                WeComCallbacks.text(CORP, leader, IDS.incrementAndGet(), "#汇总"),
                CORP,
                TOKEN,
                "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        assertThat(postCallback(otherKey.query(), otherKey.body()).status()).isEqualTo(400);
        assertThat(postCallback(close.query(), "<xml><Encrypt>").status()).isEqualTo(400);
        assertThat(postCallback(close.query(), "<xml>" + "x".repeat(1_100_000) + "</xml>")
                        .status())
                .isEqualTo(413);

        assertThat(inboxRows(room) - before).as("the one command, stored once").isEqualTo(1);
    }

    @Test
    void verifiesTheCallbackUrl() {
        WeComCallbacks.Request echo = WeComCallbacks.encrypt("4470383951428715", CORP, TOKEN, AES_KEY);
        String encoded = java.net.URLEncoder.encode(extractEncrypt(echo.body()), StandardCharsets.UTF_8);

        ApiClient.Response ok = support.api()
                .send(support.api()
                        .request("/wecom/callback?" + echo.query() + "&echostr=" + encoded)
                        .GET());
        ApiClient.Response forged = support.api()
                .send(support.api()
                        .request("/wecom/callback?" + echo.query().replace("msg_signature=", "msg_signature=0")
                                + "&echostr=" + encoded)
                        .GET());

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("4470383951428715");
        assertThat(forged.status()).isEqualTo(401);
    }

    private int inboxRows(String room) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE chat_id = ?", Integer.class, room);
    }

    private ApiClient.Response callback(String plainXml) {
        WeComCallbacks.Request request = WeComCallbacks.encrypt(plainXml, CORP, TOKEN, AES_KEY);
        return postCallback(request.query(), request.body());
    }

    private ApiClient.Response postCallback(String query, String body) {
        return support.api()
                .send(support.api()
                        .request("/wecom/callback?" + query)
                        .header("Content-Type", "text/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static String extractEncrypt(String body) {
        int start = body.indexOf("<Encrypt><![CDATA[") + "<Encrypt><![CDATA[".length();
        return body.substring(start, body.indexOf("]]></Encrypt>"));
    }
}
