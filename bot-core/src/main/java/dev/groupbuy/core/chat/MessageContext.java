package dev.groupbuy.core.chat;

import dev.groupbuy.core.group.ChatGroup;
import java.util.List;

/** A stored inbound message on its way through the pipeline, with the group it was posted in. */
public record MessageContext(long inboxId, InboundMessage message, ChatGroup group) {

    public long groupId() {
        return group.id();
    }

    /** A reply in the message's group, answering the message. */
    public OutboundMessage reply(String text, List<String> mentions) {
        return new OutboundMessage(message.platform(), message.chatId(), text, mentions, message.messageId());
    }

    public OutboundMessage reply(String text) {
        return reply(text, List.of());
    }
}
