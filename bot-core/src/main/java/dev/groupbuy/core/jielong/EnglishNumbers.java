package dev.groupbuy.core.jielong;

import java.math.BigDecimal;
import java.util.List;

/**
 * English counts in a Chinese chain ({@code two boxes pls}, {@code one more}): the number words one to ten,
 * standing as a word of their own, read as a bare quantity.
 */
final class EnglishNumbers {

    private static final List<String> WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private EnglishNumbers() {}

    /** The number word standing alone at {@code i}, as a number token, or {@code null}. */
    static Token at(String s, int i) {
        if (i > 0 && CatalogMatcher.isAsciiLetter(s.charAt(i - 1))) {
            return null;
        }
        for (int n = 0; n < WORDS.size(); n++) {
            String word = WORDS.get(n);
            int end = i + word.length();
            if (s.regionMatches(true, i, word, 0, word.length())
                    && (end >= s.length() || !CatalogMatcher.isAsciiLetter(s.charAt(end)))) {
                return Token.number(s, i, end, BigDecimal.valueOf(n + 1L), null);
            }
        }
        return null;
    }

    /** Whether {@code word} is one of the number words. */
    static boolean isNumberWord(String word) {
        return WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
