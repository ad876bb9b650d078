package dev.groupbuy.core.signup;

import dev.groupbuy.core.jielong.ChainEntry;
import java.util.List;
import java.util.Set;

/**
 * What merging one chain snapshot into a deal decided.
 *
 * @param decisions orders to store, at most one per participant
 * @param newLines entries whose text was new for their participant: to remember in the ledger
 * @param reviews new entries the bot could not read: their participants must be asked
 * @param missingActive participants with an active order that the snapshot does not list
 * @param problems new entries that read as orders the store cannot hold: their participants must be asked
 */
public record MergeResult(
        List<OrderDecision> decisions,
        List<ChainEntry> newLines,
        List<ChainEntry> reviews,
        List<String> missingActive,
        List<LineProblem.Line> problems) {

    public MergeResult {
        decisions = List.copyOf(decisions);
        newLines = List.copyOf(newLines);
        reviews = List.copyOf(reviews);
        missingActive = List.copyOf(missingActive);
        problems = List.copyOf(problems);
    }

    /** The same result without the decisions for {@code participants} (their orders could not be stored). */
    MergeResult without(Set<String> participants) {
        return new MergeResult(
                decisions.stream()
                        .filter(decision ->
                                !participants.contains(decision.after().name()))
                        .toList(),
                newLines,
                reviews,
                missingActive,
                problems);
    }

    /**
     * The snapshot was built on another version of the list: it adds someone while leaving out people
     * who have orders. Both branches count; the merged list is worth posting.
     */
    public boolean forked() {
        return !missingActive.isEmpty() && decisions.stream().anyMatch(OrderDecision::creates);
    }

    public boolean changesNothing() {
        return decisions.isEmpty() && newLines.isEmpty();
    }
}
