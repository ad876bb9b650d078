package dev.groupbuy.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Refused requests to the admin API, as lines for the log: status, method, path, remote address and why —
 * never the token or the query string. At most {@code perWindow} lines per window, so that nobody can flood
 * the log by guessing; the first line of a later window says how many were left out before it.
 */
final class FailedLoginLog {

    /** Why a request was refused. */
    enum Reason {
        NO_TOKEN("no bearer token"),
        OTHER_SCHEME("not the Bearer scheme"),
        UNKNOWN_TOKEN("unknown token"),
        READ_ONLY_WRITE("read-only token used to write");

        private final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private static final int MAX_PART = 200;

    private final Clock clock;
    private final int perWindow;
    private final Duration window;
    private final Consumer<String> sink;

    private Instant windowStart;
    private int written;
    private long leftOutThisWindow;
    private long leftOutBefore;

    FailedLoginLog(Clock clock, int perWindow, Duration window, Consumer<String> sink) {
        this.clock = clock;
        this.perWindow = perWindow;
        this.window = window;
        this.sink = sink;
    }

    synchronized void refused(int status, String method, String path, String remoteAddress, Reason reason) {
        Instant now = clock.instant();
        if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            written = 0;
            leftOutBefore += leftOutThisWindow;
            leftOutThisWindow = 0;
        }
        if (written == perWindow) {
            leftOutThisWindow++;
            return;
        }
        written++;
        String line = "Refused " + status + " " + printable(method) + " " + printable(path) + " from "
                + printable(remoteAddress) + ": " + reason.text;
        if (leftOutBefore > 0) {
            line += " (" + leftOutBefore + " earlier refusals were not logged, at most " + perWindow + " are per "
                    + window.toSeconds() + " s)";
            leftOutBefore = 0;
        }
        sink.accept(line);
    }

    /** What a client sent, safe for one log line: printable ASCII only, and not too long. */
    private static String printable(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder text = new StringBuilder(Math.min(value.length(), MAX_PART + 1));
        for (int i = 0; i < value.length() && i < MAX_PART; i++) {
            char c = value.charAt(i);
            text.append(c > ' ' && c < 127 ? c : '?');
        }
        return value.length() > MAX_PART ? text.append('…').toString() : text.toString();
    }
}
