package dev.groupbuy.admin.web;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * What is wrong with malformed JSON, in plain words. Jackson's own messages name its internals
 * ({@code JsonReadFeature.ALLOW_…}, {@code StreamReadConstraints.get…}) and echo parts of the body; they are
 * only read here to tell the cases apart, never passed on.
 */
final class JsonSyntax {

    private static final List<Case> CASES = List.of(
            new Case("Non-standard token", "NaN and Infinity are not JSON numbers"),
            new Case("comment", "comments are not allowed in JSON"),
            new Case("('}' (code 125)): was expecting double-quote", "a trailing comma before '}' is not allowed"),
            new Case("double-quote to start property name", "property names must be in double quotes"),
            new Case("be escaped", "a control character in a string (a line break, say) must be escaped, e.g. as \\n"),
            new Case("CTRL-CHAR", "control characters are not allowed between JSON values"),
            new Case("Leading zeroes", "numbers must not have a leading zero"),
            new Case("plus sign", "numbers must not start with '+'"),
            new Case("escape", "a string holds an invalid escape sequence"),
            new Case("colon to separate", "a colon is missing after a property name"),
            new Case("comma to separate", "a comma is missing between two values"),
            new Case("close marker", "a closing bracket or brace does not match what it closes"),
            new Case("UTF-8", "the body is not valid UTF-8"),
            new Case(
                    "Unrecognized token",
                    "a value must be a string, a number, an object, an array, true, false or null"),
            new Case("valid value", "a value must be a string, a number, an object, an array, true, false or null"));

    private JsonSyntax() {}

    /** Why the JSON cannot be read, for a client to fix it. */
    static String explain(JacksonException failure) {
        if (failure instanceof UnexpectedEndOfInputException) {
            return "the JSON ends before all its objects, arrays and strings are closed";
        }
        String message = String.valueOf(failure.getOriginalMessage());
        if (failure instanceof StreamConstraintsException) {
            return limit(message);
        }
        return CASES.stream()
                .filter(c -> message.contains(c.marker()))
                .map(Case::explanation)
                .findFirst()
                .orElse("the JSON is not well-formed");
    }

    private static String limit(String message) {
        if (message.contains("nesting depth")) {
            return "objects and arrays are nested too deeply";
        }
        if (message.contains("Number value length")) {
            return "a number has too many digits";
        }
        if (message.contains("Name length")) {
            return "a property name is too long";
        }
        return message.contains("String value length") ? "a string is too long" : "the JSON is too large";
    }

    private record Case(String marker, String explanation) {}
}
