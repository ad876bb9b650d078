package dev.groupbuy.admin.security;

import java.util.Optional;

/**
 * What an admin token must be, checked at start for every configured, read-only and kept token: at least
 * {@value #MIN_LENGTH} characters, printable ASCII without spaces (what an {@code Authorization} header carries
 * unchanged), at least {@value #MIN_DIFFERENT} different characters (no {@code aaaaaaaaaaaaaaaa}). The token
 * the application generates (43 random base64url characters) always passes.
 */
final class AdminTokenRule {

    static final int MIN_LENGTH = 16;
    static final int MIN_DIFFERENT = 8;

    private AdminTokenRule() {}

    /** Why {@code token} is too weak, without repeating it; empty when it is good enough. */
    static Optional<String> weakness(String token) {
        if (token.length() < MIN_LENGTH) {
            return Optional.of("it has " + token.length() + " characters; at least " + MIN_LENGTH + " are needed");
        }
        if (!token.chars().allMatch(c -> c > ' ' && c < 127)) {
            return Optional.of("it contains a space or a character that is not printable ASCII");
        }
        long different = token.chars().distinct().count();
        if (different < MIN_DIFFERENT) {
            return Optional.of(
                    "it uses only " + different + " different characters; at least " + MIN_DIFFERENT + " are needed");
        }
        return Optional.empty();
    }
}
