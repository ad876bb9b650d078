package dev.groupbuy.adapters.platform.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.groupbuy.adapters.platform.SendOutcome;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.notice.ArrivalNotice;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 到货 template message through WxJava's template message API, against a local fake WeChat. */
class TemplateMessageSenderTests {

    private static final String SEND = "/cgi-bin/message/template/send";

    private final WireMockServer wechat = new WireMockServer(options().dynamicPort());
    private final ArrivalTemplate template = ArrivalTemplate.of("tmpl-arrival-1", "");
    private TemplateMessageSender sender;

    @BeforeEach
    void start() {
        wechat.start();
        wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token"))
                .willReturn(okJson("{\"access_token\":\"mp-token-1\",\"expires_in\":7200}")));
        WeChatSettings settings = new WeChatSettings("wx-app", "secret", "token", "", wechat.baseUrl());
        sender = new TemplateMessageSender(WeChatServices.inMemory(settings), template);
    }

    @AfterEach
    void stop() {
        wechat.stop();
    }

    private OutboundMessage notice() {
        return template.arrival(
                "openid-wang", new ArrivalNotice(42, 7, "丹东草莓", "丹东草莓2盒", "明天下午3点 小区南门", "到货啦，记得按时来取哦～"));
    }

    private void answer(String json) {
        wechat.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(json)));
    }

    @Test
    void sendsTheNoticeAsTheConfiguredTemplateToTheFollower() {
        answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}");

        SendOutcome outcome = sender.send(notice(), "arrival:42:7:wechat:openid-wang#0");

        assertThat(outcome).isEqualTo(SendOutcome.sent());
        wechat.verify(postRequestedFor(urlPathEqualTo(SEND))
                .withQueryParam("access_token", equalTo("mp-token-1"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo("openid-wang")))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo("tmpl-arrival-1")))
                .withRequestBody(matchingJsonPath(
                        "$.client_msg_id",
                        equalTo(TemplateMessageSender.clientMsgId("arrival:42:7:wechat:openid-wang#0"))))
                .withRequestBody(matchingJsonPath("$.data.thing1.value", equalTo("丹东草莓")))
                .withRequestBody(matchingJsonPath("$.data.thing2.value", equalTo("丹东草莓2盒")))
                .withRequestBody(matchingJsonPath("$.data.thing3.value", equalTo("明天下午3点 小区南门")))
                .withRequestBody(matchingJsonPath("$.data.thing4.value", equalTo("到货啦，记得按时来取哦～"))));
    }

    @Test
    void theSameKeyGivesTheSameShortClientMsgIdAndAnotherKeyAnother() {
        String id = TemplateMessageSender.clientMsgId("arrival:42:7:wechat:openid-wang#0");

        assertThat(id).hasSize(32).doesNotContain("openid");
        assertThat(TemplateMessageSender.clientMsgId("arrival:42:7:wechat:openid-wang#0"))
                .isEqualTo(id);
        assertThat(TemplateMessageSender.clientMsgId("arrival:42:7:wechat:openid-li#0"))
                .isNotEqualTo(id);
    }

    @Test
    void aFollowerWhoUnfollowedAndAWrongTemplateAreGivenUpWithTheReason() {
        answer("{\"errcode\":43004,\"errmsg\":\"require subscribe\"}");
        SendOutcome unfollowed = sender.send(notice(), "k#0");
        answer("{\"errcode\":40037,\"errmsg\":\"invalid template_id\"}");
        SendOutcome wrongTemplate = sender.send(notice(), "k#0");

        assertThat(unfollowed)
                .isEqualTo(SendOutcome.givenUp("the follower no longer follows the Official Account (43004)"));
        assertThat(wrongTemplate).isInstanceOf(SendOutcome.Permanent.class);
        assertThat(((SendOutcome.Permanent) wrongTemplate).reason())
                .contains("40037", "GROUPBUY_WECHAT_ARRIVAL_TEMPLATE_ID");
    }

    @Test
    void frequencyLimitsAndABusyWeChatMayPassEachTryIsOneCallExceptWxJavasRetriesOfBusy() {
        answer("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");
        SendOutcome limited = sender.send(notice(), "k#0");
        wechat.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
        answer("{\"errcode\":-1,\"errmsg\":\"system error\"}");
        SendOutcome busy = sender.send(notice(), "k#0");

        assertThat(limited).isEqualTo(SendOutcome.retryLater("WeChat errcode 45009"));
        assertThat(busy).isInstanceOf(SendOutcome.Transient.class);
        wechat.verify(1 + 3, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void anExpiredTokenIsRefreshedByWxJavaAndTheMessageGoesOut() {
        wechat.stubFor(post(urlPathEqualTo(SEND))
                .inScenario("token")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}"))
                .willSetStateTo("refreshed"));
        wechat.stubFor(post(urlPathEqualTo(SEND))
                .inScenario("token")
                .whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}")));

        assertThat(sender.send(notice(), "k#0")).isEqualTo(SendOutcome.sent());
        wechat.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
    }

    @Test
    void keysNameTheTemplatesFieldsAndAPartWithoutAKeyIsLeftOut() {
        ArrivalTemplate classic = ArrivalTemplate.of("t", "product=keyword1, quantity=keyword2, remark=remark");
        OutboundMessage message = classic.arrival("o", new ArrivalNotice(1, 2, "草莓", "2盒", "南门", "到货啦"));

        assertThat(message.platform()).isEqualTo(TemplateMessageSender.PLATFORM);
        assertThat(message.text()).isEqualTo("商品：草莓\n数量：2盒\n自提：南门\n备注：到货啦");
        assertThat(classic.data(message.text()))
                .containsExactly(Map.entry("keyword1", "草莓"), Map.entry("keyword2", "2盒"), Map.entry("remark", "到货啦"));
        assertThatThrownBy(() -> ArrivalTemplate.of("t", "price=thing1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrivalTemplate.of(" ", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
