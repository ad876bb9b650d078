package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.math.BigDecimal;
import java.util.List;

/**
 * One piece of a participant line, with its position in the normalised line.
 *
 * @param value the quantity of a {@code NUMBER}
 * @param unit the unit written after a {@code NUMBER}, or {@code null}
 * @param products the products of a {@code PRODUCT}
 * @param content the inner text of a {@code REMARK} or {@code STRIKE}
 */
record Token(
        TokenKind kind,
        int start,
        int end,
        String text,
        BigDecimal value,
        String unit,
        List<CatalogItem> products,
        String content) {

    static Token of(TokenKind kind, String line, int start, int end) {
        return new Token(kind, start, end, line.substring(start, end), null, null, List.of(), null);
    }

    static Token number(String line, int start, int end, BigDecimal value, String unit) {
        return new Token(TokenKind.NUMBER, start, end, line.substring(start, end), value, unit, List.of(), null);
    }

    static Token product(String line, int start, int end, List<CatalogItem> products) {
        return new Token(TokenKind.PRODUCT, start, end, line.substring(start, end), null, null, products, null);
    }

    static Token enclosing(TokenKind kind, String line, int start, int end, String content) {
        return new Token(kind, start, end, line.substring(start, end), null, null, List.of(), content);
    }

    Token withNumber(BigDecimal newValue, String newUnit, int newEnd, String line) {
        return new Token(
                TokenKind.NUMBER, start, newEnd, line.substring(start, newEnd), newValue, newUnit, products, null);
    }

    boolean is(TokenKind k) {
        return kind == k;
    }

    boolean isSeparator() {
        return kind == TokenKind.SPACE || kind == TokenKind.PUNCT;
    }
}
