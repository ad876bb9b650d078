package dev.groupbuy.core.jielong.tokens;

import java.math.BigDecimal;
import java.util.List;

/**
 * A total the resident writes after the order ({@code 2袋 共2袋}, {@code A1 B1 一共2份}): the tokenizer hides it from
 * the quantities (the corpus rules say a repeated total is no quantity), and the reading checks it against them.
 */
public final class Totals {

    private Totals() {}

    /** The count of a hidden total such as {@code 共3袋}, in one of {@code units}; {@code null} when it is none. */
    public static BigDecimal of(Token token, List<String> units) {
        if (!token.is(TokenKind.SKIP)) {
            return null;
        }
        String text = token.text();
        for (String prefix : Keywords.TOTAL_PREFIXES) {
            if (!text.startsWith(prefix) || text.length() == prefix.length()) {
                continue;
            }
            int at = prefix.length();
            NumberScanner.Reading r = BuildingScanner.isDigit(text.charAt(at))
                    ? NumberScanner.digits(text, at, units)
                    : NumberScanner.numeral(text, at, true, units);
            if (r == null || r.value() == null || r.end() != text.length()) {
                return null;
            }
            return r.unit() != null && units.contains(r.unit()) ? r.value() : null; // 共72 (元) is money
        }
        return null;
    }
}
