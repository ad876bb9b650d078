package dev.groupbuy.adapters.platform.bridge;

import dev.groupbuy.core.chat.InboundMessage;

/** What the bridge endpoint makes of one request: a message to store, or why it is refused. */
public sealed interface BridgeVerdict {

    record Accepted(InboundMessage message) implements BridgeVerdict {}

    /** Refused, nothing stored. */
    record Refused(Reason reason, String detail) implements BridgeVerdict {}

    /** Why a request is refused; each maps to one HTTP status. */
    enum Reason {
        /** No or a stale timestamp, a wrong signature, or a signature seen before: 401. */
        UNAUTHENTICATED,
        /** Signed correctly but not a message: malformed JSON, a missing or overlong field: 400. */
        MALFORMED
    }
}
