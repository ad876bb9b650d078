package dev.groupbuy.core.deal;

import java.time.Instant;
import java.util.List;

/**
 * Something on sale to one or more groups: a catalog, an optional cut-off time and pickup information.
 *
 * @param id {@code null} until stored
 * @param closesAt when sign-ups stop on their own, or {@code null} when the leader closes by hand
 */
public record Deal(
        Long id,
        String title,
        DealStatus status,
        List<Long> groupIds,
        List<CatalogItem> catalog,
        Instant closesAt,
        String pickup,
        Instant createdAt) {

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
        title = title.strip();
    }

    public boolean isOpen() {
        return status == DealStatus.OPEN;
    }

    /** Sign-ups are accepted while the deal is open and its cut-off time, if any, has not passed. */
    public boolean acceptsSignUpsAt(Instant at) {
        return isOpen() && (closesAt == null || at.isBefore(closesAt));
    }

    public Deal withId(long newId) {
        return new Deal(newId, title, status, groupIds, catalog, closesAt, pickup, createdAt);
    }

    /**
     * The deal closed for sign-ups.
     *
     * @throws DealStateException when the deal is not open
     */
    public Deal close() {
        if (!isOpen()) {
            throw new DealStateException(
                    "deal " + id + " is " + status.wireName() + ", only an open deal can be closed");
        }
        return new Deal(id, title, DealStatus.CLOSED, groupIds, catalog, closesAt, pickup, createdAt);
    }
}
