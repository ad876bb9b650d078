package dev.groupbuy.benchmarks.push;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the platform got the posts, read against a limit of {@code permits} per {@code window}: the most that
 * any span of one window held (must not exceed the limit) and how close the push came to the fastest the
 * limit allows — {@code permits} at once, then {@code permits} more after each window: {@code ceil(n /
 * permits) - 1} windows from the first post to the last.
 */
record PostTimes(List<Instant> times, int permits, Duration window) {

    PostTimes {
        times = times.stream().sorted().toList();
    }

    /** The most posts in any half-open span {@code [t, t + window)}. */
    int mostInAnyWindow() {
        int most = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (!times.get(start).plus(window).isAfter(times.get(end))) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    /** The shortest time between a post and the post {@code permits} after it (at least a window, if kept). */
    Duration shortestGapAcrossTheLimit() {
        Duration shortest = null;
        for (int i = permits; i < times.size(); i++) {
            Duration gap = Duration.between(times.get(i - permits), times.get(i));
            shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
        }
        return shortest;
    }

    Duration span() {
        return times.isEmpty() ? Duration.ZERO : Duration.between(times.get(0), times.get(times.size() - 1));
    }

    Duration fastestAllowed() {
        long windows = (times.size() + permits - 1) / permits - 1;
        return window.multipliedBy(Math.max(0, windows));
    }

    /** The fastest allowed span over the span it took: 1.0 would be every permit used the moment it freed. */
    double shareOfAllowedRate() {
        return span().isZero() ? 0 : (double) fastestAllowed().toNanos() / span().toNanos();
    }
}
