package dev.groupbuy.core.jielong;

import java.util.List;

/** Looks at the words left over after quantities and products were read. */
final class Leftovers {

    private Leftovers() {}

    /**
     * A word written right before a quantity or product that is neither a filler nor known — usually a
     * product that is not in the deal ({@code 茄子2斤}) or a variant not on sale; else {@code null}.
     */
    static String unknownWordBeforeQuantity(List<Token> tokens, CatalogMatcher catalog) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.NUMBER) && !t.is(TokenKind.PRODUCT)) {
                continue;
            }
            int j = k - 1;
            while (j >= 0 && tokens.get(j).is(TokenKind.SPACE)) {
                j--;
            }
            if (j >= 0
                    && tokens.get(j).is(TokenKind.TEXT)
                    && tokens.get(j).isSubstantive()
                    && !partOfProductName(tokens.get(j).text(), t)) {
                return tokens.get(j).text();
            }
        }
        return null;
    }

    /** {@code 鸭脖} before {@code 大份} when the product is 麻辣卤鸭脖（大份）: the resident spelled more of the name. */
    private static boolean partOfProductName(String word, Token product) {
        return product.is(TokenKind.PRODUCT)
                && product.products().size() == 1
                && word.strip().length() >= 2
                && TextNormalizer.normalize(product.products().get(0).name()).contains(word.strip());
    }

    static boolean hasSubstantiveText(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.TEXT) && t.isSubstantive()) {
                return true;
            }
        }
        return false;
    }
}
