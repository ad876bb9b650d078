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
 * @param review the bot could not read the line: it waits for its participant to clarify (待确认)
 */
public record SeenLine(
        long dealId, long groupId, String name, String text, long inboxId, Instant seenAt, boolean review) {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(SeenLine::sha256);

    public SeenLine {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a seen line needs a participant name");
        }
        name = name.strip();
        text = text == null ? "" : text.strip();
    }

    /** A line read without doubt. */
    public SeenLine(long dealId, long groupId, String name, String text, long inboxId, Instant seenAt) {
        this(dealId, groupId, name, text, inboxId, seenAt, false);
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
        String key = squeeze(name) + "\n" + squeeze(text);
        byte[] hash = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    /** Most texts have nothing to squeeze: they skip the regular expression (fingerprints run per line). */
    static String squeeze(String value) {
        return isSqueezed(value)
                ? value
                : WHITESPACE.matcher(value).replaceAll(" ").strip();
    }

    private static boolean isSqueezed(String value) {
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if (isSpace(c)
                    && (c != ' '
                            || i == 0
                            || i == last
                            || value.charAt(i + 1) == ' '
                            || isSpace(value.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
