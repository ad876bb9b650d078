package dev.groupbuy.core.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Names a failure for logs and the inbox without its messages: a store's error message can quote the values
 * it was given (a resident's name, the chat text), which logs must never hold.
 */
public final class Failures {

    private static final String OURS = "dev.groupbuy.";

    private Failures() {}

    /** The exception classes from the outermost to the root cause, e.g. {@code DataIntegrityViolationException < SQLException}. */
    public static String describe(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable t = failure; t != null && names.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            names.add(t.getClass().getSimpleName());
        }
        return String.join(" < ", names) + where(failure.getStackTrace());
    }

    /** The first frame of this project's code, where the failure came through it. */
    private static String where(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith(OURS)) {
                return " at " + frame.getClassName().substring(OURS.length()) + "." + frame.getMethodName();
            }
        }
        return frames.length == 0 ? "" : " at " + frames[0].getClassName() + "." + frames[0].getMethodName();
    }
}
