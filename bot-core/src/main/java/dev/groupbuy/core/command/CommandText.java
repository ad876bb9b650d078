package dev.groupbuy.core.command;

import java.util.Optional;

/**
 * How commands are written: {@code #截单}, also with a full-width {@code ＃}, the word, then arguments. A
 * word followed directly by an ASCII letter or digit ({@code #截单abc}) is not the command.
 */
final class CommandText {

    private CommandText() {}

    static Optional<String> argument(String text, String word) {
        String body = body(text);
        if (body == null || !body.startsWith(word)) {
            return Optional.empty();
        }
        if (body.length() > word.length() && isAsciiWordChar(body.charAt(word.length()))) {
            return Optional.empty();
        }
        return Optional.of(body.substring(word.length()).strip());
    }

    /** The text after a leading {@code #}, or {@code null} when it does not start with one. */
    static String body(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.startsWith("#") || stripped.startsWith("＃")) {
            return stripped.substring(1).strip();
        }
        return null;
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
