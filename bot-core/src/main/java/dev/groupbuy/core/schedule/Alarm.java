package dev.groupbuy.core.schedule;

import java.util.Locale;

/** Something the scheduler must wake up for: a schedule's next fire time, a deal's cut-off or its reminder. */
public record Alarm(Kind kind, long id) {

    public enum Kind {
        SCHEDULE,
        DEAL_CLOSES,
        DEAL_REMINDER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind fromWireName(String value) {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public static Alarm schedule(long scheduleId) {
        return new Alarm(Kind.SCHEDULE, scheduleId);
    }

    public static Alarm dealCloses(long dealId) {
        return new Alarm(Kind.DEAL_CLOSES, dealId);
    }

    public static Alarm dealReminder(long dealId) {
        return new Alarm(Kind.DEAL_REMINDER, dealId);
    }

    /** A name unique per alarm, e.g. {@code schedule-12}. */
    public String key() {
        return kind.wireName() + "-" + id;
    }
}
