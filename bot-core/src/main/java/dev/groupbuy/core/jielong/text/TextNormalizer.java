package dev.groupbuy.core.jielong.text;

/**
 * Folds the typing variants people use in WeChat into one form: full-width ASCII (digits, letters,
 * punctuation, brackets) becomes ASCII, odd spaces become a plain space, invisible marks and keycap marks ({@code 2️⃣}) go away and line
 * endings become {@code \n}. Emoji (including their joiners and variation selectors) are kept.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return alreadyNormal(text) ? text : fold(text, null);
    }

    /**
     * Where each character of {@link #normalize}'s result stands in {@code text}, or {@code null} when normalising
     * changes nothing: a name is given back as written ({@code ＫＫ}, {@code ８－１－５０２}) from it.
     */
    public static int[] origins(String text) {
        if (text == null || alreadyNormal(text)) {
            return null;
        }
        int[] origins = new int[text.length()];
        fold(text, origins);
        return origins;
    }

    /**
     * {@code normalized.substring(from, to)} as it was written in {@code text}, whose {@link #origins} are given:
     * full-width letters and digits and odd spaces as they were, characters normalising dropped left out.
     */
    public static String asWritten(String text, int[] origins, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.append(text.charAt(origins[i]));
        }
        return out.toString();
    }

    private static String fold(String text, int[] origins) {
        char[] chars = text.toCharArray();
        int w = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (origins != null) {
                origins[w] = i;
            }
            if (c < 128 && c != '\r' && c != '\t') {
                chars[w++] = c;
            } else if (c == '\r') {
                chars[w++] = '\n';
                if (i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[w++] = (char) (c - 0xFEE0);
            } else if (c == '\t' || isWideSpace(c)) {
                chars[w++] = ' ';
            } else if (c == '\u2028' || c == '\u2029') {
                chars[w++] = '\n';
            } else if (c == '\u20E3' || (c == '\uFE0F' && w > 0 && chars[w - 1] >= '0' && chars[w - 1] <= '9')) {
                continue;
            } else if (c != '\u200B' && c != '\uFEFF' && c != '\u200E' && c != '\u200F') {
                chars[w++] = c;
            }
        }
        return new String(chars, 0, w);
    }

    /**
     * The spaces other than ASCII's: the ideographic space, the no-break space, and the typographic ones WeChat puts
     * after an @mention ({@code @团长\u2005王姐}).
     */
    private static boolean isWideSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    /** Whether {@code text} holds a full-width digit or Latin letter ({@code ＫＫ}, {@code ８}), which a name may keep. */
    public static boolean hasFullWidthLettersOrDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uFF10' && c <= '\uFF19')
                    || (c >= '\uFF21' && c <= '\uFF3A')
                    || (c >= '\uFF41' && c <= '\uFF5A')) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #normalize} would return {@code text} unchanged: no character it rewrites or drops. */
    private static boolean alreadyNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c == '\r' || c == '\t') {
                    return false;
                }
            } else if ((c >= '\uFF01' && c <= '\uFF5E')
                    || isWideSpace(c)
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\u20E3'
                    || c == '\uFE0F'
                    || c == '\u200B'
                    || c == '\uFEFF'
                    || c == '\u200E'
                    || c == '\u200F') {
                return false;
            }
        }
        return true;
    }

    /** Strips surrounding spaces and the separators people leave around names. */
    public static String trimSeparators(String s) {
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

    /** {@link Character#isWhitespace(char)}, answered without a table lookup for printable ASCII. */
    public static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        return (c < ' ' || c > '~') && Character.isWhitespace(c);
    }

    private static boolean isTrimmable(char c) {
        return isSpace(c)
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
