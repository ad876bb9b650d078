package dev.groupbuy.core.chat;

import java.util.List;

/**
 * What became of one inbound message.
 *
 * @param inboxId the inbox entry, or {@code null} for a duplicate delivery
 * @param state the inbox state it ended in; {@link InboxState#RECEIVED} when it must be retried later
 * @param replies what the bot said in the group in answer (also queued in the outbox)
 */
public record PipelineResult(Long inboxId, InboxState state, String detail, List<OutboundMessage> replies) {

    public PipelineResult {
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    public static PipelineResult duplicate() {
        return new PipelineResult(null, InboxState.DONE, "duplicate delivery", List.of());
    }

    public boolean isDuplicate() {
        return inboxId == null;
    }
}
