package dev.groupbuy.core.outbound;

import java.time.Duration;

/** What a platform answered to one part. */
public sealed interface SendResult {

    static SendResult sent() {
        return new Sent();
    }

    /** A failure worth another try later: a timeout, a 5xx, the platform's own rate limit. */
    static SendResult retry(String reason) {
        return new Retry(reason, Duration.ZERO);
    }

    /** A failure no retry can fix: a bad token, a chat the bot was removed from, a message refused. */
    static SendResult refused(String reason) {
        return new Refused(reason);
    }

    record Sent() implements SendResult {}

    /** @param notBefore how long the platform asked to wait (e.g. its Retry-After), or zero */
    record Retry(String reason, Duration notBefore) implements SendResult {}

    record Refused(String reason) implements SendResult {}
}
