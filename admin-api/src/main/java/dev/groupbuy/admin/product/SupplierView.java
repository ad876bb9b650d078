package dev.groupbuy.admin.product;

import dev.groupbuy.core.product.Supplier;

/** A supplier as the API shows it. */
record SupplierView(long id, String name, String contact, String note) {

    static SupplierView of(Supplier supplier) {
        return new SupplierView(supplier.id(), supplier.name(), supplier.contact(), supplier.note());
    }
}
