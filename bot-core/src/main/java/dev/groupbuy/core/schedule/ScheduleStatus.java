package dev.groupbuy.core.schedule;

import java.util.Locale;

/** Whether a schedule still fires. */
public enum ScheduleStatus {
    ACTIVE,
    PAUSED,
    /** A one-shot that fired, or a cron past its end: it never fires again. */
    FINISHED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScheduleStatus fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
