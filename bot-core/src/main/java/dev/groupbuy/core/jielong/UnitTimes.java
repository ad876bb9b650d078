package dev.groupbuy.core.jielong;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code 桶x3}, {@code 盒×2}: the deal's unit written on its own in front of a times sign and a count is that
 * count in that unit, like {@code 3桶}.
 */
final class UnitTimes {

    private UnitTimes() {}

    static List<Token> read(List<Token> tokens, CatalogMatcher catalog) {
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
        return out == null ? tokens : out;
    }
}
