package dev.groupbuy.adapters.schedule;

import dev.groupbuy.core.schedule.CronCalendar;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/** {@link CronCalendar} by Quartz's own {@link CronExpression}: the format is Quartz's, to the letter. */
public class QuartzCronCalendar implements CronCalendar {

    @Override
    public Optional<String> problem(String expression) {
        try {
            CronExpression.validateExpression(expression);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<Instant> nextAfter(String expression, ZoneId zone, Instant after) {
        try {
            CronExpression cron = new CronExpression(expression);
            cron.setTimeZone(TimeZone.getTimeZone(zone));
            return Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(after)))
                    .map(Date::toInstant);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a Quartz cron expression: " + expression, e);
        }
    }
}
