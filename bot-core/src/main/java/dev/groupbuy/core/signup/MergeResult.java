package dev.groupbuy.core.signup;

import dev.groupbuy.core.jielong.ChainEntry;
import java.util.List;

/**
 * What merging one chain snapshot into a deal decided.
 *
 * @param decisions orders to store, at most one per participant
 * @param newLines entries whose text was new for their participant: to remember in the ledger
 * @param reviews new entries the bot could not read: their participants must be asked
 * @param missingActive participants with an active order that the snapshot does not list
 */
public record MergeResult(
        List<OrderDecision> decisions,
        List<ChainEntry> newLines,
        List<ChainEntry> reviews,
        List<String> missingActive) {

    public MergeResult {
        decisions = List.copyOf(decisions);
        newLines = List.copyOf(newLines);
        reviews = List.copyOf(reviews);
        missingActive = List.copyOf(missingActive);
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
