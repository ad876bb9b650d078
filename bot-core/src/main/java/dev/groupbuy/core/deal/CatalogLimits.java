package dev.groupbuy.core.deal;

import java.util.List;

/**
 * The largest catalog the service takes in, checked where a catalog enters (opening a deal, the parse
 * API). Reading a chain costs at most its length times the longest product word, whatever the catalog;
 * these caps keep that factor, and the work of preparing a catalog for reading, small. Lengths are
 * counted in UTF-16 characters, as the other length limits of the API are (an emoji counts as two).
 */
public final class CatalogLimits {

    /** Most products in one catalog. */
    public static final int MAX_PRODUCTS = 500;

    /** Most product words in one catalog: every product's name plus all its aliases and codes. */
    public static final int MAX_WORDS = 2_000;

    /** Longest product name or alias. */
    public static final int MAX_WORD_LENGTH = 64;

    private CatalogLimits() {}

    /**
     * Checks {@code catalog} against the caps.
     *
     * @throws IllegalArgumentException naming the first cap the catalog goes past, and for a word too
     *     long where it is ({@code catalog[3].name}), never the word itself
     */
    public static void check(List<CatalogItem> catalog) {
        if (catalog.size() > MAX_PRODUCTS) {
            throw new IllegalArgumentException(
                    "a catalog holds at most " + MAX_PRODUCTS + " products, this one has " + catalog.size());
        }
        int words = 0;
        for (int k = 0; k < catalog.size(); k++) {
            CatalogItem item = catalog.get(k);
            words += 1 + item.aliases().size();
            checkLength(item.name(), "catalog[" + k + "].name");
            for (String alias : item.aliases()) {
                checkLength(alias, "an alias of catalog[" + k + "]");
            }
        }
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException("a catalog holds at most " + MAX_WORDS
                    + " product names and aliases in all, this one has " + words);
        }
    }

    private static void checkLength(String word, String where) {
        if (word.length() > MAX_WORD_LENGTH) {
            throw new IllegalArgumentException(where + " is longer than " + MAX_WORD_LENGTH
                    + " characters, the longest product word the parser reads");
        }
    }
}
