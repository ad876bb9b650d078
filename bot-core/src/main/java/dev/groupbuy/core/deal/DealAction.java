package dev.groupbuy.core.deal;

import java.util.Locale;

/** What happened to a deal, as its history records it. */
public enum DealAction {
    OPENED,
    CLOSED,
    REOPENED,
    CANCEL_REQUESTED,
    CANCELLED,
    ARRIVED,
    /** The day the goods are delivered was set or changed. */
    DELIVERY_DATE_SET,
    DEADLINE_CHANGED,
    REMINDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DealAction fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
