package dev.groupbuy.core.product;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The library as a lookup: a product by any of its names (name or alias), compared without spaces, case or
 * full-width differences ({@code 丹东 草莓} and {@code 丹东草莓}, {@code ＡＢＣ} and {@code abc} are the same).
 */
public final class ProductLibrary {

    private final Map<String, Product> byName = new HashMap<>();
    private final int size;

    private ProductLibrary(List<Product> products) {
        for (Product product : products) {
            product.names().forEach(name -> byName.putIfAbsent(key(name), product));
        }
        this.size = products.size();
    }

    public static ProductLibrary of(List<Product> products) {
        return new ProductLibrary(products);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The product with this name or alias. */
    public Optional<Product> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    /** The product called by any of {@code names}, the first that is known. */
    public Optional<Product> findAny(List<String> names) {
        return names.stream().map(this::find).flatMap(Optional::stream).findFirst();
    }

    /** A name of {@code product} that another product of the library already has, if any. */
    public Optional<String> takenName(Product product) {
        return product.names().stream()
                .filter(name -> find(name)
                        .filter(other -> !other.id().equals(product.id()))
                        .isPresent())
                .findFirst();
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }
}
