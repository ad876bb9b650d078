package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code 烧鹅1只}, {@code 烧鹅一斤半}, {@code 烧鹅半只} where the deal sells the goose whole (by the 只), by the half and
 * chopped by the 斤: a word that fits several products is the one the count's unit, or the half named after it,
 * tells apart. The word is left fitting them all when no unit or more than one product tells.
 */
public final class UnitsNameTheProduct {

    private UnitsNameTheProduct() {}

    public static List<Token> read(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.PRODUCT) || t.products().size() < 2 || !waysOfOneProduct(t)) {
                continue;
            }
            List<CatalogItem> narrowed = narrowed(tokens, k);
            if (narrowed != null) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, t.naming(narrowed));
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Whether the products the word fits are one food sold several ways: each named by the word and, after it, only
     * the way in brackets or after a space ({@code 烧鹅（整只）}, {@code 烧鹅（半只）}); not {@code 鱼} of 草鱼 and 鲫鱼.
     */
    private static boolean waysOfOneProduct(Token t) {
        String word = t.text();
        for (CatalogItem p : t.products()) {
            String name = TextNormalizer.normalize(p.name());
            if (!name.startsWith(word)
                    || name.length() > word.length() && "(（ -·【[".indexOf(name.charAt(word.length())) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The one product of those the word at {@code k} fits that the count or product after it tells; else null. */
    private static List<CatalogItem> narrowed(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int next = Token.nonSpaceFrom(tokens, k + 1);
        if (next < 0 || next > k + 2) {
            return null;
        }
        Token after = tokens.get(next);
        if (after.is(TokenKind.PRODUCT) && after.products().size() == 1 && next == k + 1) {
            CatalogItem named = after.products().get(0);
            return t.products().contains(named) ? List.of(named) : null; // 烧鹅半只: the half names it
        }
        if (!after.is(TokenKind.NUMBER) || after.unit() == null) {
            return null;
        }
        CatalogItem found = null;
        for (CatalogItem p : t.products()) {
            if (after.unit().equals(p.unit())) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found == null ? null : List.of(found);
    }
}
