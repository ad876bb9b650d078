package dev.groupbuy.core.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * When a planned time was missed (no instance ran, the database was away): done late within the grace,
 * skipped — and recorded as skipped — beyond it, so nothing is posted hours late, in the middle of the night.
 *
 * @param grace {@code groupbuy.schedule.misfire-grace}, 10 minutes by default
 */
public record MisfirePolicy(Duration grace) {

    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

    public MisfirePolicy {
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("the misfire grace cannot be negative");
        }
    }

    public boolean tooLate(Instant due, Instant now) {
        return Duration.between(due, now).compareTo(grace) > 0;
    }

    /** Why a time missed by too much is skipped, e.g. "missed by PT3H (grace PT10M)". */
    public String skipReason(Instant due, Instant now) {
        return "missed by " + Duration.between(due, now).withNanos(0) + " (grace " + grace + ")";
    }
}
