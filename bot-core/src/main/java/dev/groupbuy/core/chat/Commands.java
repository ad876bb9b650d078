package dev.groupbuy.core.chat;

/** How commands are written in a group: {@code #截单}, also with a full-width {@code ＃}, then arguments. */
public final class Commands {

    private Commands() {}

    public static boolean isCommand(String text, String word) {
        String body = body(text);
        return body.startsWith(word) && (body.length() == word.length() || !isWordChar(body, word.length()));
    }

    /** What follows the command word, trimmed; empty when nothing. */
    public static String argument(String text, String word) {
        return isCommand(text, word) ? body(text).substring(word.length()).strip() : "";
    }

    private static String body(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.startsWith("#") || stripped.startsWith("＃")) {
            return stripped.substring(1).strip();
        }
        return "";
    }

    private static boolean isWordChar(String body, int index) {
        return Character.isLetterOrDigit(body.codePointAt(index)) && body.codePointAt(index) < 0x2E80;
    }
}
