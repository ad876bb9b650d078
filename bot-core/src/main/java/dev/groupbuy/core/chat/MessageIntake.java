package dev.groupbuy.core.chat;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * The pipeline's door for platforms that must be answered within seconds (WeCom gives a callback 5 s): the
 * message is stored in the inbox at once, so the platform can be acknowledged, and processed afterwards on
 * an executor, in the chat's order like every message. A message the executor cannot take stays stored and
 * unfinished, and the {@link InboxSweep} processes it like any message a crash interrupted.
 */
public final class MessageIntake {

    private static final Logger LOG = Logger.getLogger(MessageIntake.class.getName());

    private final Inbox inbox;
    private final MessagePipeline pipeline;
    private final Executor executor;

    public MessageIntake(Inbox inbox, MessagePipeline pipeline, Executor executor) {
        this.inbox = inbox;
        this.pipeline = pipeline;
        this.executor = executor;
    }

    /**
     * Stores the message and schedules its processing.
     *
     * @return false when the platform delivered this message before: nothing is stored or processed again
     */
    public boolean accept(InboundMessage message) {
        return inbox.storeIfNew(message)
                .map(id -> {
                    schedule(id, message);
                    return true;
                })
                .orElse(false);
    }

    private void schedule(long id, InboundMessage message) {
        try {
            executor.execute(() -> pipeline.processStored(id, message));
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> "inbox " + id + " stored; left for recovery (no worker free)");
        }
    }
}
