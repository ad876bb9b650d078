package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grades written in Latin letters, as cherries are sold: {@code J}, {@code JJ}, {@code JJJ}, {@code 3J}. When the deal
 * sells one grade ({@code 智利车厘子JJ级}), a line that names another ({@code JJJ 2盒}, {@code 3J的2盒}) asks for a
 * grade that is not on sale.
 */
final class Grades {

    private Grades() {}

    /** Whether {@code text} names a grade none of the products in {@code catalog} is sold in. */
    static boolean namesAnotherGrade(String text, List<CatalogItem> catalog) {
        if (text.indexOf('J') < 0 && text.indexOf('j') < 0) {
            return false;
        }
        Set<String> sold = new HashSet<>();
        for (CatalogItem item : catalog) {
            sold.addAll(gradesIn(TextNormalizer.normalize(item.name())));
        }
        if (sold.isEmpty()) {
            return false;
        }
        for (String grade : gradesIn(text)) {
            if (!sold.contains(grade)) {
                return true;
            }
        }
        return false;
    }

    /** A Latin letter, or the dot of an initial ({@code J.J}): the J belongs to a name. */
    private static boolean isPartOfALatinName(char c) {
        return c == '.' || c == '_' || (c < 128 && Character.isLetter(c));
    }

    /** The grades written in {@code s}: runs of J not inside a Latin word, or a digit glued before one J. */
    static Set<String> gradesIn(String s) {
        Set<String> out = new HashSet<>(2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 'J' && c != 'j') {
                continue;
            }
            int end = i;
            while (end < s.length() && (s.charAt(end) == 'J' || s.charAt(end) == 'j')) {
                end++;
            }
            boolean letterBefore = i > 0 && isPartOfALatinName(s.charAt(i - 1));
            boolean letterAfter = end < s.length() && isPartOfALatinName(s.charAt(end));
            if (!letterBefore && !letterAfter) {
                boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1)) && end - i == 1;
                int count = digitBefore ? s.charAt(i - 1) - '0' : end - i;
                if (count >= 1 && count <= 5) {
                    out.add("J".repeat(count));
                }
            }
            i = end - 1;
        }
        return out;
    }
}
