package dev.groupbuy.core.deal;

import java.util.Locale;

/** Life cycle of a deal: residents can sign up only while it is {@link #OPEN}. */
public enum DealStatus {
    DRAFT,
    OPEN,
    CLOSED,
    COMPLETED,
    CANCELLED;

    /** The lower-case name used in the API and the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DealStatus fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
