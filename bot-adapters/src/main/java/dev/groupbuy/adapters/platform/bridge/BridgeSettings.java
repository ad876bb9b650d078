package dev.groupbuy.adapters.platform.bridge;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The bridge protocol's settings.
 *
 * @param secret the HMAC key both sides share
 * @param outboundUrl where the bot posts what it says in bridged groups; {@code null}: the bot only listens
 * @param maxSkew how far a request's timestamp may be from this server's clock (5 minutes)
 * @param maxBytes the largest text the bot sends in one message
 */
public record BridgeSettings(String secret, URI outboundUrl, Duration maxSkew, int maxBytes) {

    public static final Duration DEFAULT_SKEW = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_BYTES = 2048;

    public BridgeSettings {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the bridge secret must be at least 16 characters");
        }
        maxSkew = maxSkew == null ? DEFAULT_SKEW : maxSkew;
        maxBytes = maxBytes <= 0 ? DEFAULT_MAX_BYTES : maxBytes;
    }

    byte[] key() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
