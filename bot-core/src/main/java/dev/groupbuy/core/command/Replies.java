package dev.groupbuy.core.command;

import dev.groupbuy.core.announce.TextSplitter;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reply texts as messages, each cut at the platform's size limit. */
final class Replies {

    private Replies() {}

    static List<OutboundMessage> of(MessageContext context, List<String> texts) {
        List<OutboundMessage> replies = new ArrayList<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String part : TextSplitter.split(text, TextSplitter.DEFAULT_MAX_BYTES)) {
                replies.add(context.reply(part));
            }
        }
        return replies;
    }

    /**
     * One text as messages cut at the platform's size limit, each @-mentioning the people whose {@code @name} it
     * holds.
     *
     * @param mentions user ids by the names written after {@code @}
     */
    static List<OutboundMessage> mentioning(MessageContext context, String text, Map<String, String> mentions) {
        List<OutboundMessage> replies = new ArrayList<>();
        for (String part : TextSplitter.split(text, TextSplitter.DEFAULT_MAX_BYTES)) {
            List<String> ids = mentions.entrySet().stream()
                    .filter(m -> part.contains("@" + m.getKey()))
                    .map(Map.Entry::getValue)
                    .distinct()
                    .toList();
            replies.add(context.reply(part, ids));
        }
        return replies;
    }
}
