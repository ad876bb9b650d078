package dev.groupbuy.admin;

/** Admin tokens for tests, long and varied enough for the start-up token rule. */
public final class TestTokens {

    public static final String ADMIN = "test-admin-token-1";
    public static final String SECOND = "test-admin-token-2";
    public static final String VIEWER = "test-viewer-token-1";

    private TestTokens() {}
}
