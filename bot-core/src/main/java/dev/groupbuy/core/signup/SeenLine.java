package dev.groupbuy.core.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One version of a participant's line, first seen in a chain message.
 *
 * @param name the participant as parsed
 * @param text the line after its number, trimmed
 * @param inboxId the inbox entry of the message that first carried it
 */
public record SeenLine(long dealId, long groupId, String name, String text, long inboxId, Instant seenAt) {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    public SeenLine {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a seen line needs a participant name");
        }
        name = name.strip();
        text = text == null ? "" : text.strip();
    }

    /** Identifies the participant and text within a deal and group: a SHA-256 hex digest. */
    public String fingerprint() {
        return fingerprint(name, text);
    }

    /**
     * Runs of whitespace (full-width spaces included) count as one space: a copy whose spacing the chat
     * app changed is still the same text.
     */
    public static String fingerprint(String name, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String key = squeeze(name) + "\n" + squeeze(text);
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String squeeze(String value) {
        return WHITESPACE.matcher(value).replaceAll(" ").strip();
    }
}
