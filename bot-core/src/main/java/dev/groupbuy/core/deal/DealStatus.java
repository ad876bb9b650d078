package dev.groupbuy.core.deal;

import java.util.Locale;

/**
 * Life cycle of a deal: residents sign up while it is {@link #OPEN}; {@link #CLOSED} after 截单; {@link
 * #ARRIVED} once the leader announced the goods; {@link #CANCELLED} when called off.
 */
public enum DealStatus {
    OPEN,
    CLOSED,
    ARRIVED,
    CANCELLED;

    /** The lower-case name used in the API and the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DealStatus fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
