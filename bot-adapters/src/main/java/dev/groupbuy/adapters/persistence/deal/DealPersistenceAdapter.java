package dev.groupbuy.adapters.persistence.deal;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link DealRepository} on the {@code deals}, {@code deal_groups} and {@code catalog_items} tables. */
class DealPersistenceAdapter implements DealRepository {

    private final DealTables tables;
    private final Transactions transactions;
    private final Clock clock;
    private final DealParts parts;

    DealPersistenceAdapter(DealTables tables, Transactions transactions, Clock clock) {
        this.tables = tables;
        this.parts = new DealParts(tables);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Deal create(Deal deal) {
        return transactions.inTransaction(() -> {
            DealDO row = toRow(deal);
            tables.deals().insert(row);
            long id = row.getId();
            deal.groupIds().forEach(groupId -> tables.groups().insert(DealGroupDO.of(id, groupId)));
            List<CatalogItem> catalog = deal.catalog();
            for (int position = 0; position < catalog.size(); position++) {
                tables.catalog().insert(CatalogItemRows.toRow(id, position, catalog.get(position)));
            }
            return toDeal(row, deal.groupIds(), catalog);
        });
    }

    @Override
    public Optional<Deal> findById(long id) {
        DealDO row = tables.deals().selectById(id);
        return row == null
                ? Optional.empty()
                : Optional.of(assemble(List.of(row)).get(0));
    }

    @Override
    public List<Deal> find(Long groupId, DealStatus status) {
        List<DealDO> found = tables.deals().find(groupId, status == null ? null : status.wireName());
        return found.isEmpty() ? List.of() : assemble(found);
    }

    @Override
    public boolean changeStatus(long id, DealStatus expected, DealStatus next) {
        return tables.deals().changeStatus(id, expected.wireName(), next.wireName(), clock.instant());
    }

    @Override
    public boolean save(Deal changed, DealStatus expected) {
        return tables.deals()
                .saveState(
                        changed.id(),
                        expected.wireName(),
                        changed.status().wireName(),
                        changed.closesAt(),
                        minutes(changed.remindBefore()),
                        changed.pickup(),
                        clock.instant());
    }

    @Override
    public boolean saveDeliveryDate(long id, LocalDate deliveryDate) {
        return tables.deals().saveDeliveryDate(id, deliveryDate, clock.instant());
    }

    @Override
    public List<Deal> findDelivered(LocalDate from, LocalDate to) {
        List<DealDO> found = tables.deals().findDelivered(from, to);
        return found.isEmpty() ? List.of() : assemble(found);
    }

    @Override
    public List<Deal> findUndated(Instant from, Instant to) {
        List<DealDO> found = tables.deals().findUndated(from, to);
        return found.isEmpty() ? List.of() : assemble(found);
    }

    /** The deals with their group links and catalogs: two more queries only for deals not seen before. */
    private List<Deal> assemble(List<DealDO> deals) {
        Map<Long, DealParts.Parts> known =
                parts.of(deals.stream().map(DealDO::getId).toList());
        return deals.stream()
                .map(row -> {
                    DealParts.Parts part = known.get(row.getId());
                    return toDeal(row, part.groupIds(), part.catalog());
                })
                .toList();
    }

    private DealDO toRow(Deal deal) {
        Instant now = clock.instant();
        DealDO row = new DealDO();
        row.setTitle(deal.title());
        row.setStatus(deal.status().wireName());
        row.setClosesAt(deal.closesAt());
        row.setRemindBeforeMinutes(minutes(deal.remindBefore()));
        row.setPickup(deal.pickup());
        row.setDeliveryDate(deal.deliveryDate());
        row.setCreatedAt(deal.createdAt() != null ? deal.createdAt() : now);
        row.setUpdatedAt(now);
        return row;
    }

    private static Deal toDeal(DealDO row, List<Long> groupIds, List<CatalogItem> catalog) {
        return new Deal(
                row.getId(),
                row.getTitle(),
                DealStatus.fromWireName(row.getStatus()),
                groupIds,
                catalog,
                row.getClosesAt(),
                row.getPickup(),
                row.getCreatedAt(),
                row.getDeliveryDate(),
                row.getRemindBeforeMinutes() == null ? null : Duration.ofMinutes(row.getRemindBeforeMinutes()));
    }

    private static Integer minutes(Duration duration) {
        return duration == null ? null : Math.toIntExact(duration.toMinutes());
    }
}
