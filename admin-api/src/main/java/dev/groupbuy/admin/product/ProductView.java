package dev.groupbuy.admin.product;

import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.Supplier;
import java.math.BigDecimal;
import java.util.List;

/** A product as the API shows it, with its supplier's name. */
record ProductView(
        long id,
        String name,
        List<String> aliases,
        String unit,
        BigDecimal price,
        BigDecimal cost,
        Long supplierId,
        String supplierName,
        String spec) {

    static ProductView of(Product product, Supplier supplier) {
        return new ProductView(
                product.id(),
                product.name(),
                product.aliases(),
                product.unit(),
                product.price(),
                product.cost(),
                product.supplierId(),
                supplier == null ? null : supplier.name(),
                product.spec());
    }
}
