package dev.groupbuy.adapters.platform;

/** How one delivery attempt went. */
public sealed interface SendOutcome {

    /** Delivered (or, for sends a person must confirm, handed over to the platform). */
    record Sent() implements SendOutcome {}

    /** Not delivered now, may succeed later: rate limits, a busy platform, a network failure. */
    record Transient(String reason) implements SendOutcome {}

    /** Will never succeed as it is: a bad address, a refused message, missing configuration. */
    record Permanent(String reason) implements SendOutcome {}

    static SendOutcome sent() {
        return new Sent();
    }

    static SendOutcome retryLater(String reason) {
        return new Transient(reason);
    }

    static SendOutcome givenUp(String reason) {
        return new Permanent(reason);
    }
}
