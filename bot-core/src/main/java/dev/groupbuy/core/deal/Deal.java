package dev.groupbuy.core.deal;

import dev.groupbuy.core.store.TextLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something on sale to one or more groups: a catalog, an optional cut-off time and pickup information. Bounded
 * by what the store keeps: the title and the pickup text are cut to {@value #MAX_TITLE_LENGTH} and
 * {@value #MAX_PICKUP_LENGTH} characters, a catalog item the store could not keep is refused
 * ({@link CatalogItem#unstorable()}).
 *
 * @param id {@code null} until stored
 * @param closesAt when sign-ups stop on their own (the scheduler closes the deal then), or {@code null} when
 *     the leader closes by hand
 * @param deliveryDate the day the goods are delivered to the groups (to be picked up), or {@code null} when
 *     not known: the day purchase lists and sorting sheets are made for
 * @param remindBefore how long before {@code closesAt} the groups are reminded, or {@code null} for no
 *     reminder; always {@code null} without a cut-off time
 */
public record Deal(
        Long id,
        String title,
        DealStatus status,
        List<Long> groupIds,
        List<CatalogItem> catalog,
        Instant closesAt,
        String pickup,
        Instant createdAt,
        LocalDate deliveryDate,
        Duration remindBefore) {

    /** A deal without a delivery date. */
    public Deal(
            Long id,
            String title,
            DealStatus status,
            List<Long> groupIds,
            List<CatalogItem> catalog,
            Instant closesAt,
            String pickup,
            Instant createdAt) {
        this(id, title, status, groupIds, catalog, closesAt, pickup, createdAt, null, null);
    }

    /** A deal without a reminder before its cut-off. */
    public Deal(
            Long id,
            String title,
            DealStatus status,
            List<Long> groupIds,
            List<CatalogItem> catalog,
            Instant closesAt,
            String pickup,
            Instant createdAt,
            LocalDate deliveryDate) {
        this(id, title, status, groupIds, catalog, closesAt, pickup, createdAt, deliveryDate, null);
    }

    public static final int MAX_TITLE_LENGTH = 255;
    public static final int MAX_PICKUP_LENGTH = 1_000;

    public Deal {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a deal needs a title");
        }
        if (status == null) {
            throw new IllegalArgumentException("a deal needs a status");
        }
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        catalog = catalog == null ? List.of() : List.copyOf(catalog);
        if (catalog.stream().map(CatalogItem::sku).distinct().count() != catalog.size()) {
            throw new IllegalArgumentException("the skus of a deal's catalog must be unique");
        }
        catalog.stream()
                .map(CatalogItem::unstorable)
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
        title = TextLimit.cut(title.strip(), MAX_TITLE_LENGTH);
        pickup = TextLimit.cut(pickup, MAX_PICKUP_LENGTH);
        if (remindBefore != null && (remindBefore.isZero() || remindBefore.isNegative())) {
            throw new IllegalArgumentException("a reminder must come some time before the cut-off");
        }
        remindBefore = closesAt == null ? null : remindBefore;
    }

    public boolean isOpen() {
        return status == DealStatus.OPEN;
    }

    /** Sign-ups are accepted while the deal is open and its cut-off time, if any, has not passed. */
    public boolean acceptsSignUpsAt(Instant at) {
        return isOpen() && (closesAt == null || at.isBefore(closesAt));
    }

    public Deal withId(long newId) {
        return new Deal(
                newId, title, status, groupIds, catalog, closesAt, pickup, createdAt, deliveryDate, remindBefore);
    }

    /** The deal delivered on {@code date} ({@code null}: not known); a cancelled deal delivers nothing. */
    public Deal withDeliveryDate(LocalDate date) {
        require(status != DealStatus.CANCELLED, "given a delivery date", "a cancelled deal delivers nothing");
        return new Deal(id, title, status, groupIds, catalog, closesAt, pickup, createdAt, date, remindBefore);
    }

    /** When the groups are to be reminded of the cut-off, if they are. */
    public Optional<Instant> remindAt() {
        return remindBefore == null ? Optional.empty() : Optional.of(closesAt.minus(remindBefore));
    }

    /**
     * The deal with a new cut-off time and reminder ({@code null} for none).
     *
     * @throws DealStateException when the deal is not open
     */
    public Deal withDeadline(Instant newClosesAt, Duration newRemindBefore) {
        require(
                status == DealStatus.OPEN,
                "given a new cut-off time",
                "only an open deal has a cut-off time to change");
        return new Deal(
                id, title, status, groupIds, catalog, newClosesAt, pickup, createdAt, deliveryDate, newRemindBefore);
    }

    /**
     * The deal closed for sign-ups.
     *
     * @throws DealStateException when the deal is not open
     */
    public Deal close() {
        require(status == DealStatus.OPEN, "closed", "only an open deal can be closed");
        return with(DealStatus.CLOSED, closesAt, pickup);
    }

    /**
     * The deal open again after 截单; a cut-off time already passed at {@code at} is dropped, so sign-ups
     * are really accepted again.
     *
     * @throws DealStateException when the deal is not closed
     */
    public Deal reopen(Instant at) {
        require(status == DealStatus.CLOSED, "reopened", "only a closed deal can be reopened");
        return with(DealStatus.OPEN, closesAt != null && closesAt.isAfter(at) ? closesAt : null, pickup);
    }

    /**
     * The deal called off, open or closed.
     *
     * @throws DealStateException when the goods already arrived or it was cancelled before
     */
    public Deal cancel() {
        require(
                status == DealStatus.OPEN || status == DealStatus.CLOSED,
                "cancelled",
                "only an open or closed deal can be cancelled");
        return with(DealStatus.CANCELLED, closesAt, pickup);
    }

    /**
     * The goods arrived; {@code pickupText}, when given, replaces the pickup information.
     *
     * @throws DealStateException when the deal is not closed
     */
    public Deal arrive(String pickupText) {
        require(status == DealStatus.CLOSED, "marked arrived", "only a closed deal can be marked arrived (截单 first)");
        String newPickup = pickupText == null || pickupText.isBlank() ? pickup : pickupText.strip();
        return with(DealStatus.ARRIVED, closesAt, newPickup);
    }

    /** Orders can still be added or changed by a leader: before the goods arrived, unless cancelled. */
    public boolean takesOrderChanges() {
        return status == DealStatus.OPEN || status == DealStatus.CLOSED;
    }

    private void require(boolean allowed, String what, String rule) {
        if (!allowed) {
            throw new DealStateException(
                    "deal " + id + " is " + status.wireName() + " and cannot be " + what + ": " + rule);
        }
    }

    private Deal with(DealStatus newStatus, Instant newClosesAt, String newPickup) {
        return new Deal(
                id, title, newStatus, groupIds, catalog, newClosesAt, newPickup, createdAt, deliveryDate, remindBefore);
    }

    /** The catalog item with this sku, if the deal sells it. */
    public Optional<CatalogItem> item(String sku) {
        return catalog.stream().filter(item -> item.sku().equals(sku)).findFirst();
    }
}
