package dev.groupbuy.core.product;

import java.util.List;
import java.util.Optional;

/** Port: the product library. */
public interface ProductRepository {

    /** Stores a new product (its id is ignored) and returns it with the id assigned. */
    Product create(Product product);

    /** Replaces a stored product's fields. */
    void update(Product product);

    Optional<Product> findById(long id);

    /** Every product, in the order they were created. */
    List<Product> findAll();
}
