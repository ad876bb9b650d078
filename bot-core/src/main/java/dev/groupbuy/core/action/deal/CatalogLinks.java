package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.ProductLibrary;
import dev.groupbuy.core.product.ProductRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A new deal's catalog against the product library: an item naming its {@code productId} must name a known
 * product (and takes its price and unit when it gives none); any other item whose name is a product's name or
 * alias is linked to that product; the rest are new to the library.
 */
final class CatalogLinks {

    private CatalogLinks() {}

    /**
     * @param newProducts names of the items the library does not know, in catalog order
     * @param libraryEmpty the library has no product at all (so every item is new, and nobody uses it)
     */
    record Linked(List<CatalogItem> catalog, List<String> newProducts, boolean libraryEmpty) {}

    static Linked link(List<CatalogItem> catalog, ProductRepository products) {
        ProductLibrary library = ProductLibrary.of(products.findAll());
        List<CatalogItem> linked = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (CatalogItem item : catalog) {
            if (item.productId() != null) {
                Product product = products.findById(item.productId()).orElseThrow();
                linked.add(withDefaults(item, product));
                continue;
            }
            Optional<Product> known = library.find(item.name());
            if (known.isPresent()) {
                linked.add(item.withProduct(known.get().id()));
            } else {
                linked.add(item);
                unknown.add(item.name());
            }
        }
        return new Linked(linked, unknown, library.isEmpty());
    }

    /** Why the catalog cannot be linked: an item names a product the library does not have. */
    static Optional<Refusal> check(List<CatalogItem> catalog, ProductRepository products) {
        return catalog.stream()
                .filter(item -> item.productId() != null
                        && products.findById(item.productId()).isEmpty())
                .findFirst()
                .map(item -> Refusal.invalid(
                        "catalog item " + item.sku() + " names product " + item.productId() + ", which is unknown"));
    }

    private static CatalogItem withDefaults(CatalogItem item, Product product) {
        return new CatalogItem(
                item.sku(),
                item.name(),
                item.aliases(),
                item.unit().isEmpty() ? product.unit() : item.unit(),
                item.price() == null ? product.price() : item.price(),
                item.stock(),
                item.limitPerPerson(),
                product.id());
    }
}
