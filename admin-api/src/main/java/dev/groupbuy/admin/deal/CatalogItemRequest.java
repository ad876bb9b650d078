package dev.groupbuy.admin.deal;

import dev.groupbuy.core.deal.CatalogItem;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;

/**
 * One product as a client sends it, for a deal's catalog or for parsing a chain.
 *
 * @param aliases other names residents use for it, including the leader's code ("A", "1号")
 * @param stock units available, or {@code null} for unlimited
 * @param limitPerPerson most units per participant, or {@code null} for unlimited
 */
public record CatalogItemRequest(
        @NotBlank String sku,
        @NotBlank String name,
        List<String> aliases,
        String unit,
        BigDecimal price,
        Integer stock,
        Integer limitPerPerson) {

    /**
     * The core's catalog item.
     *
     * @throws IllegalArgumentException when the values make no sense (a negative price, say)
     */
    public CatalogItem toCatalogItem() {
        return new CatalogItem(sku, name, aliases, unit, price, stock, limitPerPerson);
    }
}
