package dev.groupbuy.core.group;

import java.util.Locale;

/** What a member may do in a group: leaders (团长) and assistants run commands, residents order. */
public enum Role {
    LEADER,
    ASSISTANT,
    RESIDENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /** Leaders and assistants may run leader commands such as 截单. */
    public boolean runsTheGroup() {
        return this != RESIDENT;
    }
}
