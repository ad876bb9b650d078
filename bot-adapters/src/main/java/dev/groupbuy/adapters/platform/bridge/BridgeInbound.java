package dev.groupbuy.adapters.platform.bridge;

import dev.groupbuy.adapters.platform.bridge.BridgeVerdict.Reason;
import dev.groupbuy.core.coordination.DedupSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks a request to {@code POST /bridge/v1/messages} before anything is stored: a timestamp within the
 * allowed skew, the signature over timestamp and raw body, a signature not seen before (a replay), then the
 * message itself. Signatures are remembered in the {@link DedupSet} (Redis in production) for twice the
 * skew: an older one is refused by its timestamp anyway.
 */
public final class BridgeInbound {

    private final BridgeSettings settings;
    private final DedupSet seenSignatures;
    private final Clock clock;

    public BridgeInbound(BridgeSettings settings, DedupSet seenSignatures, Clock clock) {
        this.settings = settings;
        this.seenSignatures = seenSignatures;
        this.clock = clock;
    }

    public BridgeVerdict check(String timestamp, String signature, byte[] body) {
        if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
            return refused(
                    Reason.UNAUTHENTICATED, "the " + BridgeSignature.TIMESTAMP_HEADER + " header must be unix seconds");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(settings.maxSkew()) > 0) {
            return refused(
                    Reason.UNAUTHENTICATED,
                    "the timestamp is more than " + settings.maxSkew().toMinutes() + " minutes off");
        }
        if (signature == null || !BridgeSignature.matches(settings.key(), timestamp.strip(), body, signature)) {
            return refused(Reason.UNAUTHENTICATED, "the signature does not match");
        }
        if (!seenSignatures.firstSeen(
                "bridge-signature:" + signature.strip(), settings.maxSkew().multipliedBy(2))) {
            return refused(Reason.UNAUTHENTICATED, "this request was seen before: sign every request anew");
        }
        try {
            return new BridgeVerdict.Accepted(BridgeMessageReader.read(body));
        } catch (BridgeMessageReader.MalformedBridgeMessage | IllegalArgumentException e) {
            return refused(Reason.MALFORMED, e.getMessage());
        }
    }

    private static BridgeVerdict refused(Reason reason, String detail) {
        return new BridgeVerdict.Refused(reason, detail);
    }
}
