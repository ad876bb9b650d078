package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ParsedChain;
import java.util.List;

/** Reads a message as a 接龙 against a deal's catalog; in production {@code new ChainParser()::parse}. */
@FunctionalInterface
public interface ChainReader {

    ParsedChain read(String text, List<CatalogItem> catalog);
}
