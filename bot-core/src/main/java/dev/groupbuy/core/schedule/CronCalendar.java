package dev.groupbuy.core.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Port: reads cron expressions in Quartz's format (six or seven fields: seconds first, {@code ?}, {@code L} …). */
public interface CronCalendar {

    /** @return what is wrong with the expression, or empty when Quartz accepts it */
    Optional<String> problem(String expression);

    /** The first time after {@code after} (strictly) that the expression names in {@code zone}; empty if none. */
    Optional<Instant> nextAfter(String expression, ZoneId zone, Instant after);
}
