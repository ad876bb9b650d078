package dev.groupbuy.core.schedule;

import java.util.Locale;

/** What a {@code post-list} action posts: the numbered 接龙 list (#名单) or the totals (#汇总). */
public enum ListKind {
    LIST,
    TOTALS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ListKind fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
