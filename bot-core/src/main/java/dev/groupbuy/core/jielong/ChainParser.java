package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;

/**
 * Reads a 接龙 message against a deal's catalog, as a careful leader would. A pure function: it never
 * throws on any text; a line it cannot read is an entry flagged for review.
 */
public final class ChainParser {

    public ParsedChain parse(String text, List<CatalogItem> catalog) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
