package dev.groupbuy.core.signup;

import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ParsedChain;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges one chain snapshot into a deal's orders, by the rules across messages: a participant's line
 * sets their order only when its text is new for them; older texts and missing lines change nothing;
 * numbers are labels, so forks keep everybody; a line whose order the store could not hold (a name or a
 * quantity too large, {@link LineProblem}) is set aside like a review; a line with a payment mark ({@code 已付})
 * marks its order paid, and a later line without it does not undo that. A pure function of the state and the
 * snapshot.
 */
public final class SignUpMerger {

    /**
     * @param sender who posted the snapshot: a new order whose name is the sender's gets their user id
     */
    public MergeResult merge(DealState state, ParsedChain chain, Sender sender, Instant at) {
        Map<String, Order> working = new LinkedHashMap<>(state.orders());
        Set<String> seen = new HashSet<>(state.seen());
        Set<String> listed = new HashSet<>();
        List<ChainEntry> newLines = new ArrayList<>();
        List<ChainEntry> reviews = new ArrayList<>();
        List<LineProblem.Line> problems = new ArrayList<>();
        for (ChainEntry entry : chain.entries()) {
            String name = entry.name().strip();
            if (name.isEmpty()) {
                continue;
            }
            listed.add(name);
            if (!seen.add(SeenLine.fingerprint(name, textOf(entry)))) {
                continue;
            }
            newLines.add(entry);
            LineProblem problem = entry.cancelled() ? null : LineProblem.of(name, entry.items());
            if (problem != null) {
                problems.add(new LineProblem.Line(entry, problem));
                continue;
            }
            if (needsReview(entry)) {
                reviews.add(entry);
                continue;
            }
            Order next = apply(state, working.get(name), entry, sender, at);
            if (next != null) {
                working.put(name, next);
            }
        }
        return new MergeResult(decisions(state, working), newLines, reviews, missingActive(state, listed), problems);
    }

    /** The text that identifies a version of a participant's line: the line after its number, trimmed. */
    public static String textOf(ChainEntry entry) {
        String text = entry.text().strip();
        return text.isEmpty() ? entry.line().strip() : text;
    }

    static boolean needsReview(ChainEntry entry) {
        return entry.review() || (!entry.cancelled() && entry.items().isEmpty());
    }

    private static Order apply(DealState state, Order current, ChainEntry entry, Sender sender, Instant at) {
        String text = textOf(entry);
        if (entry.cancelled()) {
            return current != null && current.isActive() ? current.cancel(entry.seq(), text, at) : null;
        }
        if (current == null) {
            String memberId = sender.memberFor(entry);
            return paidIfMarked(
                    Order.placed(
                            state.dealId(),
                            state.groupId(),
                            entry.name(),
                            memberId,
                            entry.items(),
                            entry.seq(),
                            text,
                            entry.note(),
                            at),
                    entry,
                    at);
        }
        if (current.status() == OrderStatus.PICKED_UP || current.isActiveWith(entry.items())) {
            Order paid = paidIfMarked(current, entry, at);
            return paid == current ? null : paid;
        }
        return paidIfMarked(current.changeTo(entry.items(), entry.seq(), text, entry.note(), at), entry, at);
    }

    /**
     * The order marked paid when the line says so ({@code 已付}, {@code ✅} …) and it is unpaid. A line without
     * the mark never makes a paid order unpaid, and a refund stays a refund.
     */
    private static Order paidIfMarked(Order order, ChainEntry entry, Instant at) {
        return entry.paid() && order.payment() == PaymentStatus.UNPAID && order.status() != OrderStatus.CANCELLED
                ? order.withPayment(PaymentStatus.PAID, at)
                : order;
    }

    private static List<OrderDecision> decisions(DealState state, Map<String, Order> working) {
        List<OrderDecision> decisions = new ArrayList<>();
        working.forEach((name, after) -> {
            Order before = state.orders().get(name);
            if (after != before) {
                decisions.add(new OrderDecision(before, after));
            }
        });
        return decisions;
    }

    private static List<String> missingActive(DealState state, Set<String> listed) {
        return state.orders().values().stream()
                .filter(Order::isActive)
                .map(Order::name)
                .filter(name -> !listed.contains(name))
                .toList();
    }

    /**
     * Who posted a snapshot.
     *
     * @param owners when the platform says who wrote which entry (WeChat's native 接龙): the writer's user id
     *     by entry number; these are authoritative, the sender's name is only matched otherwise
     */
    public record Sender(String userId, String name, Map<Integer, String> owners) {

        public Sender {
            owners = owners == null ? Map.of() : Map.copyOf(owners);
        }

        public Sender(String userId, String name) {
            this(userId, name, Map.of());
        }

        String memberFor(ChainEntry entry) {
            String owner = owners.get(entry.seq());
            if (owner != null) {
                return owner;
            }
            return isNamed(entry.name()) ? userId : null;
        }

        boolean isNamed(String participant) {
            return name != null && !name.isBlank() && name.strip().equals(participant.strip());
        }
    }
}
