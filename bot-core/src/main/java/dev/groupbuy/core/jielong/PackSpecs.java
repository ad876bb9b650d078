package dev.groupbuy.core.jielong;

import java.util.List;

/**
 * Pack specifications written next to an order: {@code 330ml*12罐}, {@code 250ml*16}, {@code 80抽*6包},
 * {@code 125g×4盒}, {@code 45*50}. They say what one unit of the product holds, never how many are ordered.
 */
final class PackSpecs {

    private static final List<String> MEASURES = List.of(
            "ml", "mL", "ML", "Ml", "kg", "KG", "Kg", "cm", "mm", "g", "G", "l", "L", "抽", "片", "张", "粒", "克", "寸", "层",
            "枚", "支");

    /** What may follow the digits of a specification: a measure or the times sign. */
    private static final String STARTS = "mMkKcgGlL抽片张粒克寸层枚支*×xX✖";

    private PackSpecs() {}

    /** The end of a pack specification starting at {@code i}, or -1 when none starts there. */
    static int scan(String s, int i) {
        int j = digits(s, i);
        if (j == i) {
            return -1;
        }
        if (j + 1 < s.length() && s.charAt(j) == '.' && BuildingScanner.isDigit(s.charAt(j + 1))) {
            j = digits(s, j + 1);
        }
        if (j >= s.length() || STARTS.indexOf(s.charAt(j)) < 0) {
            return -1;
        }
        j += measureAt(s, j);
        if (j >= s.length() || "*×xX✖".indexOf(s.charAt(j)) < 0) {
            return -1;
        }
        int count = digits(s, j + 1);
        if (count == j + 1) {
            return -1;
        }
        boolean measured = j > i && !BuildingScanner.isDigit(s.charAt(j - 1));
        boolean twoDimensions = !measured && count - (j + 1) >= 2 && j - i >= 2;
        if (!measured && !twoDimensions) {
            return -1;
        }
        String unit = Units.readAt(s, count, List.of());
        return unit == null ? count : count + unit.length();
    }

    private static int measureAt(String s, int j) {
        for (String measure : MEASURES) {
            if (s.startsWith(measure, j)) {
                int end = j + measure.length();
                boolean letterAfter = end < s.length() && CatalogMatcher.isAsciiLetter(s.charAt(end));
                return letterAfter ? 0 : measure.length();
            }
        }
        return 0;
    }

    private static int digits(String s, int from) {
        int j = from;
        while (j < s.length() && BuildingScanner.isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }
}
