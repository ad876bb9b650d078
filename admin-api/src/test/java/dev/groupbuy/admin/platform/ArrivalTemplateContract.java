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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.groupbuy.adapters.platform.wechat.TemplateMessageSender;
import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

/**
 * 到货 told personally: residents of a bridged WeChat group, bound to the Official Account's followers, get the
 * arrival of their deal as a template message from a fake WeChat — once, whatever happens after; a resident
 * without a binding gets none, a follower who unfollowed is given up with the reason in the outbox. Run on both
 * stores by the subclasses.
 */
abstract class ArrivalTemplateContract {

    static final String TEMPLATE_ID = "tmpl-arrival-Xy_1";
    static final String SEND = "/cgi-bin/message/template/send";
    static final WireMockServer WECHAT = new WireMockServer(options().dynamicPort());

    static {
        WECHAT.start();
    }

    static void templateProperties(DynamicPropertyRegistry registry) {
        registry.add("groupbuy.admin.tokens", () -> PlatformTestSupport.TOKEN);
        // the test says when the outbox goes out: PlatformTestSupport.deliver
        registry.add("groupbuy.outbound.enabled", () -> "false");
        registry.add("groupbuy.wechat.enabled", () -> "true");
        registry.add("groupbuy.wechat.app-id", () -> "wx-test-app");
        registry.add("groupbuy.wechat.secret", () -> "app-secret");
        registry.add("groupbuy.wechat.token", () -> "wechattoken");
        registry.add("groupbuy.wechat.base-api-url", WECHAT::baseUrl);
        registry.add("groupbuy.wechat.arrival-template-id", () -> TEMPLATE_ID);
    }

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboundDispatcher dispatcher;

    PlatformTestSupport support;

    @BeforeEach
    void setUp() {
        support = new PlatformTestSupport(port);
        WECHAT.stubFor(get(urlPathEqualTo("/cgi-bin/token"))
                .willReturn(okJson("{\"access_token\":\"mp-token\",\"expires_in\":7200}")));
        WECHAT.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}")));
    }

    @Test
    void boundBuyersGetTheArrivalAsATemplateMessageOnceAndAnUnfollowerIsGivenUpWithTheReason() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String wang = "openid-wang-" + run;
        String gone = "openid-gone-" + run;
        WECHAT.stubFor(post(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(gone)))
                .willReturn(okJson("{\"errcode\":43004,\"errmsg\":\"require subscribe hint: [x]\"}")));
        long groupId = support.group("bridge", "room-" + run + "@chatroom", "wxid_leader", null);
        long dealId = support.strawberryDeal(groupId);
        order(dealId, groupId, "王姐", "wxid_wang", 2);
        order(dealId, groupId, "李哥", "wxid_li", 1);
        order(dealId, groupId, "张阿姨", "wxid_zhang", 3);
        bind(groupId, wang, "wxid_wang");
        bind(groupId, gone, "wxid_zhang");
        assertThat(support.api()
                        .post("/api/v1/deals/" + dealId + "/close", "{}")
                        .status())
                .isEqualTo(200);
        outbox.pending(1000).forEach(p -> outbox.markSent(p.id()));

        ApiClient.Response arrived =
                support.api().post("/api/v1/deals/" + dealId + "/arrived", "{\"pickup\":\"明天下午4点 小区南门\"}");
        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
        PlatformTestSupport.deliver(dispatcher);

        assertThat(sentTo(wang)).singleElement().satisfies(body -> {
            assertThat(body.path("template_id").asString()).isEqualTo(TEMPLATE_ID);
            assertThat(body.path("data").path("thing1").path("value").asString())
                    .isEqualTo("丹东草莓");
            assertThat(body.path("data").path("thing2").path("value").asString())
                    .isEqualTo("丹东草莓2盒");
            assertThat(body.path("data").path("thing3").path("value").asString())
                    .isEqualTo("明天下午4点 小区南门");
            assertThat(body.path("data").path("thing4").path("value").asString())
                    .isNotBlank();
        });
        assertThat(sentTo(gone)).hasSize(1);
        assertThat(templateRequests(run)).as("李哥 is not bound: nothing for him").hasSize(2);
        assertThat(notices())
                .filteredOn(m -> m.path("chatId").asString().equals(gone))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.path("status").asString()).isEqualTo("failed");
                    assertThat(m.path("error").asString()).contains("43004", "no longer follows");
                });
        assertThat(support.api().get("/api/v1/outbox?groupId=" + groupId).json().path("messages"))
                .as("the group is told as before")
                .anySatisfy(m -> assertThat(m.path("text").asString()).contains("到货啦", "@王姐", "@李哥"));

        ApiClient.Response again = support.api().post("/api/v1/deals/" + dealId + "/arrived", "{}");
        PlatformTestSupport.deliver(dispatcher);

        assertThat(again.status()).isEqualTo(409);
        assertThat(sentTo(wang)).as("a second 到货 sends nothing more").hasSize(1);
        assertThat(sentTo(gone)).as("a given-up notice is not tried again").hasSize(1);
    }

    private void order(long dealId, long groupId, String name, String userId, int qty) {
        ApiClient.Response response = support.api()
                .post(
                        "/api/v1/deals/" + dealId + "/orders",
                        "{\"name\":\"" + name + "\",\"userId\":\"" + userId + "\",\"groupId\":" + groupId
                                + ",\"items\":[{\"sku\":\"A\",\"qty\":" + qty + "}]}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void bind(long groupId, String openId, String userId) {
        ApiClient.Response response = support.api()
                .post(
                        "/api/v1/groups/" + groupId + "/bindings",
                        "{\"platform\":\"wechat\",\"platformUserId\":\"" + openId + "\",\"userId\":\"" + userId
                                + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private List<JsonNode> notices() {
        ApiClient.Response response =
                support.api().get("/api/v1/outbox?platform=" + TemplateMessageSender.PLATFORM + "&limit=1000");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        response.json().path("messages").forEach(found::add);
        return found;
    }

    private static List<JsonNode> sentTo(String openId) {
        return WECHAT
                .findAll(postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(matchingJsonPath("$.touser", equalTo(openId))))
                .stream()
                .map(ArrivalTemplateContract::json)
                .toList();
    }

    private static List<LoggedRequest> templateRequests(String run) {
        return WECHAT.findAll(postRequestedFor(urlPathEqualTo(SEND))).stream()
                .filter(request -> request.getBodyAsString().contains(run))
                .toList();
    }

    private static JsonNode json(LoggedRequest request) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.getBodyAsString());
    }
}
