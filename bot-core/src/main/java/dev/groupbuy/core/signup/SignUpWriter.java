package dev.groupbuy.core.signup;

import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.order.StaleOrderException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores what a merge decided: only the orders that changed, one history row each, and the new line
 * texts. Writes grow with what changed, never with the length of the chain.
 */
public final class SignUpWriter {

    private final OrderRepository orders;
    private final SignUpLedger ledger;

    public SignUpWriter(OrderRepository orders, SignUpLedger ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    /**
     * @param actor the platform user id of the message's sender
     * @return the orders as stored (with ids and versions)
     * @throws StaleOrderException when an order changed since it was read
     */
    public List<Order> write(DealState state, MergeResult result, long inboxId, String actor, Instant at) {
        List<Order> written = new ArrayList<>();
        for (OrderDecision decision : result.decisions()) {
            Order stored = store(decision);
            written.add(stored);
            String before = decision.before() == null ? "" : decision.before().describe();
            orders.appendHistory(new OrderChange(
                    null,
                    stored.id(),
                    stored.dealId(),
                    at,
                    actor,
                    decision.action(),
                    before,
                    stored.describe(),
                    inboxId));
        }
        if (!result.newLines().isEmpty()) {
            ledger.record(seenLines(state, result.newLines(), inboxId, at));
        }
        return written;
    }

    private Order store(OrderDecision decision) {
        if (decision.creates()) {
            return orders.insert(decision.after());
        }
        return orders.update(decision.after()).orElseThrow(() -> new StaleOrderException(decision.after()));
    }

    private static List<SeenLine> seenLines(DealState state, List<ChainEntry> entries, long inboxId, Instant at) {
        return entries.stream()
                .map(entry -> new SeenLine(
                        state.dealId(),
                        state.groupId(),
                        entry.name(),
                        SignUpMerger.textOf(entry),
                        inboxId,
                        at,
                        SignUpMerger.needsReview(entry)))
                .toList();
    }
}
