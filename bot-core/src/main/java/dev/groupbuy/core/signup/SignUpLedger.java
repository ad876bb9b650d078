package dev.groupbuy.core.signup;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Port: which line texts each participant of a deal already had. A participant's line changes their order
 * only when its text is new for them, so a stale copy of an older list changes nothing.
 *
 * <p>Implementations must make {@link #record} idempotent per {@link SeenLine#fingerprint()}: recording a
 * line twice (a message re-processed after a crash) keeps one row.
 */
public interface SignUpLedger {

    /** The fingerprints of every line seen in this group's chains for this deal. */
    Set<String> fingerprints(long dealId, long groupId);

    /** Every line seen in this group's chains for this deal, in the order they were first seen. */
    List<SeenLine> lines(long dealId, long groupId);

    /** Remembers lines; lines already known are skipped. */
    void record(Collection<SeenLine> lines);
}
