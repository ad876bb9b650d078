package dev.groupbuy.admin.chain;

import dev.groupbuy.admin.deal.CatalogItemRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A message to read as a 接龙 chain.
 *
 * @param text the whole message as posted in the group
 * @param catalog the products to recognise; may be absent
 */
record ParseChainRequest(
        @NotNull String text, @Size(max = 500) List<@Valid @NotNull CatalogItemRequest> catalog) {}
