package dev.groupbuy.core.chat;

import java.util.List;

/**
 * What became of one inbound message.
 *
 * @param inboxId the inbox entry, or {@code null} for a duplicate delivery
 * @param state the inbox state it ended in; {@link InboxState#RECEIVED} when it must be retried later
 * @param replies what the bot said in the group in answer
 * @param outboxIds the outbox entries of {@code replies}, in the same order: a platform that hands the
 *     replies back itself (the sandbox) marks them sent
 */
public record PipelineResult(
        Long inboxId, InboxState state, String detail, List<OutboundMessage> replies, List<Long> outboxIds) {

    public PipelineResult {
        replies = replies == null ? List.of() : List.copyOf(replies);
        outboxIds = outboxIds == null ? List.of() : List.copyOf(outboxIds);
    }

    /** A result without replies. */
    public static PipelineResult quiet(Long inboxId, InboxState state, String detail) {
        return new PipelineResult(inboxId, state, detail, List.of(), List.of());
    }

    public static PipelineResult duplicate() {
        return quiet(null, InboxState.DONE, "duplicate delivery");
    }

    public boolean isDuplicate() {
        return inboxId == null;
    }
}
