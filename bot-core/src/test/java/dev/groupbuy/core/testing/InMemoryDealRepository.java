package dev.groupbuy.core.testing;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** {@link DealRepository} in memory, thread-safe, counting writes. Newest first means highest id first. */
public final class InMemoryDealRepository implements DealRepository {

    private final Map<Long, Deal> deals = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final WriteCounter writes;
    private final InMemoryDealVersions versions;

    public InMemoryDealRepository(WriteCounter writes, InMemoryDealVersions versions) {
        this.writes = writes;
        this.versions = versions;
    }

    @Override
    public synchronized Deal create(Deal deal) {
        Deal stored = deal.withId(ids.incrementAndGet());
        deals.put(stored.id(), stored);
        writes.count("deals.create");
        return stored;
    }

    @Override
    public synchronized Optional<Deal> findById(long id) {
        return Optional.ofNullable(deals.get(id));
    }

    @Override
    public synchronized List<Deal> find(Long groupId, DealStatus status) {
        List<Deal> found = new ArrayList<>(deals.values().stream()
                .filter(d -> groupId == null || d.groupIds().contains(groupId))
                .filter(d -> status == null || d.status() == status)
                .toList());
        found.sort(Comparator.comparing(Deal::id).reversed());
        return found;
    }

    @Override
    public synchronized boolean changeStatus(long id, DealStatus expected, DealStatus next) {
        Deal deal = deals.get(id);
        if (deal == null || deal.status() != expected) {
            return false;
        }
        deals.put(
                id,
                new Deal(
                        id,
                        deal.title(),
                        next,
                        deal.groupIds(),
                        deal.catalog(),
                        deal.closesAt(),
                        deal.pickup(),
                        deal.createdAt(),
                        deal.deliveryDate()));
        versions.bump(id);
        writes.count("deals.changeStatus");
        return true;
    }

    @Override
    public synchronized boolean save(Deal changed, DealStatus expected) {
        Deal deal = deals.get(changed.id());
        if (deal == null || deal.status() != expected) {
            return false;
        }
        deals.put(changed.id(), changed);
        versions.bump(changed.id());
        writes.count("deals.save");
        return true;
    }

    @Override
    public synchronized boolean saveDeliveryDate(long id, LocalDate deliveryDate) {
        Deal deal = deals.get(id);
        if (deal == null) {
            return false;
        }
        deals.put(
                id,
                new Deal(
                        id,
                        deal.title(),
                        deal.status(),
                        deal.groupIds(),
                        deal.catalog(),
                        deal.closesAt(),
                        deal.pickup(),
                        deal.createdAt(),
                        deliveryDate));
        writes.count("deals.saveDeliveryDate");
        return true;
    }

    @Override
    public synchronized List<Deal> findDelivered(LocalDate from, LocalDate to) {
        return deals.values().stream()
                .filter(d -> d.deliveryDate() != null
                        && !d.deliveryDate().isBefore(from)
                        && !d.deliveryDate().isAfter(to))
                .toList();
    }

    @Override
    public synchronized List<Deal> findUndated(Instant from, Instant to) {
        return deals.values().stream()
                .filter(d -> d.deliveryDate() == null
                        && !d.createdAt().isBefore(from)
                        && d.createdAt().isBefore(to))
                .toList();
    }
}
