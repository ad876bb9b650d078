package dev.groupbuy.core.chat;

import java.util.List;

/**
 * How a handler finished with a message.
 *
 * @param state the inbox state to record: {@link InboxState#DONE} when acted on, {@link InboxState#IGNORED} when not
 * @param detail a short English note for the inbox and logs
 * @param replies what the bot says in the group in answer; often nothing
 * @param posted what the work already put in the outbox for this group (a use case's announcement, such as
 *     the 截单 totals): reported with the replies, before them, but not enqueued again
 */
public record Outcome(InboxState state, String detail, List<OutboundMessage> replies, List<Posted> posted) {

    public Outcome {
        detail = detail == null ? "" : detail;
        replies = replies == null ? List.of() : List.copyOf(replies);
        posted = posted == null ? List.of() : List.copyOf(posted);
    }

    public Outcome(InboxState state, String detail, List<OutboundMessage> replies) {
        this(state, detail, replies, List.of());
    }

    public static Outcome done(String detail, List<OutboundMessage> replies) {
        return new Outcome(InboxState.DONE, detail, replies);
    }

    public static Outcome ignored(String detail) {
        return new Outcome(InboxState.IGNORED, detail, List.of());
    }
}
