package dev.groupbuy.admin.console;

import dev.groupbuy.adapters.testing.ServerAvailability;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tests drive Debian's Chromium ({@link Browser}): skipped when it or its driver is not installed, failed when
 * {@code groupbuy.it.require-servers=true} (CI, whose .ci/run installs them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RequiresChromium.Condition.class)
@interface RequiresChromium {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String problem = Browser.problem();
            if (problem == null) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if (ServerAvailability.serversRequired()) {
                throw new IllegalStateException("Chromium cannot run (" + problem + ") but "
                        + ServerAvailability.REQUIRE_SERVERS + "=true: install chromium and chromium-driver");
            }
            return ConditionEvaluationResult.disabled(
                    problem + "; skipped (set -D" + ServerAvailability.REQUIRE_SERVERS + "=true to fail)");
        }
    }
}
