package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code 桶x3}, {@code 盒×2}: the deal's unit written on its own in front of a times sign and a count is that
 * count in that unit, like {@code 3桶}.
 */
public final class UnitTimes {

    private UnitTimes() {}

    public static List<Token> read(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token unit = tokens.get(k);
            Token times = tokens.get(k + 1);
            Token count = tokens.get(k + 2);
            if (unit.is(TokenKind.TEXT)
                    && catalog.units().contains(unit.text())
                    && (k == 0 || tokens.get(k - 1).isSeparator())
                    && times.is(TokenKind.TIMES)
                    && unit.gluedTo(times)
                    && count.is(TokenKind.NUMBER)
                    && count.unit() == null
                    && times.gluedTo(count)) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, unit.quantityTo(count, count.value(), unit.text()));
                out.remove(k + 2);
                out.remove(k + 1);
                tokens = out;
            }
        }
        return countTimes(out == null ? tokens : out, catalog);
    }

    /**
     * {@code 1kg x2} of a product sold by the kg, {@code 1箱×2}: a count in the very unit the deal sells, times a
     * bare count, is their product in that unit. (A size in another unit, {@code 10斤*3} of rice sold by the 袋,
     * is left for {@link PackSpecs}.)
     */
    private static List<Token> countTimes(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token count = tokens.get(k);
            int times = k + 1 < tokens.size() && tokens.get(k + 1).is(TokenKind.SPACE) ? k + 2 : k + 1;
            if (times + 1 >= tokens.size()
                    || !count.is(TokenKind.NUMBER)
                    || count.unit() == null
                    || !catalog.units().contains(count.unit())
                    || !tokens.get(times).is(TokenKind.TIMES)
                    || !tokens.get(times + 1).is(TokenKind.NUMBER)
                    || tokens.get(times + 1).unit() != null
                    || !tokens.get(times).gluedTo(tokens.get(times + 1))) {
                continue;
            }
            Token by = tokens.get(times + 1);
            out = out == null ? new ArrayList<>(tokens) : out;
            out.set(k, count.quantityTo(by, count.value().multiply(by.value()), count.unit()));
            for (int j = times + 1; j > k; j--) {
                out.remove(j);
            }
            tokens = out;
        }
        return out == null ? tokens : out;
    }
}
