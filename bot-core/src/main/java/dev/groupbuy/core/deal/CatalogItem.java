package dev.groupbuy.core.deal;

import dev.groupbuy.core.store.TextLimit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One product of a deal. Residents may name it by {@code name}, by any alias, or by the code the leader
 * gave it in the post ("A", "1号"); codes are kept among the aliases.
 *
 * @param stock units still available, or {@code null} when unlimited
 * @param limitPerPerson most units one participant may order, or {@code null} when unlimited
 * @param productId the product of the library this item sells, or {@code null} when it is not in the library;
 *     what the purchase list adds up across deals and groups
 */
public record CatalogItem(
        String sku,
        String name,
        List<String> aliases,
        String unit,
        BigDecimal price,
        Integer stock,
        Integer limitPerPerson,
        Long productId) {

    /** An item not linked to the product library. */
    public CatalogItem(
            String sku,
            String name,
            List<String> aliases,
            String unit,
            BigDecimal price,
            Integer stock,
            Integer limitPerPerson) {
        this(sku, name, aliases, unit, price, stock, limitPerPerson, null);
    }

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

    public static final int MAX_SKU_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_UNIT_LENGTH = 32;
    /** All aliases together, one a line. */
    public static final int MAX_ALIASES_LENGTH = 2_000;

    public static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    public static final int MAX_PRICE_SCALE = 2;

    /**
     * Why the store could not keep this item as it is (a deal post read from the chat can say anything), or
     * empty when it can.
     */
    public Optional<String> unstorable() {
        if (!TextLimit.fits(sku, MAX_SKU_LENGTH)) {
            return Optional.of("a catalog item's sku is longer than " + MAX_SKU_LENGTH + " characters");
        }
        if (!TextLimit.fits(name, MAX_NAME_LENGTH)) {
            return Optional.of("catalog item " + sku + "'s name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (!TextLimit.fits(unit, MAX_UNIT_LENGTH)) {
            return Optional.of("catalog item " + sku + "'s unit is longer than " + MAX_UNIT_LENGTH + " characters");
        }
        if (aliases.stream().mapToInt(alias -> alias.length() + 1).sum() - 1 > MAX_ALIASES_LENGTH) {
            return Optional.of(
                    "catalog item " + sku + "'s aliases are longer than " + MAX_ALIASES_LENGTH + " characters");
        }
        if (price != null
                && (price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > MAX_PRICE_SCALE)) {
            return Optional.of("catalog item " + sku + "'s price is beyond " + MAX_PRICE + " or finer than cents");
        }
        return Optional.empty();
    }

    /** The same item, selling the library's product {@code id} ({@code null}: none). */
    public CatalogItem withProduct(Long id) {
        return new CatalogItem(sku, name, aliases, unit, price, stock, limitPerPerson, id);
    }

    /** A product with no stock or per-person limit. */
    public static CatalogItem of(String sku, String name, List<String> aliases, String unit, BigDecimal price) {
        return new CatalogItem(sku, name, aliases, unit, price, null, null);
    }
}
