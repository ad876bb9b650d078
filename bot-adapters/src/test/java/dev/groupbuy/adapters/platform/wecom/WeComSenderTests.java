package dev.groupbuy.adapters.platform.wecom;

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

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.groupbuy.adapters.platform.ChannelType;
import dev.groupbuy.adapters.platform.GroupChannel;
import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.adapters.platform.SendOutcome;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.testing.MutableClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WeCom's send APIs through WxJava against a local fake WeCom. */
class WeComSenderTests {

    private final WireMockServer wecom = new WireMockServer(options().dynamicPort());
    private final MutableClock clock = MutableClock.at("2026-11-25T07:00:00Z");
    private final Map<String, GroupChannel> channels = new HashMap<>();
    private final Map<String, String> replyUrls = new HashMap<>();
    private WeComSender sender;

    @BeforeEach
    void start() {
        wecom.start();
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"token-1\",\"expires_in\":7200}")));
        WeComSettings settings = new WeComSettings(
                WeComCallbackTests.CORP, 1000002, "secret", "token", WeComCallbackTests.AES_KEY, wecom.baseUrl(), 2, 1);
        sender = new WeComSender(WeComServices.inMemory(settings, null), fakeChannels(), fakeReplyUrls(), clock, true);
    }

    @AfterEach
    void stop() {
        wecom.stop();
    }

    @Test
    void postsToAGroupThroughItsRobotWebhookWithTheMentions() {
        channels.put("g-1", GroupChannel.robot("robot-key-1"));
        wecom.stubFor(
                post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        SendOutcome outcome =
                sender.send(new OutboundMessage("wecom", "g-1", "@王姐 收到", List.of("wangjie"), null), "k1");

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        wecom.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send"))
                .withQueryParam("key", equalTo("robot-key-1"))
                .withRequestBody(matchingJsonPath("$.msgtype", equalTo("text")))
                .withRequestBody(matchingJsonPath("$.text.content", equalTo("@王姐 收到")))
                .withRequestBody(matchingJsonPath("$.text.mentioned_list[0]", equalTo("wangjie"))));
        wecom.verify(0, getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")));
    }

    @Test
    void aRobotOverItsLimitMayTryAgainLaterAndARemovedOneNever() {
        channels.put("g-1", GroupChannel.robot("robot-key-1"));
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send"))
                .willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")));

        SendOutcome limited = sender.send(new OutboundMessage("wecom", "g-1", "hi", List.of(), null), "k1");
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send"))
                .willReturn(okJson("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}")));
        SendOutcome removed = sender.send(new OutboundMessage("wecom", "g-1", "hi", List.of(), null), "k2");

        assertThat(limited).isEqualTo(new SendOutcome.Transient("WeCom errcode 45009"));
        assertThat(removed).isEqualTo(new SendOutcome.Permanent("WeCom errcode 93000"));
    }

    @Test
    void aStormOf45009AndConcurrencyLimitsAreAllTransientAndEachSendIsOneCall() {
        channels.put("g-1", new GroupChannel(ChannelType.WECOM_APPCHAT, null, null));
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/appchat/send"))
                .willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")));

        for (int i = 0; i < 50; i++) {
            assertThat(sender.send(new OutboundMessage("wecom", "g-1", "hi " + i, List.of(), null), "k" + i))
                    .isInstanceOf(SendOutcome.Transient.class);
        }
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/appchat/send"))
                .willReturn(okJson("{\"errcode\":45033,\"errmsg\":\"api concurrent out of limit\"}")));
        assertThat(sender.send(new OutboundMessage("wecom", "g-1", "hi", List.of(), null), "k"))
                .isEqualTo(new SendOutcome.Transient("WeCom errcode 45033"));

        assertThat(wecom.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/appchat/send"))))
                .hasSize(51);
    }

    @Test
    void wxJavaRetriesABusyWeComItselfThenGivesItBack() {
        channels.put("g-1", new GroupChannel(ChannelType.WECOM_APPCHAT, null, null));
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/appchat/send"))
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}"))
                .willSetStateTo("recovered"));
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/appchat/send"))
                .inScenario("busy")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        SendOutcome once = sender.send(new OutboundMessage("wecom", "g-1", "hi", List.of(), null), "k1");
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/appchat/send"))
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}")));
        SendOutcome always = sender.send(new OutboundMessage("wecom", "g-1", "hi", List.of(), null), "k2");

        assertThat(once).isInstanceOf(SendOutcome.Sent.class);
        assertThat(always).isInstanceOf(SendOutcome.Transient.class);
    }

    @Test
    void anExpiredTokenIsRefreshedThroughWxJavaAndTheSendGoesThrough() {
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .inScenario("token")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"old\",\"expires_in\":7200}"))
                .willSetStateTo("refreshed"));
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .inScenario("token")
                .whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"new\",\"expires_in\":7200}")));
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/message/send"))
                .withQueryParam("access_token", equalTo("old"))
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/message/send"))
                .withQueryParam("access_token", equalTo("new"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m\"}")));

        SendOutcome outcome = sender.send(new OutboundMessage("wecom", "user:zhangsan", "截单了", List.of(), null), "k1");

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        wecom.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")));
        wecom.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))
                .withQueryParam("access_token", equalTo("new"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo("zhangsan")))
                .withRequestBody(matchingJsonPath("$.agentid", equalTo("1000002")))
                .withRequestBody(matchingJsonPath("$.text.content", equalTo("截单了"))));
    }

    @Test
    void aCustomerGroupGetsAMassSendTaskForItsOwnerToConfirm() {
        channels.put("wrCustomer", new GroupChannel(ChannelType.WECOM_CUSTOMER_GROUP, null, "zhangsan"));
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"fail_list\":[],\"msgid\":\"t1\"}")));

        SendOutcome outcome = sender.send(new OutboundMessage("wecom", "wrCustomer", "到货了", List.of(), null), "k1");

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        wecom.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                .withRequestBody(matchingJsonPath("$.chat_type", equalTo("group")))
                .withRequestBody(matchingJsonPath("$.sender", equalTo("zhangsan")))
                .withRequestBody(matchingJsonPath("$.chat_id_list[0]", equalTo("wrCustomer")))
                .withRequestBody(matchingJsonPath("$.text.content", equalTo("到货了"))));
    }

    @Test
    void anAnswerToAnAiBotMessageGoesToItsResponseUrl() {
        replyUrls.put("g-ai/msg-1", wecom.baseUrl() + "/aibot/response?code=abc");
        wecom.stubFor(post(urlPathEqualTo("/aibot/response")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        SendOutcome outcome = sender.send(new OutboundMessage("wecom", "g-ai", "#汇总 草莓3盒", List.of(), "msg-1"), "k1");

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        wecom.verify(postRequestedFor(urlPathEqualTo("/aibot/response"))
                .withRequestBody(matchingJsonPath("$.msgtype", equalTo("markdown")))
                .withRequestBody(matchingJsonPath("$.markdown.content", equalTo("\\#汇总 草莓3盒"))));
    }

    @Test
    void aGroupWithoutAChannelIsNeverSentTo() {
        assertThat(sender.send(new OutboundMessage("wecom", "g-unknown", "hi", List.of(), null), "k1"))
                .isInstanceOf(SendOutcome.Permanent.class);
    }

    private GroupChannels fakeChannels() {
        return new GroupChannels() {
            @Override
            public Optional<GroupChannel> of(String platform, String chatId) {
                return Optional.ofNullable(channels.get(chatId));
            }

            @Override
            public void save(long groupId, GroupChannel channel) {}
        };
    }

    private ReplyUrls fakeReplyUrls() {
        return new ReplyUrls() {
            @Override
            public void remember(String platform, String chatId, String messageId, String url, Instant expiresAt) {}

            @Override
            public Optional<String> find(String platform, String chatId, String messageId, Instant now) {
                return Optional.ofNullable(replyUrls.get(chatId + "/" + messageId));
            }
        };
    }
}
