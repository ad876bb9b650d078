package dev.groupbuy.core.deal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where deals and their catalogs are kept. */
public interface DealRepository {

    /** Stores a new deal (its id is ignored) and returns it with the id assigned. */
    Deal create(Deal deal);

    Optional<Deal> findById(long id);

    /** Deals filtered by group and status; either filter may be {@code null}. Newest first. */
    List<Deal> find(Long groupId, DealStatus status);

    /**
     * Moves the deal from {@code expected} to {@code next} status atomically.
     *
     * @return false when the deal was not in {@code expected} status (someone else changed it first)
     */
    boolean changeStatus(long id, DealStatus expected, DealStatus next);

    /**
     * Stores a state change of the deal (its status, cut-off time and pickup) if its stored status is still
     * {@code expected}; moves the deal's state version on, like {@link #changeStatus}.
     *
     * @return false when the deal was not in {@code expected} status
     */
    boolean save(Deal changed, DealStatus expected);

    /**
     * Stores the deal's delivery date ({@code null}: not known) if the deal exists.
     *
     * @return false for an unknown deal
     */
    boolean saveDeliveryDate(long id, LocalDate deliveryDate);

    /** Deals, in any status, delivered between {@code from} and {@code to} (both included), oldest first. */
    List<Deal> findDelivered(LocalDate from, LocalDate to);

    /** Deals, in any status, without a delivery date and created in {@code [from, to)}, oldest first. */
    List<Deal> findUndated(Instant from, Instant to);
}
