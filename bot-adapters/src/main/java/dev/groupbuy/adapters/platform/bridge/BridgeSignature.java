package dev.groupbuy.adapters.platform.bridge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bridge's request signature: lowercase hex HMAC-SHA256 over the timestamp header, a newline and the
 * raw body bytes, the same in both directions.
 */
public final class BridgeSignature {

    public static final String TIMESTAMP_HEADER = "X-Groupbuy-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Groupbuy-Signature";

    private BridgeSignature() {}

    public static String sign(byte[] key, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
    static boolean matches(byte[] key, String timestamp, byte[] body, String signature) {
        byte[] expected = sign(key, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
