package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An edit of the line's own order that no rule applied: {@code C 换 D}, {@code A2 换1份C}, {@code 纸巾2提 洗洁精1瓶
 * (纸巾换苹果 洗洁精换梨)}. When a line reaches the plain reading with such an edit still in it, counting what it names
 * would write an order the resident just took back, so the line asks instead. An edit is a change or cancel word
 * next to a product the line orders, or before a count; in a bracket, a change to another product counts when a
 * count stands before it ({@code (一盒改成山竹)}). A word that only takes off or swaps a side ({@code 2份不要葱},
 * {@code 豆腐换青菜} of things the line does not order, {@code 原价30改25}) is a remark, not an edit.
 */
public final class UnreadEdits {

    private static final String EDIT_CHARS = "换改删减";

    private UnreadEdits() {}

    /** Whether {@code tokens} (a line's order part) hold an edit of its products that was not applied. */
    static boolean in(List<Token> tokens, LineTokenizer tokenizer, CatalogMatcher catalog) {
        if (!mayHoldAnEdit(tokens)) {
            return false;
        }
        Set<String> ordered = new HashSet<>();
        tokens.stream()
                .filter(t -> t.is(TokenKind.PRODUCT))
                .forEach(t -> t.products().forEach(p -> ordered.add(p.sku())));
        if (catalog.singleProduct()) {
            ordered.add(catalog.catalog().get(0).sku());
        }
        if (editIn(tokens, false, ordered)) {
            return true;
        }
        for (Token t : tokens) {
            if (t.is(TokenKind.REMARK)
                    && hasEditChar(t.content())
                    && editIn(EntryReader.editAnchors(tokenizer, catalog, t.content()), true, ordered)) {
                return true;
            }
        }
        return false;
    }

    /** A quick look: a change word, or a word or bracket with a character that can start an edit. */
    private static boolean mayHoldAnEdit(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.CHANGE)
                    || (t.is(TokenKind.TEXT) && hasEditChar(t.text()))
                    || (t.is(TokenKind.REMARK) && hasEditChar(t.content()))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasEditChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (EDIT_CHARS.indexOf(text.charAt(i)) >= 0 || text.startsWith("取消", i) || text.startsWith("不要", i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean editIn(List<Token> tokens, boolean inBracket, Set<String> ordered) {
        for (int k = 0; k < tokens.size(); k++) {
            if (!isEditWord(tokens.get(k), inBracket)) {
                continue;
            }
            Token before = neighbour(tokens, k, -1);
            Token after = neighbour(tokens, k, 1);
            boolean orderedBefore = before != null && before.is(TokenKind.PRODUCT) && namesAny(before, ordered);
            boolean endsAfter = after == null || after.is(TokenKind.PUNCT);
            boolean countAfter = after != null && after.is(TokenKind.NUMBER) && (!inBracket || after.unit() != null);
            boolean productAfter = after != null && after.is(TokenKind.PRODUCT);
            if (inBracket) {
                boolean countBefore = before != null && before.is(TokenKind.NUMBER) && before.unit() != null;
                productAfter = productAfter && (namesAny(after, ordered) || countBefore || orderedBefore);
            }
            if (countAfter || productAfter || (orderedBefore && endsAfter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAny(Token product, Set<String> skus) {
        return product.products().stream().anyMatch(p -> skus.contains(p.sku()));
    }

    private static boolean isEditWord(Token t, boolean inBracket) {
        if (t.is(TokenKind.CHANGE)) {
            return true;
        }
        if (inBracket && t.is(TokenKind.CANCEL)) {
            return true;
        }
        if (!t.is(TokenKind.TEXT)) {
            return false;
        }
        String text = t.text();
        return text.length() <= 2 && (EDIT_CHARS.indexOf(text.charAt(0)) >= 0 || text.equals("去掉"));
    }

    /** The nearest token that is not a space, one way or the other, or null at the edge. */
    private static Token neighbour(List<Token> tokens, int k, int step) {
        for (int j = k + step; j >= 0 && j < tokens.size(); j += step) {
            if (!tokens.get(j).is(TokenKind.SPACE)) {
                return tokens.get(j);
            }
        }
        return null;
    }
}
