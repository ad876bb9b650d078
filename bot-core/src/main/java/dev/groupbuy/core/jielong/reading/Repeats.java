package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.text.TextNormalizer;

/**
 * Words a line repeats by accident: the whole sign-up pasted twice over, or its number written twice. The line
 * is read as if said once; the entry keeps the text as written.
 */
final class Repeats {

    private Repeats() {}

    /** Longer than any sign-up: such a line is read as it is, in time linear in its length. */
    private static final int MAX_SIGN_UP_LENGTH = 200;

    /**
     * {@code 刘姐 2杯 6栋 刘姐 2杯 6栋}, {@code 田田 5杯(少糖)田田 5杯(少糖)}: a line whose words are pasted twice over
     * says them once.
     */
    static String saidOnce(String body) {
        String s = body.strip();
        int n = s.length();
        if (n < 6 || n > MAX_SIGN_UP_LENGTH) {
            return body;
        }
        int half = n / 2;
        for (int cut = half - 1; cut <= half + 1; cut++) {
            int second = cut;
            while (second < n && TextNormalizer.isSpace(s.charAt(second))) {
                second++;
            }
            int firstEnd = cut;
            while (firstEnd > 0 && TextNormalizer.isSpace(s.charAt(firstEnd - 1))) {
                firstEnd--;
            }
            int len = n - second;
            if (len >= 3 && firstEnd == len && s.regionMatches(0, s, second, len) && !allLetters(s, len)) {
                return s.substring(0, len);
            }
        }
        char last = s.charAt(n - 1);
        for (int len = (n - 1) / 2; len >= 4; len--) {
            int end = n - len; // 小侯 3-2-701 2杯3-2-701 2杯: the order pasted twice after the name
            while (end > 0 && TextNormalizer.isSpace(s.charAt(end - 1))) {
                end--;
            }
            int start = end - len;
            if (start <= 0
                    || s.charAt(end - 1) != last
                    || !TextNormalizer.isSpace(s.charAt(start - 1))
                    || TextNormalizer.isSpace(s.charAt(n - len))) {
                continue;
            }
            if (s.regionMatches(start, s, n - len, len)) {
                return s.substring(0, end);
            }
        }
        return body;
    }

    /** {@code chenchen}, {@code 哈哈哈哈}: a word doubled is a nickname, not a sign-up pasted twice. */
    private static boolean allLetters(String s, int len) {
        for (int i = 0; i < len; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code 6. 6. 阿宝 1杯}: the line's number written twice. */
    static String withoutItsNumberAgain(String body, int seq) {
        String number = Integer.toString(seq);
        String s = body.stripLeading();
        if (s.startsWith(number)
                && s.length() > number.length() + 1
                && ".、)）".indexOf(s.charAt(number.length())) >= 0
                && !(s.charAt(number.length()) == '.' && Character.isDigit(s.charAt(number.length() + 1)))) {
            // 1.5kg after "1. 二两": a decimal count, not the number again
            return s.substring(number.length() + 1);
        }
        return body;
    }
}
