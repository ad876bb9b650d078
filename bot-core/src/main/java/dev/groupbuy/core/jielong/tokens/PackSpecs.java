package dev.groupbuy.core.jielong.tokens;

import java.util.List;

/**
 * Pack specifications written next to an order: {@code 330ml*12罐}, {@code 250ml*16}, {@code 80抽*6包},
 * {@code 125g×4盒}, {@code 45*50}. They say what one unit of the product holds, never how many are ordered.
 */
public final class PackSpecs {

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
        if (j < s.length() && s.charAt(j) == '码' && j - i <= 3) {
            return j + 1; // 42码, 110码: a shoe or clothes size
        }
        if (j - i == 1 && j + 1 < s.length() && (s.charAt(j) == 'X' || s.charAt(j) == 'x')) {
            char size = s.charAt(j + 1);
            boolean letterAfter = j + 2 < s.length() && CatalogMatcher.isAsciiLetter(s.charAt(j + 2));
            if ((size == 'L' || size == 'l' || size == 'S' || size == 's') && !letterAfter) {
                return j + 2; // 2XL, 3XL, 4XS: a clothes size, not two of XL
            }
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
        if (unit == null && measured && count - (j + 1) == 1 && s.charAt(j + 1) <= '5') {
            return j; // 花生油5L×2, 44片*2: the size of one, then how many of them
        }
        return unit == null ? count : count + unit.length();
    }

    /**
     * {@code 10斤大米 2袋}, {@code 6L猫砂 5袋}, {@code 鸡蛋 30枚的 1盒}, {@code B 5L 1桶}: beside a count the deal
     * can sell, a number in a unit no product of the deal is sold in says the size of one, not how many. Such
     * numbers are read as notes; alone on a line they stay (and the unit is asked about).
     */
    public static List<Token> sizesBesideTheCount(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.NUMBER)
                    && t.unit() != null
                    && !sellable(t.unit(), catalog)
                    && !gluedToAWord(tokens, k)
                    && countBeside(tokens, k, catalog)) {
                out = out == null ? new java.util.ArrayList<>(tokens) : out;
                out.set(k, t.skipped());
            }
        }
        return out == null ? tokens : out;
    }

    /** Whether a product could be sold in {@code unit}: its own, a kindred one, or any weight when one sells by weight. */
    private static boolean sellable(String unit, CatalogMatcher catalog) {
        for (var p : catalog.catalog()) {
            if (Units.compatible(unit, p.unit()) || (Units.isWeight(unit) && Units.isWeight(p.unit()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 砂糖橘2斤}, {@code 一斤咸鸭蛋}: the number is the quantity of a word the deal does not know. */
    private static boolean gluedToAWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean before = k > 0
                && tokens.get(k - 1).is(TokenKind.TEXT)
                && tokens.get(k - 1).gluedTo(t);
        boolean after = k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && t.gluedTo(tokens.get(k + 1))
                && !tokens.get(k + 1).text().startsWith("的")
                && !tokens.get(k + 1).text().startsWith("装");
        return before || after;
    }

    /**
     * A count in the very unit a product is sold in ({@code 2袋}), or a times sign and a count right after the
     * size ({@code 10斤*3}).
     */
    private static boolean countBeside(List<Token> tokens, int spec, CatalogMatcher catalog) {
        int times = spec + 1 < tokens.size() && tokens.get(spec + 1).is(TokenKind.SPACE) ? spec + 2 : spec + 1;
        if (times + 1 < tokens.size()
                && tokens.get(times).is(TokenKind.TIMES)
                && tokens.get(times + 1).is(TokenKind.NUMBER)) {
            return true; // 10斤*3, 1kg x2
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k != spec && t.is(TokenKind.NUMBER) && t.unit() != null && soldIn(t.unit(), catalog)) {
                return true;
            }
        }
        return false;
    }

    private static boolean soldIn(String unit, CatalogMatcher catalog) {
        for (var p : catalog.catalog()) {
            if (unit.equals(p.unit())) {
                return true;
            }
        }
        return false;
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
