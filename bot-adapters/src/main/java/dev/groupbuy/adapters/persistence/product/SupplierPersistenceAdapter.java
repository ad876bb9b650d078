package dev.groupbuy.adapters.persistence.product;

import dev.groupbuy.core.product.Supplier;
import dev.groupbuy.core.product.SupplierRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@link SupplierRepository} on the {@code suppliers} table. */
class SupplierPersistenceAdapter implements SupplierRepository {

    private final SupplierMapper suppliers;
    private final Clock clock;

    SupplierPersistenceAdapter(SupplierMapper suppliers, Clock clock) {
        this.suppliers = suppliers;
        this.clock = clock;
    }

    @Override
    public Supplier create(Supplier supplier) {
        SupplierDO row = toRow(supplier);
        row.setId(null);
        row.setCreatedAt(row.getUpdatedAt());
        suppliers.insert(row);
        return supplier.withId(row.getId());
    }

    @Override
    public void update(Supplier supplier) {
        suppliers.updateById(toRow(supplier));
    }

    @Override
    public Optional<Supplier> findById(long id) {
        return Optional.ofNullable(suppliers.selectById(id)).map(SupplierPersistenceAdapter::toSupplier);
    }

    @Override
    public List<Supplier> findAll() {
        return suppliers.findAllById().stream()
                .map(SupplierPersistenceAdapter::toSupplier)
                .toList();
    }

    private SupplierDO toRow(Supplier supplier) {
        SupplierDO row = new SupplierDO();
        row.setId(supplier.id());
        row.setName(supplier.name());
        row.setContact(supplier.contact());
        row.setNote(supplier.note());
        row.setUpdatedAt(clock.instant());
        return row;
    }

    private static Supplier toSupplier(SupplierDO row) {
        return new Supplier(row.getId(), row.getName(), row.getContact(), row.getNote());
    }
}
