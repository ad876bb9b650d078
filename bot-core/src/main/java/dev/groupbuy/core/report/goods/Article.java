package dev.groupbuy.core.report.goods;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.product.Product;
import java.util.Locale;
import java.util.Map;

/**
 * What a catalog item is as goods: its library product (bought from the product's supplier, added up across
 * deals and groups), or, for an item not in the library, its name and unit (added up with items of the same
 * name and unit, supplier unknown). The purchase list, the sorting sheets and the dashboard's products add up by
 * it.
 *
 * @param key what adds up: the product and unit, or the name and unit
 */
public record Article(String key, Long productId, String name, String spec, String unit, Long supplierId) {

    public static Article of(CatalogItem item, Map<Long, Product> products) {
        return of(item.name(), item.unit(), item.productId(), products);
    }

    /** The article of a catalog item with this name, unit ({@code ""}: none) and library product. */
    public static Article of(String itemName, String itemUnit, Long productId, Map<Long, Product> products) {
        Product product = productId == null ? null : products.get(productId);
        String unit = itemUnit.isEmpty() && product != null ? product.unit() : itemUnit;
        if (product == null) {
            String name = itemName.strip();
            return new Article("n:" + name.toLowerCase(Locale.ROOT) + "|" + unit, null, name, "", unit, null);
        }
        return new Article(
                "p:" + product.id() + "|" + unit,
                product.id(),
                product.name(),
                product.spec(),
                unit,
                product.supplierId());
    }
}
