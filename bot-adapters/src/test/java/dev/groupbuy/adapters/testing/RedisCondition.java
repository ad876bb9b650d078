package dev.groupbuy.adapters.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables tests annotated {@link RequiresRedis} when Redis answers. */
class RedisCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("checked for the test class");
        }
        return ServerAvailability.evaluate(
                "Redis at " + RedisServer.host() + ":" + RedisServer.port(), RedisServer.problem());
    }
}
