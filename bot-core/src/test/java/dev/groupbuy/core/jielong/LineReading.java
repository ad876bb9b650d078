package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the tests of everyday lines share: one parser, a line read as a chain's first sign-up, items as a map. */
public abstract class LineReading {

    protected final ChainParser parser = new ChainParser();

    /** {@code line} read as line 1 of a chain. */
    protected ChainEntry read(List<CatalogItem> catalog, String line) {
        return parser.parse("#接龙\n1. " + line, catalog).entries().get(0);
    }

    /** The entry's items as sku → quantity written plainly ({@code 2}, {@code 0.5}), sorted by sku. */
    protected static Map<String, String> items(ChainEntry entry) {
        Map<String, String> out = new TreeMap<>();
        entry.items().forEach(i -> out.put(i.sku(), i.qty().toPlainString()));
        return out;
    }
}
