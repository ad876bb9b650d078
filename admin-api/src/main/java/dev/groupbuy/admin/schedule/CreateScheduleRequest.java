package dev.groupbuy.admin.schedule;

import dev.groupbuy.admin.deal.CatalogItemRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A schedule as an operator sends it: what to do ({@code action}) in which groups, when ({@code trigger}).
 * Sizes are those of the database columns.
 */
record CreateScheduleRequest(
        @NotBlank @Size(max = 255) String name,
        @NotNull @Size(max = 5000) List<@NotNull Long> groupIds,
        @NotNull @Valid TriggerRequest trigger,
        @NotNull @Valid ActionRequest action) {

    /**
     * Either {@code at} (once) or {@code cron} (Quartz's format, e.g. {@code 0 0 8 * * ?}) with an optional
     * {@code zone} (default: the first group's, Asia/Shanghai) and {@code startAt} / {@code endAt}.
     */
    record TriggerRequest(
            Instant at,
            @Size(max = 120) String cron,
            @Size(max = 64) String zone,
            Instant startAt,
            Instant endAt) {}

    /**
     * {@code type} is one of {@code post} ({@code text}), {@code open-deal} ({@code title}, {@code catalog},
     * {@code pickup}, {@code closesAfterMinutes}, {@code remindBeforeMinutes}), {@code remind}
     * ({@code minutesBefore}), {@code close-deals}, {@code post-list} ({@code what}: {@code list} or
     * {@code totals}).
     */
    record ActionRequest(
            @NotBlank String type,
            @Size(max = 20000) String text,
            @Size(max = 255) String title,
            @Size(max = 500) List<@Valid @NotNull CatalogItemRequest> catalog,
            @Size(max = 1000) String pickup,
            Integer closesAfterMinutes,
            Integer remindBeforeMinutes,
            Integer minutesBefore,
            String what) {}
}
