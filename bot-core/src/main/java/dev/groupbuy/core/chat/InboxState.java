package dev.groupbuy.core.chat;

import java.util.Locale;

public enum InboxState {
    RECEIVED,
    PROCESSING,
    DONE,
    IGNORED,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InboxState fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
