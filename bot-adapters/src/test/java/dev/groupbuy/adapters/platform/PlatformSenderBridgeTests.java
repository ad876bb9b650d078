package dev.groupbuy.adapters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.outbound.OutboundPart;
import dev.groupbuy.core.outbound.SendResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformSenderBridgeTests {

    private final List<String> keys = new ArrayList<>();
    private final List<OutboundMessage> sent = new ArrayList<>();

    private PlatformSenderBridge answering(SendOutcome outcome) {
        return new PlatformSenderBridge(new PlatformSender() {
            @Override
            public String platform() {
                return "wecom";
            }

            @Override
            public int maxBytes() {
                return 2048;
            }

            @Override
            public SendOutcome send(OutboundMessage message, String idempotencyKey) {
                sent.add(message);
                keys.add(idempotencyKey);
                return outcome;
            }
        });
    }

    private static OutboundPart secondPart() {
        OutboundMessage whole = new OutboundMessage("wecom", "chat-1", "第一段\n第二段", List.of("wx-mei"), "msg-9");
        return new OutboundPart(whole, "第二段", "key-7#1", 1, 2);
    }

    @Test
    void sendsEachPartAsOneMessageWithThePartsKey() {
        SendResult result = answering(SendOutcome.sent()).send(secondPart());

        assertThat(result).isEqualTo(SendResult.sent());
        assertThat(sent).containsExactly(new OutboundMessage("wecom", "chat-1", "第二段", List.of(), "msg-9"));
        assertThat(keys).containsExactly("key-7#1");
    }

    @Test
    void aTransientFailureIsRetriedAndAPermanentOneGivenUp() {
        assertThat(answering(SendOutcome.retryLater("errcode 45009")).send(secondPart()))
                .isEqualTo(SendResult.retry("errcode 45009"));
        assertThat(answering(SendOutcome.givenUp("errcode 93000")).send(secondPart()))
                .isEqualTo(SendResult.refused("errcode 93000"));
        assertThat(answering(SendOutcome.sent()).dropsRepeats()).isFalse();
    }
}
