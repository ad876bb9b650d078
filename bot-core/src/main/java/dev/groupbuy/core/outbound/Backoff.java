package dev.groupbuy.core.outbound;

import java.time.Duration;

/** How long a message waits after a transient failure: 10 s, 1 min, 5 min, 15 min, then 30 min. */
final class Backoff {

    private static final Duration[] STEPS = {
        Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)
    };
    private static final Duration LONGEST = Duration.ofMinutes(30);

    private Backoff() {}

    /** @param failures failures so far, at least 1 */
    static Duration after(int failures, Duration platformAsked) {
        Duration ours = failures <= STEPS.length ? STEPS[Math.max(1, failures) - 1] : LONGEST;
        return platformAsked != null && platformAsked.compareTo(ours) > 0 ? platformAsked : ours;
    }
}
