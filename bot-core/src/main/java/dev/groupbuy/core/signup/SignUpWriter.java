package dev.groupbuy.core.signup;

import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.order.StaleOrderException;
import dev.groupbuy.core.store.Failures;
import dev.groupbuy.core.store.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Stores what a merge decided: only the orders that changed, one history row each, and the new line
 * texts. Writes grow with what changed, never with the length of the chain.
 */
public final class SignUpWriter {

    private static final Logger LOG = Logger.getLogger(SignUpWriter.class.getName());

    private final OrderRepository orders;
    private final SignUpLedger ledger;
    private final Transactions transactions;

    public SignUpWriter(OrderRepository orders, SignUpLedger ledger, Transactions transactions) {
        this.orders = orders;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    /**
     * @param actor the platform user id of the message's sender
     * @return the orders as stored (with ids and versions)
     * @throws StaleOrderException when an order changed since it was read
     */
    public List<Order> write(DealState state, MergeResult result, long inboxId, String actor, Instant at) {
        List<Order> written = new ArrayList<>();
        for (OrderDecision decision : result.decisions()) {
            written.add(store(decision, inboxId, actor, at));
        }
        if (!result.newLines().isEmpty()) {
            ledger.record(seenLines(state, result.newLines(), inboxId, at, setAside(result)));
        }
        return written;
    }

    /**
     * Like {@link #write}, one participant at a time behind a savepoint, after {@link #write} failed: the store
     * refusing one participant's order undoes only that order, and the rest of the message is stored. The
     * refused participant's lines are still remembered when the ledger takes them, so later copies of the list
     * skip them instead of failing again.
     *
     * @return the orders as stored, and the lines whose orders the store refused
     * @throws StaleOrderException when an order changed since it was read
     */
    public Careful writeCarefully(DealState state, MergeResult result, long inboxId, String actor, Instant at) {
        Map<String, List<ChainEntry>> linesByName = new LinkedHashMap<>();
        result.newLines()
                .forEach(entry -> linesByName
                        .computeIfAbsent(entry.name().strip(), name -> new ArrayList<>())
                        .add(entry));
        Set<ChainEntry> aside = setAside(result);
        List<Order> written = new ArrayList<>();
        List<LineProblem.Line> refused = new ArrayList<>();
        for (OrderDecision decision : result.decisions()) {
            List<ChainEntry> own = linesByName.getOrDefault(decision.after().name(), List.of());
            linesByName.remove(decision.after().name());
            try {
                written.add(transactions.inSavepoint(() -> {
                    Order stored = store(decision, inboxId, actor, at);
                    ledger.record(seenLines(state, own, inboxId, at, aside));
                    return stored;
                }));
            } catch (StaleOrderException e) {
                throw e;
            } catch (RuntimeException e) {
                ChainEntry line = deciding(own, decision);
                LOG.warning(() ->
                        "inbox " + inboxId + ": line " + line.seq() + " not stored (" + Failures.describe(e) + ")");
                refused.add(new LineProblem.Line(line, LineProblem.NOT_STORED));
                rememberQuietly(state, own, inboxId, at, new HashSet<>(own));
            }
        }
        rememberQuietly(
                state, linesByName.values().stream().flatMap(List::stream).toList(), inboxId, at, aside);
        return new Careful(written, refused);
    }

    private Order store(OrderDecision decision, long inboxId, String actor, Instant at) {
        Order stored = decision.creates()
                ? orders.insert(decision.after())
                : orders.update(decision.after()).orElseThrow(() -> new StaleOrderException(decision.after()));
        String before = decision.before() == null ? "" : decision.before().describe();
        orders.appendHistory(new OrderChange(
                null, stored.id(), stored.dealId(), at, actor, decision.action(), before, stored.describe(), inboxId));
        return stored;
    }

    /** Records the lines behind a savepoint, else one by one; a line the ledger refuses too is left unseen. */
    private void rememberQuietly(
            DealState state, List<ChainEntry> entries, long inboxId, Instant at, Set<ChainEntry> aside) {
        if (entries.isEmpty() || remember(state, entries, inboxId, at, aside) || entries.size() == 1) {
            return;
        }
        entries.forEach(entry -> remember(state, List.of(entry), inboxId, at, aside));
    }

    private boolean remember(
            DealState state, List<ChainEntry> entries, long inboxId, Instant at, Set<ChainEntry> aside) {
        try {
            transactions.inSavepoint(() -> {
                ledger.record(seenLines(state, entries, inboxId, at, aside));
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warning(() -> "inbox " + inboxId + ": " + entries.size() + " lines not remembered ("
                    + Failures.describe(e) + ")");
            return false;
        }
    }

    /** The participant's line that set the order the store refused (the last one when in doubt). */
    private static ChainEntry deciding(List<ChainEntry> own, OrderDecision decision) {
        return own.stream()
                .filter(entry -> entry.seq() == decision.after().seq())
                .reduce((first, second) -> second)
                .orElse(own.isEmpty() ? emptyLine(decision) : own.get(own.size() - 1));
    }

    private static ChainEntry emptyLine(OrderDecision decision) {
        Order order = decision.after();
        return new ChainEntry(order.seq(), order.name(), order.items(), false, false, null, "", order.line(), "");
    }

    /**
     * The lines as the ledger keeps them; a line waits for its participant (待确认) when the parser could not
     * read it or it was {@code setAside} (its order would not fit, or the store refused it).
     */
    private static List<SeenLine> seenLines(
            DealState state, List<ChainEntry> entries, long inboxId, Instant at, Set<ChainEntry> setAside) {
        return entries.stream()
                .map(entry -> new SeenLine(
                        state.dealId(),
                        state.groupId(),
                        entry.name(),
                        SignUpMerger.textOf(entry),
                        inboxId,
                        at,
                        SignUpMerger.needsReview(entry) || setAside.contains(entry)))
                .toList();
    }

    private static Set<ChainEntry> setAside(MergeResult result) {
        Set<ChainEntry> entries = new HashSet<>();
        result.problems().forEach(line -> entries.add(line.entry()));
        return entries;
    }

    /**
     * What a careful write stored.
     *
     * @param stored the orders as stored
     * @param refused the lines whose orders the store refused ({@link LineProblem#NOT_STORED})
     */
    public record Careful(List<Order> stored, List<LineProblem.Line> refused) {}
}
