package dev.groupbuy.core.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One product of a deal. Residents may name it by {@code name}, by any alias, or by the code the leader
 * gave it in the post ("A", "1号"); codes are kept among the aliases.
 *
 * @param stock units still available, or {@code null} when unlimited
 * @param limitPerPerson most units one participant may order, or {@code null} when unlimited
 */
public record CatalogItem(
        String sku,
        String name,
        List<String> aliases,
        String unit,
        BigDecimal price,
        Integer stock,
        Integer limitPerPerson) {

    public CatalogItem {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("a catalog item needs a sku");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("catalog item " + sku + " needs a name");
        }
        sku = sku.strip();
        name = name.strip();
        aliases = aliases == null
                ? List.of()
                : aliases.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
        unit = unit == null ? "" : unit.strip();
        if (price != null && price.signum() < 0) {
            throw new IllegalArgumentException("catalog item " + sku + " has a negative price");
        }
        if (stock != null && stock < 0) {
            throw new IllegalArgumentException("catalog item " + sku + " has a negative stock");
        }
        if (limitPerPerson != null && limitPerPerson <= 0) {
            throw new IllegalArgumentException("catalog item " + sku + " has a non-positive per-person limit");
        }
    }

    /** A product with no stock or per-person limit. */
    public static CatalogItem of(String sku, String name, List<String> aliases, String unit, BigDecimal price) {
        return new CatalogItem(sku, name, aliases, unit, price, null, null);
    }
}
