package dev.groupbuy.core.jielong.tokens;

import java.math.BigDecimal;
import java.util.List;

/**
 * English counts in a Chinese chain ({@code two boxes pls}, {@code one more}): the number words one to ten,
 * standing as a word of their own, read as a bare quantity.
 */
public final class EnglishNumbers {

    private static final List<String> WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private EnglishNumbers() {}

    /** The number word standing alone at {@code i}, as a number token, or {@code null}. */
    static Token at(String s, int i) {
        if (FIRST_LETTERS.indexOf(Character.toLowerCase(s.charAt(i))) < 0
                || (i > 0 && CatalogMatcher.isAsciiLetter(s.charAt(i - 1)))) {
            return null;
        }
        for (int n = 0; n < WORDS.size(); n++) {
            String word = WORDS.get(n);
            int end = i + word.length();
            if (end <= s.length()
                    && spelled(s, i, word)
                    && (end == s.length() || !CatalogMatcher.isAsciiLetter(s.charAt(end)))) {
                return Token.number(s, i, end, BigDecimal.valueOf(n + 1L), null);
            }
        }
        return null;
    }

    private static final String FIRST_LETTERS = "otfsen";

    /** {@code word} (lower case) written at {@code i} in either case. */
    private static boolean spelled(String s, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((s.charAt(i + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is one of the number words. */
    static boolean isNumberWord(String word) {
        return WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
