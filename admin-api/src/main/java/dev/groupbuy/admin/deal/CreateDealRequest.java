package dev.groupbuy.admin.deal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens a deal in one or more groups: from a {@code title} and {@code catalog}, or from a {@code post} as
 * leaders write it (then title, catalog, cut-off and pickup are read from the post).
 *
 * @param closesAt when sign-ups stop on their own (ISO-8601; the deal is closed then, as by #截单), or {@code
 *     null} to close by hand
 * @param remindBeforeMinutes remind the groups this many minutes before {@code closesAt}, or {@code null}
 * @param catalog the products on sale, within {@link dev.groupbuy.core.deal.CatalogLimits} (422 past them)
 * @param pickup where and when to pick up, as the leader would say it
 * @param post the deal post's text, as for {@code #开团}
 * @param deliveryDate the day the goods are delivered ({@code 2026-12-01}); for a post, replaces the day read
 *     from its pickup line
 */
record CreateDealRequest(
        @Size(max = 255) String title,
        @NotNull @Size(max = 1000) List<@NotNull Long> groupIds,
        List<@Valid @NotNull CatalogItemRequest> catalog,
        Instant closesAt,
        @Size(max = 1000) String pickup,
        @Size(max = 20000) String post,
        LocalDate deliveryDate,
        Integer remindBeforeMinutes) {}
