package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two-character fragments of product names and aliases ({@code 水饺} from 猪肉白菜水饺), used to notice a
 * word that looks like a product but is not one of the deal's exact names — a variant not on sale, or a
 * word that fits several products. Each fragment keeps a bit set of the skus it appears in, so a lookup
 * costs a bit-set union per fragment of the word, however many products share the fragment.
 */
public final class ProductFragments {

    private final List<String> skus;
    private final Map<Integer, BitSet> fragments = new HashMap<>();

    private ProductFragments(Iterable<CatalogItem> catalog) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (CatalogItem item : catalog) {
            int sku = index.computeIfAbsent(item.sku(), s -> index.size());
            add(item.name(), sku);
            item.aliases().forEach(alias -> add(alias, sku));
        }
        this.skus = List.copyOf(index.keySet());
    }

    static ProductFragments of(Iterable<CatalogItem> catalog) {
        return new ProductFragments(catalog);
    }

    /** Skus of products whose name or alias shares a two-character fragment with {@code text}. */
    Set<String> skusResembling(String text) {
        BitSet found = new BitSet(skus.size());
        for (int i = 0; i + 2 <= text.length(); i++) {
            BitSet skusOfFragment = fragments.get(key(text.charAt(i), text.charAt(i + 1)));
            if (skusOfFragment != null) {
                found.or(skusOfFragment);
            }
        }
        Set<String> out = new HashSet<>();
        found.stream().forEach(k -> out.add(skus.get(k)));
        return out;
    }

    private void add(String word, int sku) {
        String text = TextNormalizer.normalize(word);
        for (int i = 0; i + 2 <= text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (isHan(a) && isHan(b)) {
                fragments.computeIfAbsent(key(a, b), k -> new BitSet()).set(sku);
            }
        }
    }

    private static int key(char a, char b) {
        return (a << 16) | b;
    }

    public static boolean isHan(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return true;
        }
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
