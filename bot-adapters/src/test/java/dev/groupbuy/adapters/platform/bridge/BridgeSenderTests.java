package dev.groupbuy.adapters.platform.bridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.groupbuy.adapters.platform.SendOutcome;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BridgeSenderTests {

    private final MutableClock clock = MutableClock.at("2026-11-25T07:00:00Z");
    private final WireMockServer bridge = new WireMockServer(options().dynamicPort());
    private BridgeSender sender;

    @BeforeEach
    void start() {
        bridge.start();
        sender = new BridgeSender(
                new BridgeSettings(BridgeInboundTests.SECRET, URI.create(bridge.baseUrl() + "/send"), null, 0),
                HttpClient.newHttpClient(),
                clock);
    }

    @AfterEach
    void stop() {
        bridge.stop();
    }

    @Test
    void postsTheMessageSignedLikeTheBridgesOwnRequests() {
        bridge.stubFor(post("/send").willReturn(aResponse().withStatus(200)));

        SendOutcome outcome = sender.send(
                new OutboundMessage("bridge", "123@chatroom", "@王姐 收到，2盒", List.of("wxid_wang"), "m1"), "outbox-7");

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        LoggedRequest request =
                bridge.findAll(postRequestedFor(urlEqualTo("/send"))).get(0);
        String timestamp = request.getHeader(BridgeSignature.TIMESTAMP_HEADER);
        assertThat(timestamp).isEqualTo("1795590000");
        assertThat(request.getHeader(BridgeSignature.SIGNATURE_HEADER))
                .isEqualTo(BridgeSignature.sign(
                        BridgeInboundTests.bytes(BridgeInboundTests.SECRET), timestamp, request.getBody()));
        bridge.verify(postRequestedFor(urlEqualTo("/send"))
                .withRequestBody(equalToJson("{\"chatId\":\"123@chatroom\",\"text\":\"@王姐 收到，2盒\","
                        + "\"mentions\":[\"wxid_wang\"],\"idempotencyKey\":\"outbox-7\"}")));
    }

    @Test
    void saysWhichFailuresMaySucceedLater() {
        assertThat(answer(429)).isInstanceOf(SendOutcome.Transient.class);
        assertThat(answer(503)).isInstanceOf(SendOutcome.Transient.class);
        assertThat(answer(400)).isInstanceOf(SendOutcome.Permanent.class);
        assertThat(answer(401)).isInstanceOf(SendOutcome.Permanent.class);
        bridge.stop();
        assertThat(sender.send(new OutboundMessage("bridge", "c", "hi", List.of(), null), "k"))
                .as("nobody listening")
                .isInstanceOf(SendOutcome.Transient.class);
    }

    private SendOutcome answer(int status) {
        bridge.resetAll();
        bridge.stubFor(post("/send").willReturn(aResponse().withStatus(status)));
        return sender.send(new OutboundMessage("bridge", "c", "hi", List.of(), null), "k");
    }
}
