package dev.groupbuy.admin.product;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A product of the library as a client sends it: all fields for {@code POST}, the ones to change for {@code
 * PATCH} (absent or {@code null} keeps the stored value). Sizes are the columns'; larger values get 400.
 *
 * @param aliases other names residents use, unique in the library like the name
 * @param price the usual selling price
 * @param cost what the supplier charges per unit
 * @param spec size or packing as the supplier says it ({@code 3斤/盒})
 */
record ProductRequest(
        @Size(max = 64) String name,
        @Size(max = 30) List<@Size(max = 64) String> aliases,
        @Size(max = 32) String unit,
        @Digits(integer = 10, fraction = 2) BigDecimal price,
        @Digits(integer = 10, fraction = 2) BigDecimal cost,
        Long supplierId,
        @Size(max = 255) String spec) {}
