package dev.groupbuy.core.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds messages left waiting in the inbox and processes them, without a restart: those whose chat's or deal's
 * lock stayed busy longer than the lock wait (a long 接龙 holding its deal), and those a crashed instance
 * stored but never finished. Meant to run again and again (the application schedules it); each round looks
 * at the chats whose oldest waiting message is oldest, and works through each chat in the order its messages
 * were stored, under the chat's lock, skipping a chat another worker holds right now. Messages younger than
 * the grace (the lock wait) are left to the worker that received them.
 */
public final class InboxSweep {

    private final MessagePipeline pipeline;
    private final Inbox inbox;
    private final Clock clock;
    private final Duration grace;
    private final Batch batch;

    public InboxSweep(MessagePipeline pipeline, Inbox inbox, Clock clock, Duration grace, Batch batch) {
        this.pipeline = pipeline;
        this.inbox = inbox;
        this.clock = clock;
        this.grace = grace;
        this.batch = batch;
    }

    /** One round: the messages it processed, chat by chat, each chat's in order. */
    public List<PipelineResult> sweep() {
        Instant receivedBy = clock.instant().minus(grace);
        List<PipelineResult> processed = new ArrayList<>();
        for (ChatKey chat : inbox.waitingChats(receivedBy, batch.chats())) {
            processed.addAll(pipeline.drainWaiting(chat, batch.messagesPerChat()));
        }
        return processed;
    }

    /**
     * How much one round takes on.
     *
     * @param chats the most chats it looks at
     * @param messagesPerChat the most messages it processes in one chat before moving on to the next
     */
    public record Batch(int chats, int messagesPerChat) {

        public static final Batch DEFAULT = new Batch(50, 200);

        public Batch {
            if (chats < 1 || messagesPerChat < 1) {
                throw new IllegalArgumentException("a sweep takes on at least one message of one chat");
            }
        }
    }
}
