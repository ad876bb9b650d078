package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Products written shorter than any piece of their name, where a product stands (glued to its quantity, or
 * before a quantity in a multi-product deal): {@code 芒果2} for 海南贵妃芒, {@code 蛋两盒} for 农家土鸡蛋,
 * {@code 茶蛋2个} for 茶叶蛋, {@code 肉包1} for 鲜肉大包, {@code 米2 油1} for 五常大米 and 花生油. The word keeps
 * the name's last character (its head noun, also as {@code 芒果}, {@code 橙子}) and its other characters in the
 * name's order. A word that fits several products stays a word, and so asks.
 */
public final class Abbreviations {

    /**
     * Characters that end a product word without making it another one: {@code 白菜的}, {@code 原味}, {@code 白菜馅}; and
     * the words between two products ({@code 前腿换后腿}, {@code 前腿和后腿}).
     */
    private static final String PARTICLES = "的味馅款口类装型号换改和或跟与及";

    private Abbreviations() {}

    public static List<Token> read(List<Token> tokens, CatalogMatcher catalog) {
        return products(wordsStartingWithAPiece(tokens), catalog);
    }

    /**
     * {@code 卤鸡蛋} in a deal selling 卤鸡爪: a piece of a product's name glued to one more character that is no
     * particle ({@code 白菜的}, {@code 白菜馅} stay the product) is the start of another word.
     */
    private static List<Token> wordsStartingWithAPiece(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 1; k < tokens.size(); k++) {
            Token before = tokens.get(k - 1);
            Token t = tokens.get(k);
            boolean another = before.is(TokenKind.PRODUCT)
                    && before.modifier()
                    && t.is(TokenKind.TEXT)
                    && before.end() == t.start()
                    && t.length() == 1
                    && ProductFragments.isHan(t.firstChar())
                    && PARTICLES.indexOf(t.firstChar()) < 0;
            if (another) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k - 1, before.joinedAsText(t));
                out.set(k, null);
            }
        }
        if (out == null) {
            return tokens;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private static List<Token> products(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.TEXT) || !inProductPosition(tokens, k, catalog)) {
                continue;
            }
            Token before = k > 0 ? tokens.get(k - 1) : null;
            boolean afterPiece = before != null && before.is(TokenKind.PRODUCT) && before.end() == t.start();
            if (afterPiece) {
                List<CatalogItem> whole = catalog.abbreviatedBy(before.text() + t.text());
                if (!whole.isEmpty()) {
                    out = out == null ? new ArrayList<>(tokens) : out;
                    out.set(k - 1, before.joinedAsProduct(t, whole));
                    out.set(k, null);
                    continue;
                }
            }
            if (Remarks.isRemark(t)) {
                continue;
            }
            List<CatalogItem> products = catalog.abbreviatedBy(t.text());
            boolean variant = !afterPiece
                    && (gluedToItsQuantity(tokens, k) || spacedBeforeItsQuantity(tokens, k))
                    && catalog.sharesHeadNoun(t.text());
            Token read = !products.isEmpty() ? t.asProduct(products) : variant ? t.asVariant() : null;
            if (read != null) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, read);
            }
        }
        if (out == null) {
            return tokens;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * {@code 四喜 蜜枣粽 4个}: after the name, a word and then its quantity. With no word before it ({@code 10栋 木子
     * 1盒}) the word is the name.
     */
    private static boolean spacedBeforeItsQuantity(List<Token> tokens, int k) {
        return k > 0
                && wordBefore(tokens, k)
                && tokens.get(k - 1).isSeparator()
                && k + 2 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.SPACE)
                && tokens.get(k + 2).is(TokenKind.NUMBER)
                && tokens.get(k + 2).unit() != null;
    }

    private static boolean wordBefore(List<Token> tokens, int k) {
        for (int j = 0; j < k; j++) {
            if (tokens.get(j).is(TokenKind.TEXT) && tokens.get(j).isSubstantive()) {
                return true;
            }
        }
        return false;
    }

    private static boolean gluedToItsQuantity(List<Token> tokens, int k) {
        return k + 1 < tokens.size()
                && tokens.get(k + 1).start() == tokens.get(k).end()
                && tokens.get(k + 1).is(TokenKind.NUMBER);
    }

    private static boolean inProductPosition(List<Token> tokens, int k, CatalogMatcher catalog) {
        Token word = tokens.get(k);
        if (k + 1 < tokens.size()) {
            Token next = tokens.get(k + 1);
            if (next.start() == word.end() && (next.is(TokenKind.NUMBER) || next.is(TokenKind.TIMES))) {
                return true;
            }
            boolean spaced = next.is(TokenKind.SPACE) && k + 2 < tokens.size();
            if (spaced && tokens.get(k + 2).is(TokenKind.NUMBER) && k > 0 && wordBefore(tokens, k)) {
                return true;
            }
        }
        if (k > 0) {
            Token before = tokens.get(k - 1);
            return before.end() == word.start() && before.is(TokenKind.NUMBER) && before.unit() != null;
        }
        return false;
    }
}
