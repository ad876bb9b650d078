package dev.groupbuy.core.chat;

import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.order.StaleOrderException;
import dev.groupbuy.core.store.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one path of every inbound message: stored in the inbox before it is acknowledged, processed once,
 * then marked finished in the same transaction as its effects and replies. Work for one deal runs under
 * that deal's lock; different groups run in parallel. A message stored but never finished (a crash) is
 * processed again by {@link #recoverUnfinished}; handlers are idempotent, so nothing changes twice.
 */
public final class MessagePipeline {

    private static final Logger LOG = Logger.getLogger(MessagePipeline.class.getName());
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 3;

    private final Inbox inbox;
    private final Outbox outbox;
    private final GroupRepository groups;
    private final MessageRouter router;
    private final Locks locks;
    private final Transactions transactions;

    public MessagePipeline(
            Inbox inbox,
            Outbox outbox,
            GroupRepository groups,
            MessageRouter router,
            Locks locks,
            Transactions transactions) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.groups = groups;
        this.router = router;
        this.locks = locks;
        this.transactions = transactions;
    }

    /** Stores and processes a message; a message id already delivered is dropped. */
    public PipelineResult receive(InboundMessage message) {
        Optional<Long> id = inbox.storeIfNew(message);
        if (id.isEmpty()) {
            return PipelineResult.duplicate();
        }
        return process(id.get(), message);
    }

    /** Processes again messages stored but never finished, oldest first. */
    public List<PipelineResult> recoverUnfinished(int limit) {
        return inbox.unfinished(limit).stream()
                .map(stored -> process(stored.id(), stored.message()))
                .toList();
    }

    PipelineResult process(long inboxId, InboundMessage message) {
        Optional<ChatGroup> group = groups.findByChat(message.platform(), message.chatId());
        if (group.isEmpty()) {
            return finish(inboxId, Outcome.ignored("unknown group"));
        }
        MessageContext context = new MessageContext(inboxId, message, group.get());
        for (int attempt = 1; ; attempt++) {
            try {
                return run(context);
            } catch (StaleOrderException e) {
                if (attempt == ATTEMPTS) {
                    return failed(inboxId, e);
                }
            } catch (LockTimeoutException e) {
                LOG.warning(() -> "inbox " + inboxId + " left for recovery: " + e.getMessage());
                return PipelineResult.quiet(inboxId, InboxState.RECEIVED, e.getMessage());
            } catch (RuntimeException e) {
                return failed(inboxId, e);
            }
        }
    }

    private PipelineResult run(MessageContext context) {
        MessageRouter.Routed routed = router.route(context);
        Handling handling = routed.handling();
        if (handling.lockKey() == null) {
            return runInTransaction(context.inboxId(), handling);
        }
        return locks.withLock(handling.lockKey(), LOCK_WAIT, () -> runInTransaction(context.inboxId(), handling));
    }

    private PipelineResult runInTransaction(long inboxId, Handling handling) {
        return transactions.inTransaction(() -> finish(inboxId, handling.work().get()));
    }

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
        inbox.markState(inboxId, outcome.state(), outcome.detail());
        return new PipelineResult(inboxId, outcome.state(), outcome.detail(), said, outboxIds);
    }

    private PipelineResult failed(long inboxId, RuntimeException e) {
        LOG.log(Level.WARNING, "inbox " + inboxId + " failed", e);
        String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        inbox.markState(inboxId, InboxState.FAILED, detail);
        return PipelineResult.quiet(inboxId, InboxState.FAILED, detail);
    }
}
