package dev.groupbuy.adapters.testing;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Enables tests annotated {@link RequiresMariaDb} when the server answers, and prepares their database. */
class MariaDbCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("checked for the test class");
        }
        String database = AnnotationSupport.findAnnotation(context.getElement(), RequiresMariaDb.class)
                .map(RequiresMariaDb::database)
                .orElse("");
        return ServerAvailability.evaluate(
                "MariaDB at " + MariaDbDatabases.host() + ":" + MariaDbDatabases.port(), prepare(database));
    }

    private static String prepare(String database) {
        try (Connection connection = MariaDbDatabases.serverConnection()) {
            if (!connection.isValid(3)) {
                return "connection not valid";
            }
        } catch (SQLException e) {
            return e.getMessage();
        }
        try {
            if (!database.isEmpty()) {
                MariaDbDatabases.recreateOncePerRun(database);
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB is up but database " + database + " cannot be prepared", e);
        }
    }
}
