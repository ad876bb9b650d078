package dev.groupbuy.core.chat;

import dev.groupbuy.core.store.TextLimit;
import java.util.List;

/**
 * Something the bot says in a group. Bounded like an {@link InboundMessage}, so the outbox can always store
 * it: a text longer than {@value InboundMessage#MAX_TEXT_LENGTH} characters is shortened (ending in …), and
 * mentions beyond {@value InboundMessage#MAX_MENTIONS_LENGTH} characters in all are dropped.
 *
 * @param mentions user ids to @-mention
 * @param inReplyTo the platform message id this answers, or {@code null}
 */
public record OutboundMessage(String platform, String chatId, String text, List<String> mentions, String inReplyTo) {

    public OutboundMessage {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an outbound message needs text");
        }
        text = TextLimit.shorten(text, InboundMessage.MAX_TEXT_LENGTH);
        mentions = mentions == null ? List.of() : InboundMessage.fitting(mentions);
    }
}
