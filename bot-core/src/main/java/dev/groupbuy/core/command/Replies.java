package dev.groupbuy.core.command;

import dev.groupbuy.core.announce.TextSplitter;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.List;

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
}
