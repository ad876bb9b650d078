package dev.groupbuy.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A message is bounded by what the inbox stores, so storing it can never fail on a value's length. */
class InboundMessageTests {

    private static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");

    private static InboundMessage message(String chatId, String senderId, String name, String msgId, String text) {
        return new InboundMessage("sandbox", chatId, senderId, name, msgId, text, List.of(), AT, List.of());
    }

    @Test
    void refusesIdsAndATextLongerThanTheInboxKeepsWithoutQuotingThem() {
        String tooLong = "秘".repeat(InboundMessage.MAX_MESSAGE_ID_LENGTH + 1);

        assertThatThrownBy(() -> message("c".repeat(129), "u", "n", "m", "t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chat id");
        assertThatThrownBy(() -> message("c", "u".repeat(129), "n", "m", "t")).hasMessageContaining("sender id");
        assertThatThrownBy(() -> message("c", "u", "n", tooLong, "t"))
                .hasMessageContaining("message id")
                .hasMessageNotContaining("秘");
        assertThatThrownBy(() -> message("c", "u", "n", "m", "接".repeat(InboundMessage.MAX_TEXT_LENGTH + 1)))
                .hasMessageContaining("text");
        assertThat(message(
                                "c".repeat(InboundMessage.MAX_CHAT_ID_LENGTH),
                                "u".repeat(InboundMessage.MAX_USER_ID_LENGTH),
                                "n",
                                "m".repeat(InboundMessage.MAX_MESSAGE_ID_LENGTH),
                                "接".repeat(InboundMessage.MAX_TEXT_LENGTH))
                        .text())
                .hasSize(InboundMessage.MAX_TEXT_LENGTH);
    }

    @Test
    void cutsAnOverLongSenderNameWithoutSplittingAnEmoji() {
        String name = "王".repeat(InboundMessage.MAX_SENDER_NAME_LENGTH - 1) + "🍓🍓";

        assertThat(message("c", "u", name, "m", "t").senderName())
                .hasSize(InboundMessage.MAX_SENDER_NAME_LENGTH - 1)
                .doesNotContain("🍓");
    }

    @Test
    void keepsTheMentionsThatFitAndDropsIdsTooLongToBeOne() {
        List<String> many =
                IntStream.range(0, 500).mapToObj(i -> "wx-user-" + i).toList();

        InboundMessage message = new InboundMessage("sandbox", "c", "u", "n", "m", "t", many, AT, List.of());
        List<String> odd = new InboundMessage(
                        "sandbox", "c", "u", "n", "m", "t", List.of("a", "x".repeat(129), " ", "b"), AT, List.of())
                .mentions();

        assertThat(String.join("\n", message.mentions())).hasSizeLessThanOrEqualTo(InboundMessage.MAX_MENTIONS_LENGTH);
        assertThat(message.mentions())
                .hasSizeGreaterThan(150)
                .isEqualTo(many.subList(0, message.mentions().size()));
        assertThat(odd).containsExactly("a", "b");
    }

    @Test
    void aReplyIsBoundedTheSameWay() {
        OutboundMessage reply =
                new OutboundMessage("sandbox", "c", "名".repeat(InboundMessage.MAX_TEXT_LENGTH + 5), List.of(), null);

        assertThat(reply.text()).hasSize(InboundMessage.MAX_TEXT_LENGTH).endsWith("…");
    }
}
