package dev.groupbuy.adapters.platform.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.coordination.local.LocalDedupSet;
import dev.groupbuy.adapters.platform.bridge.BridgeVerdict.Accepted;
import dev.groupbuy.adapters.platform.bridge.BridgeVerdict.Reason;
import dev.groupbuy.adapters.platform.bridge.BridgeVerdict.Refused;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import dev.groupbuy.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeInboundTests {

    static final String SECRET = "bridge-test-secret-0123456789";
    static final String BODY = """
            {"chatId":"123@chatroom","msgId":"m1","senderId":"wxid_wang","senderName":"王姐",\
            "text":"#接龙\\n1. 王姐 2盒","sentAt":"2026-11-25T07:00:00Z","mentions":["wxid_bot"],\
            "chain":[{"senderId":"wxid_wang","text":"王姐 2盒"}]}""";

    private final MutableClock clock = MutableClock.at("2026-11-25T07:00:05Z");
    private final BridgeInbound inbound =
            new BridgeInbound(new BridgeSettings(SECRET, null, null, 0), new LocalDedupSet(clock), clock);

    @Test
    void acceptsASignedMessageAndReadsEveryField() {
        BridgeVerdict verdict = inbound.check(now(), sign(now(), BODY), bytes(BODY));

        InboundMessage message = ((Accepted) verdict).message();
        assertThat(message.platform()).isEqualTo("bridge");
        assertThat(message.chatId()).isEqualTo("123@chatroom");
        assertThat(message.messageId()).isEqualTo("12:123@chatroom/m1");
        assertThat(message.senderId()).isEqualTo("wxid_wang");
        assertThat(message.senderName()).isEqualTo("王姐");
        assertThat(message.text()).isEqualTo("#接龙\n1. 王姐 2盒");
        assertThat(message.sentAt()).isEqualTo(Instant.parse("2026-11-25T07:00:00Z"));
        assertThat(message.mentions()).containsExactly("wxid_bot");
        assertThat(message.chainOwners()).containsExactly(new ChainOwner(1, "wxid_wang", "王姐 2盒"));
    }

    @Test
    void refusesAForgedSignatureATamperedBodyAndAWrongSecret() {
        String ts = now();
        String signature = sign(ts, BODY);

        assertUnauthenticated(inbound.check(ts, "0".repeat(64), bytes(BODY)));
        assertUnauthenticated(inbound.check(ts, signature, bytes(BODY.replace("2盒", "9盒"))));
        assertUnauthenticated(inbound.check(
                ts, BridgeSignature.sign(bytes("another-secret-0123456789"), ts, bytes(BODY)), bytes(BODY)));
        assertUnauthenticated(inbound.check(ts, null, bytes(BODY)));
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOffEitherWay() {
        String old = Long.toString(
                clock.instant().minus(Duration.ofMinutes(5).plusSeconds(1)).getEpochSecond());
        String future = Long.toString(
                clock.instant().plus(Duration.ofMinutes(5).plusSeconds(1)).getEpochSecond());
        String edge = Long.toString(clock.instant().minus(Duration.ofMinutes(5)).getEpochSecond());

        assertUnauthenticated(inbound.check(old, sign(old, BODY), bytes(BODY)));
        assertUnauthenticated(inbound.check(future, sign(future, BODY), bytes(BODY)));
        assertUnauthenticated(inbound.check("yesterday", sign("yesterday", BODY), bytes(BODY)));
        assertThat(inbound.check(edge, sign(edge, BODY), bytes(BODY))).isInstanceOf(Accepted.class);
    }

    @Test
    void refusesTheSameSignedRequestTwice() {
        String ts = now();
        String signature = sign(ts, BODY);

        assertThat(inbound.check(ts, signature, bytes(BODY))).isInstanceOf(Accepted.class);
        assertUnauthenticated(inbound.check(ts, signature, bytes(BODY)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(inbound.check(now(), sign(now(), BODY), bytes(BODY)))
                .as("the same message signed anew passes the check; the inbox drops it as a repeat")
                .isInstanceOf(Accepted.class);
    }

    @Test
    void refusesSignedBodiesThatAreNoMessage() {
        for (String body : List.of(
                "not json",
                "[1,2]",
                "{\"chatId\":\"c\"}",
                BODY.replace("\"sentAt\":\"2026-11-25T07:00:00Z\"", "\"sentAt\":\"yesterday\""),
                BODY.replace("\"chatId\":\"123@chatroom\"", "\"chatId\":42"),
                BODY.replace("\"msgId\":\"m1\"", "\"msgId\":\"" + "x".repeat(59) + "\""),
                BODY.replace("\"mentions\":[\"wxid_bot\"]", "\"mentions\":\"wxid_bot\""),
                BODY.replace("[{\"senderId\":\"wxid_wang\",\"text\":\"王姐 2盒\"}]", "[{\"text\":\"王姐 2盒\"}]"))) {
            clock.advance(Duration.ofSeconds(1));
            BridgeVerdict verdict = inbound.check(now(), sign(now(), body), bytes(body));
            assertThat(verdict)
                    .as(body)
                    .isInstanceOfSatisfying(
                            Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.MALFORMED));
        }
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28};
        clock.advance(Duration.ofSeconds(1));
        assertThat(inbound.check(now(), BridgeSignature.sign(bytes(SECRET), now(), notUtf8), notUtf8))
                .isInstanceOf(Refused.class);
    }

    @Test
    void signsAsTheExampleBridgeScriptDoes() {
        // docs/examples/bridge_example.py: hmac.new(secret, timestamp + b"\n" + body, sha256).hexdigest()
        assertThat(BridgeSignature.sign(bytes(SECRET), "1795590000", bytes("{\"chatId\":\"群\"}")))
                .isEqualTo("55c084eb87d00bd70001f98585e7faca4ee469fa68173add76ee638194e7b920");
    }

    private String now() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    static String sign(String timestamp, String body) {
        return BridgeSignature.sign(bytes(SECRET), timestamp, bytes(body));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertUnauthenticated(BridgeVerdict verdict) {
        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.UNAUTHENTICATED));
    }
}
