package dev.groupbuy.admin.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * 补单: an order added for someone.
 *
 * @param userId the person's platform user id, when known
 * @param groupId the group they belong to; needed only when the deal has several
 * @param note building/room or a remark, for the pickup list
 */
record AddOrderRequest(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 128) String userId,
        Long groupId,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull ItemRequest> items,
        @Size(max = 255) String note) {

    record ItemRequest(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Digits(integer = 9, fraction = 3) BigDecimal qty) {}
}
