package dev.groupbuy.admin.web;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns what Jackson says about an unreadable body into a message a client can act on. */
final class JsonReadProblems {

    private JsonReadProblems() {}

    static String describe(Throwable failure) {
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson == null) {
            return "the request body is missing or is not JSON";
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty()
                    ? wholeBody(mismatch)
                    : "field '" + path(mismatch) + "' must be " + expected(mismatch.getTargetType());
        }
        if (jackson instanceof InputCoercionException coercion) {
            return (coercion.getPath().isEmpty() ? "a number" : "field '" + path(coercion) + "'") + " is out of range"
                    + range(coercion.getTargetType());
        }
        if (jackson instanceof StreamReadException || jackson instanceof StreamConstraintsException) {
            String where = jackson.getPath().isEmpty() ? "" : " in field '" + path(jackson) + "'";
            return "malformed JSON" + at(jackson.getLocation()) + where + ": " + JsonSyntax.explain(jackson);
        }
        String where = jackson.getPath().isEmpty() ? "" : " at field '" + path(jackson) + "'";
        return "the request body cannot be read" + where;
    }

    private static String wholeBody(MismatchedInputException mismatch) {
        return String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")
                ? "the request body holds more than one JSON value"
                : "the request body must be a JSON object";
    }

    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return " (a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
        }
        if (type == long.class || type == Long.class) {
            return " (a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";
        }
        return "";
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return type == BigDecimal.class ? "a number" : "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 instant such as 2026-11-25T10:00:00Z";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "of another type";
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
