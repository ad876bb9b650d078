package dev.groupbuy.core.order;

import java.util.Locale;

public enum OrderStatus {
    ACTIVE,
    CANCELLED,
    PICKED_UP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
