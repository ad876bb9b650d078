package dev.groupbuy.core.jielong;

/**
 * Folds the typing variants people use in WeChat into one form: full-width ASCII (digits, letters,
 * punctuation, brackets) becomes ASCII, odd spaces become a plain space, invisible marks go away and line
 * endings become {@code \n}. Emoji (including their joiners and variation selectors) are kept.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\u2002' || c == '\u2003') {
                out.append(' ');
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u200E' || c == '\u200F') {
                continue;
            } else if (c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Strips surrounding spaces and the separators people leave around names. */
    static String trimSeparators(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmable(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c)
                || c == ','
                || c == '、'
                || c == ':'
                || c == ';'
                || c == '.'
                || c == '-'
                || c == '—'
                || c == '~'
                || c == '@'
                || c == '。'
                || c == '|'
                || c == '/'
                || c == '_';
    }
}
