package dev.groupbuy.adapters.persistence.product;

import dev.groupbuy.adapters.persistence.TextLists;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.ProductRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@link ProductRepository} on the {@code products} table. */
class ProductPersistenceAdapter implements ProductRepository {

    private final ProductMapper products;
    private final Clock clock;

    ProductPersistenceAdapter(ProductMapper products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Override
    public Product create(Product product) {
        ProductDO row = toRow(product);
        row.setId(null);
        row.setCreatedAt(row.getUpdatedAt());
        products.insert(row);
        return product.withId(row.getId());
    }

    @Override
    public void update(Product product) {
        products.replace(toRow(product));
    }

    @Override
    public Optional<Product> findById(long id) {
        return Optional.ofNullable(products.selectById(id)).map(ProductPersistenceAdapter::toProduct);
    }

    @Override
    public List<Product> findAll() {
        return products.findAllById().stream()
                .map(ProductPersistenceAdapter::toProduct)
                .toList();
    }

    private ProductDO toRow(Product product) {
        ProductDO row = new ProductDO();
        row.setId(product.id());
        row.setName(product.name());
        row.setAliases(TextLists.join(product.aliases()));
        row.setUnit(product.unit());
        row.setPrice(product.price());
        row.setCost(product.cost());
        row.setSupplierId(product.supplierId());
        row.setSpec(product.spec());
        row.setUpdatedAt(clock.instant());
        return row;
    }

    private static Product toProduct(ProductDO row) {
        return new Product(
                row.getId(),
                row.getName(),
                TextLists.split(row.getAliases()),
                row.getUnit(),
                row.getPrice(),
                row.getCost(),
                row.getSupplierId(),
                row.getSpec());
    }
}
