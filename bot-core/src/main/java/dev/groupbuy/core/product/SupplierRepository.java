package dev.groupbuy.core.product;

import java.util.List;
import java.util.Optional;

/** Port: the suppliers products are bought from. */
public interface SupplierRepository {

    /** Stores a new supplier (its id is ignored) and returns it with the id assigned. */
    Supplier create(Supplier supplier);

    /** Replaces a stored supplier's fields. */
    void update(Supplier supplier);

    Optional<Supplier> findById(long id);

    /** Every supplier, in the order they were created. */
    List<Supplier> findAll();
}
