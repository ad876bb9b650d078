package dev.groupbuy.admin.security;

/**
 * The admin tokens stop the start: none is configured where one must be, or one is too weak. Says which
 * setting to fix and how, never the token itself.
 */
final class AdminTokenException extends RuntimeException {

    private final String action;

    AdminTokenException(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
