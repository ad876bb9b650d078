package dev.groupbuy.core.history;

import java.util.Locale;

/** What a {@link Change} is about. */
public enum Subject {
    /** A product of the library, by its id. */
    PRODUCT,
    /** A supplier, by its id. */
    SUPPLIER,
    /** A group's commission rate, by the group's id. */
    GROUP_COMMISSION,
    /** A leader's own commission rate, by {@code <platform>/<user id>}. */
    LEADER_COMMISSION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Subject fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
