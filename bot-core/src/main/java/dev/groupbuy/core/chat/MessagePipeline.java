package dev.groupbuy.core.chat;

import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.order.StaleOrderException;
import dev.groupbuy.core.store.Failures;
import dev.groupbuy.core.store.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one path of every inbound message: stored in the inbox before it is acknowledged, processed once,
 * then marked finished in the same transaction as its effects and replies. A chat's messages are processed in
 * the order they were stored, under the chat's lock ({@link ChatQueue}); work for one deal also runs under
 * that deal's lock; different groups run in parallel. A message that could not take its lock in time, or that
 * was stored but never finished (a crash), waits in the inbox until {@link InboxSweep} finds it; handlers are
 * idempotent, so nothing changes twice. A message whose work fails unexpectedly is tried once more
 * {@linkplain MessageContext#careful() carefully}, so that one part the store refuses cannot keep the rest of
 * it, or the messages after it, from counting.
 */
public final class MessagePipeline {

    private static final Logger LOG = Logger.getLogger(MessagePipeline.class.getName());
    private static final int ATTEMPTS = 3;
    /** The most a receiver works through for its chat before its own message; the sweep does the rest. */
    private static final int RECEIVER_BATCH = 100;

    private final Inbox inbox;
    private final Outbox outbox;
    private final GroupRepository groups;
    private final MessageRouter router;
    private final Locks locks;
    private final Transactions transactions;
    private final Duration lockWait;
    private final ChatQueue queue;

    /** @param lockWait how long a message waits for its chat's and its deal's lock before it is left for later */
    public MessagePipeline(
            Inbox inbox,
            Outbox outbox,
            GroupRepository groups,
            MessageRouter router,
            Locks locks,
            Transactions transactions,
            Duration lockWait) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.groups = groups;
        this.router = router;
        this.locks = locks;
        this.transactions = transactions;
        this.lockWait = lockWait;
        this.queue = new ChatQueue(inbox, locks, this);
    }

    /**
     * Stores a message and processes it after the chat's earlier messages still waiting; a message id already
     * delivered is dropped. When the chat's lock stays busy longer than the lock wait, the message is left
     * waiting (state {@link InboxState#RECEIVED}) for {@link InboxSweep}.
     */
    public PipelineResult receive(InboundMessage message) {
        Optional<Long> stored = inbox.storeIfNew(message);
        if (stored.isEmpty()) {
            return PipelineResult.duplicate();
        }
        return processStored(stored.get(), message);
    }

    /**
     * Processes a message already stored in the inbox as {@code id}, after the chat's earlier messages still
     * waiting: the second half of {@link #receive}, for doors that store first and process later
     * ({@link MessageIntake}).
     */
    PipelineResult processStored(long id, InboundMessage message) {
        try {
            Inbox.StoredMessage own = new Inbox.StoredMessage(id, message, InboxState.RECEIVED);
            return queue.drain(ChatKey.of(message), lockWait, id, RECEIVER_BATCH, own).stream()
                    .filter(result -> result.inboxId() == id)
                    .findFirst()
                    .orElseGet(() -> asStored(id));
        } catch (LockTimeoutException e) {
            LOG.info(() -> "inbox " + id + " waits behind the chat's earlier messages");
            return PipelineResult.quiet(id, InboxState.RECEIVED, "waiting behind the chat's earlier messages");
        }
    }

    /**
     * Processes the chat's waiting messages, oldest first, at most {@code limit}; nothing when another worker
     * holds the chat right now (it works through them itself).
     */
    List<PipelineResult> drainWaiting(ChatKey chat, int limit) {
        try {
            return queue.drain(chat, Duration.ZERO, Long.MAX_VALUE, limit, null);
        } catch (LockTimeoutException busy) {
            return List.of();
        }
    }

    /** A message another worker processed (or that still waits behind one its deal's lock kept waiting). */
    private PipelineResult asStored(long id) {
        InboxState state = inbox.findById(id).map(Inbox.StoredMessage::state).orElse(InboxState.DONE);
        return PipelineResult.quiet(
                id, state, state == InboxState.RECEIVED ? "waiting" : "processed by another worker");
    }

    PipelineResult process(long inboxId, InboundMessage message) {
        boolean careful = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return run(inboxId, message, careful);
            } catch (StaleOrderException e) {
                if (attempt >= ATTEMPTS) {
                    return failed(inboxId, e);
                }
            } catch (LockTimeoutException e) {
                LOG.warning(() -> "inbox " + inboxId + " left for the sweep: " + e.getMessage());
                return PipelineResult.quiet(inboxId, InboxState.RECEIVED, e.getMessage());
            } catch (AlreadyFinished e) {
                return asStored(inboxId);
            } catch (RuntimeException e) {
                if (careful) {
                    return failed(inboxId, e);
                }
                LOG.warning(() -> "inbox " + inboxId + " failed (" + Failures.describe(e) + "), trying it carefully");
                careful = true;
            } catch (StackOverflowError e) {
                return failed(inboxId, e);
            }
        }
    }

    private PipelineResult run(long inboxId, InboundMessage message, boolean careful) {
        Optional<ChatGroup> group = groups.findByChat(message.platform(), message.chatId());
        if (group.isEmpty()) {
            return finish(inboxId, Outcome.ignored("unknown group"));
        }
        MessageContext context = new MessageContext(inboxId, message, group.get(), careful);
        Handling handling = router.route(context).handling();
        if (handling.lockKey() == null) {
            return runInTransaction(inboxId, handling);
        }
        return locks.withLock(handling.lockKey(), lockWait, () -> runInTransaction(inboxId, handling));
    }

    private PipelineResult runInTransaction(long inboxId, Handling handling) {
        return transactions.inTransaction(() -> finish(inboxId, handling.work().get()));
    }

    /**
     * Records the outcome; when another worker finished the entry meanwhile (a lock lost, say), the work is rolled
     * back instead, so its effects and replies count once.
     */
    private PipelineResult finish(long inboxId, Outcome outcome) {
        List<OutboundMessage> said = new ArrayList<>();
        List<Long> outboxIds = new ArrayList<>();
        for (Posted posted : outcome.posted()) {
            said.add(posted.message());
            outboxIds.add(posted.outboxId());
        }
        for (OutboundMessage reply : outcome.replies()) {
            said.add(reply);
            outboxIds.add(outbox.enqueue(reply));
        }
        if (!inbox.markState(inboxId, outcome.state(), outcome.detail())) {
            throw new AlreadyFinished();
        }
        return new PipelineResult(inboxId, outcome.state(), outcome.detail(), said, outboxIds);
    }

    /**
     * Logs and records what failed, never the failure's message: it can quote the chat. A failed message is
     * finished, so the chat's later messages go on (a text that overflows the stack included: left waiting, it
     * would hold up its chat for good).
     */
    private PipelineResult failed(long inboxId, Throwable e) {
        String detail = "failed: " + Failures.describe(e);
        LOG.warning(() -> "inbox " + inboxId + " " + detail);
        inbox.markState(inboxId, InboxState.FAILED, detail);
        return PipelineResult.quiet(inboxId, InboxState.FAILED, detail);
    }

    /** The entry was finished by another worker while this one worked on it. */
    private static final class AlreadyFinished extends RuntimeException {
        AlreadyFinished() {
            super("already finished", null, false, false);
        }
    }
}
