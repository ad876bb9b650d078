package dev.groupbuy.admin.deal;

import dev.groupbuy.core.deal.CatalogItem;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One product as a client sends it, for a deal's catalog or for parsing a chain.
 *
 * @param aliases other names residents use for it, including the leader's code ("A", "1号")
 * @param stock units available, or {@code null} for unlimited
 * @param limitPerPerson most units per participant, or {@code null} for unlimited
 * @param productId the library's product this item sells, or {@code null} to match it by name; when given, a
 *     missing price or unit is the product's
 *     <p>Sizes and digits are those of the database columns: larger values get 400, not a failed insert.
 */
public record CatalogItemRequest(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 30) List<@Size(max = 60) String> aliases,
        @Size(max = 32) String unit,
        @Digits(integer = 10, fraction = 2) BigDecimal price,
        Integer stock,
        Integer limitPerPerson,
        Long productId) {

    /**
     * The core's catalog item.
     *
     * @throws IllegalArgumentException when the values make no sense (a negative price, say)
     */
    public CatalogItem toCatalogItem() {
        return new CatalogItem(sku, name, aliases, unit, price, stock, limitPerPerson, productId);
    }
}
