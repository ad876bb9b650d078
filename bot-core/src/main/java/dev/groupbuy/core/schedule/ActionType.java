package dev.groupbuy.core.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of scheduled action, by their wire names ({@code open-deal} …). */
public enum ActionType {
    POST,
    OPEN_DEAL,
    REMIND,
    CLOSE_DEALS,
    POST_LIST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ActionType> fromWireName(String value) {
        return Arrays.stream(values())
                .filter(type -> type.wireName().equals(value.strip()))
                .findFirst();
    }
}
