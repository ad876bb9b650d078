package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Two-character fragments of product names and aliases ({@code 水饺} from 猪肉白菜水饺), used to notice a
 * word that looks like a product but is not one of the deal's exact names — a variant not on sale, or a
 * word that fits several products.
 */
final class ProductFragments {

    private ProductFragments() {}

    static Map<String, Set<String>> of(Iterable<CatalogItem> catalog) {
        Map<String, Set<String>> fragments = new HashMap<>();
        for (CatalogItem item : catalog) {
            add(fragments, item.name(), item.sku());
            item.aliases().forEach(alias -> add(fragments, alias, item.sku()));
        }
        return fragments;
    }

    private static void add(Map<String, Set<String>> fragments, String word, String sku) {
        String text = TextNormalizer.normalize(word);
        for (int i = 0; i + 2 <= text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (isHan(a) && isHan(b)) {
                fragments
                        .computeIfAbsent(text.substring(i, i + 2), k -> new HashSet<>())
                        .add(sku);
            }
        }
    }

    static boolean isHan(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return true;
        }
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
