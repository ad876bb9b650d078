package dev.groupbuy.admin.chain;

import dev.groupbuy.admin.deal.CatalogItemRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A message to read as a 接龙 chain.
 *
 * @param text the whole message as posted in the group
 * @param catalog the products to recognise; may be absent; at most {@link dev.groupbuy.core.deal.CatalogLimits}
 */
record ParseChainRequest(@NotNull String text, List<@Valid @NotNull CatalogItemRequest> catalog) {}
