package dev.groupbuy.core.product;

import dev.groupbuy.core.deal.CatalogLimits;
import dev.groupbuy.core.store.TextLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A product of the library: what the operator buys from a supplier and sells in many deals and groups. Deals'
 * catalog items point at it ({@code productId}), so orders can be added up across deals (以销定采).
 *
 * @param id {@code null} until stored
 * @param name unique in the library, at most {@value CatalogLimits#MAX_WORD_LENGTH} characters (it becomes a
 *     catalog item's name, which the parser reads)
 * @param aliases other names residents and leaders use; unique in the library too
 * @param price the usual selling price; a deal may sell at another
 * @param cost what the supplier charges per unit, or {@code null} when not known
 * @param supplierId who supplies it, or {@code null}
 * @param spec size or packing as the supplier says it ({@code 3斤/盒}), else empty
 */
public record Product(
        Long id,
        String name,
        List<String> aliases,
        String unit,
        BigDecimal price,
        BigDecimal cost,
        Long supplierId,
        String spec) {

    public static final int MAX_ALIASES = 30;
    public static final int MAX_UNIT_LENGTH = 32;
    public static final int MAX_SPEC_LENGTH = 255;

    public Product {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product needs a name");
        }
        name = name.strip();
        checkWord(name, "the product's name");
        aliases = aliases == null
                ? List.of()
                : aliases.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .distinct()
                        .toList();
        if (aliases.size() > MAX_ALIASES) {
            throw new IllegalArgumentException("a product has at most " + MAX_ALIASES + " aliases");
        }
        aliases.forEach(alias -> checkWord(alias, "an alias"));
        unit = unit == null ? "" : unit.strip();
        if (!TextLimit.fits(unit, MAX_UNIT_LENGTH)) {
            throw new IllegalArgumentException("unit is longer than " + MAX_UNIT_LENGTH + " characters");
        }
        if (price == null) {
            throw new IllegalArgumentException("a product needs a price");
        }
        price = Money.of(price, "price");
        cost = Money.orNull(cost, "cost");
        spec = spec == null ? "" : spec.strip();
        if (!TextLimit.fits(spec, MAX_SPEC_LENGTH)) {
            throw new IllegalArgumentException("spec is longer than " + MAX_SPEC_LENGTH + " characters");
        }
    }

    public Product withId(long newId) {
        return new Product(newId, name, aliases, unit, price, cost, supplierId, spec);
    }

    /** The name and every alias. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    /** Name, aliases, unit, prices and supplier as one short text for the change log. */
    public String describe() {
        return name + (aliases.isEmpty() ? "" : " (" + String.join("/", aliases) + ")") + " " + price.toPlainString()
                + "/" + unit + (cost == null ? "" : " cost " + cost.toPlainString())
                + (supplierId == null ? "" : " supplier " + supplierId) + (spec.isEmpty() ? "" : " " + spec);
    }

    private static void checkWord(String word, String what) {
        if (word.length() > CatalogLimits.MAX_WORD_LENGTH) {
            throw new IllegalArgumentException(
                    what + " is longer than " + CatalogLimits.MAX_WORD_LENGTH + " characters");
        }
    }
}
