package dev.groupbuy.core.chat;

import java.util.List;

/**
 * Something the bot says in a group.
 *
 * @param mentions user ids to @-mention
 * @param inReplyTo the platform message id this answers, or {@code null}
 */
public record OutboundMessage(String platform, String chatId, String text, List<String> mentions, String inReplyTo) {

    public OutboundMessage {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an outbound message needs text");
        }
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
