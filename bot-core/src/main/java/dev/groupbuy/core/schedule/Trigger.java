package dev.groupbuy.core.schedule;

import java.time.Instant;
import java.time.ZoneId;

/** When a schedule fires: once, or by a cron expression in Quartz's format read in a time zone. */
public sealed interface Trigger {

    /** Fires once, at {@code at}. */
    record Once(Instant at) implements Trigger {

        public Once {
            if (at == null) {
                throw new IllegalArgumentException("a one-shot trigger needs its time (at)");
            }
        }
    }

    /**
     * Fires at every time {@code expression} names (e.g. {@code 0 0 8 * * ?}: 8:00 every day) in {@code zone},
     * not before {@code startAt} and not after {@code endAt} when they are given.
     *
     * @param zone {@code null} only until the schedule is created: then the zone of its first group
     */
    record Cron(String expression, ZoneId zone, Instant startAt, Instant endAt) implements Trigger {

        public Cron {
            if (expression == null || expression.isBlank()) {
                throw new IllegalArgumentException("a cron trigger needs its expression");
            }
            if (startAt != null && endAt != null && !endAt.isAfter(startAt)) {
                throw new IllegalArgumentException("endAt must come after startAt");
            }
            expression = expression.strip();
        }

        public Cron inZone(ZoneId groupsZone) {
            return zone != null ? this : new Cron(expression, groupsZone, startAt, endAt);
        }
    }
}
