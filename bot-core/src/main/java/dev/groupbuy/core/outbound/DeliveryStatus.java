package dev.groupbuy.core.outbound;

import java.util.Locale;

/** Where an outbound message is on its way out. */
public enum DeliveryStatus {
    /** Waiting for its turn (or for its next try after a transient failure). */
    PENDING,
    /** A part is being handed to the platform right now; found so after a crash, the hand-over was cut off. */
    SENDING,
    SENT,
    /** Given up: refused by the platform, too many failures, or cut off mid-send on a platform without repeat detection. */
    FAILED,
    /** Not sent on purpose: it waited longer than {@code groupbuy.outbound.max-age}, so it would come too late. */
    SKIPPED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    public boolean isFinished() {
        return this == SENT || this == FAILED || this == SKIPPED;
    }
}
