package dev.groupbuy.admin.deal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Opens a deal in one or more groups.
 *
 * @param closesAt when sign-ups stop on their own (ISO-8601), or {@code null} to close by hand (#截单)
 * @param catalog the products on sale, within {@link dev.groupbuy.core.deal.CatalogLimits} (422 past them)
 * @param pickup where and when to pick up, as the leader would say it
 */
record CreateDealRequest(
        @NotBlank @Size(max = 255) String title,
        @NotNull @Size(max = 1000) List<@NotNull Long> groupIds,
        @NotNull List<@Valid @NotNull CatalogItemRequest> catalog,
        Instant closesAt,
        @Size(max = 1000) String pickup) {}
