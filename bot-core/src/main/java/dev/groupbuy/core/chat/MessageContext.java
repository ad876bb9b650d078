package dev.groupbuy.core.chat;

import dev.groupbuy.core.group.ChatGroup;
import java.util.List;

/**
 * A stored inbound message on its way through the pipeline, with the group it was posted in.
 *
 * @param careful the message is tried again after an unexpected failure: a handler that applies a message in
 *     parts (the lines of a 接龙) isolates each part, so that a part the store refuses cannot fail the others
 */
public record MessageContext(long inboxId, InboundMessage message, ChatGroup group, boolean careful) {

    public MessageContext(long inboxId, InboundMessage message, ChatGroup group) {
        this(inboxId, message, group, false);
    }

    public long groupId() {
        return group.id();
    }

    /**
     * A reply answering the message: in the message's group, or in the 1:1 chat it came through when a
     * leader sent it to the bot directly.
     */
    public OutboundMessage reply(String text, List<String> mentions) {
        ChatAddress to = message.answerAddress();
        return new OutboundMessage(to.platform(), to.chatId(), text, mentions, message.messageId());
    }

    public OutboundMessage reply(String text) {
        return reply(text, List.of());
    }
}
