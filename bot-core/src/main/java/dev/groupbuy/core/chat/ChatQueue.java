package dev.groupbuy.core.chat;

import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each chat's messages, processed one at a time in the order they were stored. Whoever holds the chat's lock
 * (across instances in production) works through the chat's unfinished inbox entries oldest first: a receiver
 * up to its own message, the sweep up to a batch. So no message overtakes one stored before it, and none is
 * processed twice: the next entry is read from the inbox only after the one before it was finished.
 */
final class ChatQueue {

    private final Inbox inbox;
    private final Locks locks;
    private final MessagePipeline pipeline;

    ChatQueue(Inbox inbox, Locks locks, MessagePipeline pipeline) {
        this.inbox = inbox;
        this.locks = locks;
        this.pipeline = pipeline;
    }

    /**
     * Processes the chat's unfinished entries up to entry {@code upTo}, at most {@code limit}, and stops at an
     * entry that has to wait (its deal's lock stayed busy): the ones after it wait too.
     *
     * @param known the entry the caller already holds, to spare reading it again (or {@code null})
     * @throws LockTimeoutException when the chat's lock could not be taken within {@code wait}
     */
    List<PipelineResult> drain(ChatKey chat, Duration wait, long upTo, int limit, Inbox.StoredMessage known) {
        return locks.withLock(chat.lockKey(), wait, () -> {
            List<PipelineResult> results = new ArrayList<>();
            for (long id : inbox.unfinishedIds(chat, upTo, limit)) {
                Optional<Inbox.StoredMessage> next =
                        known != null && known.id() == id ? Optional.of(known) : inbox.findById(id);
                if (next.isEmpty()) {
                    continue;
                }
                PipelineResult result = pipeline.process(id, next.get().message());
                results.add(result);
                if (result.state() == InboxState.RECEIVED) {
                    break;
                }
            }
            return results;
        });
    }
}
