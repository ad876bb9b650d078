package dev.groupbuy.adapters.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * What to do when a test server is missing: skip the test with the reason, or, when the system property
 * {@value #REQUIRE_SERVERS} is {@code true} (CI sets it), fail loudly.
 */
public final class ServerAvailability {

    public static final String REQUIRE_SERVERS = "groupbuy.it.require-servers";

    private ServerAvailability() {}

    public static boolean serversRequired() {
        return Boolean.parseBoolean(System.getProperty(REQUIRE_SERVERS, "false"));
    }

    /** @param problem why the server cannot be used, or {@code null} when it can */
    static ConditionEvaluationResult evaluate(String server, String problem) {
        if (problem == null) {
            return ConditionEvaluationResult.enabled(server + " is reachable");
        }
        String message = server + " is not reachable (" + problem + ")";
        if (serversRequired()) {
            throw new IllegalStateException(message + " but " + REQUIRE_SERVERS + "=true: start it or unset it");
        }
        return ConditionEvaluationResult.disabled(message + "; skipped (set -D" + REQUIRE_SERVERS + "=true to fail)");
    }
}
