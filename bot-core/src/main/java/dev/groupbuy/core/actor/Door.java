package dev.groupbuy.core.actor;

import java.util.Locale;

/** Through which door an action came: the group chat, the admin API, the scheduler, the web console. */
public enum Door {
    CHAT,
    API,
    SCHEDULE,
    CONSOLE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Door fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
