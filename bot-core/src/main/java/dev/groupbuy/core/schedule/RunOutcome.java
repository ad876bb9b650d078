package dev.groupbuy.core.schedule;

import java.util.Locale;

/** What a run of a schedule did in one group. */
public enum RunOutcome {
    /** Not done yet (in progress, or waiting to be resumed after a crash). */
    PENDING,
    DONE,
    /** Nothing to do: no open deal to close, remind or list. */
    NOTHING,
    /** The use case refused (e.g. the group's deal was not open any more). */
    REFUSED,
    FAILED,
    /** The fire time was missed by more than the grace; nothing was done. */
    SKIPPED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunOutcome fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
