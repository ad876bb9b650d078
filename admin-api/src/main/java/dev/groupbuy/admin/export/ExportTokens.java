package dev.groupbuy.admin.export;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens of download links: {@code <dealId>.<expiry epoch seconds>.<HMAC-SHA256 of both, base64url>}. A token
 * whose signature does not match, or whose expiry passed on the clock, is worth nothing.
 */
final class ExportTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private final Clock clock;
    private final Duration ttl;

    ExportTokens(String secret, Clock clock, Duration ttl) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.ttl = ttl;
    }

    record Issued(String token, Instant expiresAt) {}

    Issued issue(long dealId) {
        Instant expiresAt = clock.instant().plus(ttl);
        String payload = dealId + "." + expiresAt.getEpochSecond();
        return new Issued(payload + "." + sign(payload), expiresAt);
    }

    /** The deal a valid, unexpired token is for. */
    Optional<Long> verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        boolean signed = MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
        boolean fresh = clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])));
        return signed && fresh ? Optional.of(Long.parseLong(parts[0])) : Optional.empty();
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
