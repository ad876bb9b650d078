package dev.groupbuy.adapters.persistence.deal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of a deal that never change once it is created — the groups it is posted to and its catalog
 * — remembered per instance, so finding a group's open deals is one query (the deal rows, whose status
 * does change) instead of three. Nothing updates or deletes {@code deal_groups} or {@code catalog_items}
 * rows, so a remembered entry is valid on every instance; ids are never reused.
 */
final class DealParts {

    /** Bound on remembered deals; past it the map starts over (a deal costs two queries again once). */
    private static final int LIMIT = 10_000;

    private final DealTables tables;
    private final Map<Long, Parts> known = new ConcurrentHashMap<>();

    DealParts(DealTables tables) {
        this.tables = tables;
    }

    /**
     * The parts of each deal, read from the tables only for deals not seen before. A deal row that was
     * visible was committed together with its parts (one transaction creates all three), so what is read
     * here is final.
     */
    Map<Long, Parts> of(Collection<Long> dealIds) {
        Map<Long, Parts> parts = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : dealIds) {
            Parts remembered = known.get(id);
            if (remembered == null) {
                missing.add(id);
            } else {
                parts.put(id, remembered);
            }
        }
        if (!missing.isEmpty()) {
            parts.putAll(read(missing));
        }
        return parts;
    }

    private Map<Long, Parts> read(List<Long> ids) {
        Map<Long, List<Long>> groupIds = tables.groups().findByDeals(ids).stream()
                .collect(groupingBy(DealGroupDO::getDealId, mapping(DealGroupDO::getGroupId, toList())));
        Map<Long, List<CatalogItem>> catalogs = tables.catalog().findByDeals(ids).stream()
                .collect(groupingBy(CatalogItemDO::getDealId, mapping(CatalogItemRows::toItem, toList())));
        if (known.size() + ids.size() > LIMIT) {
            known.clear();
        }
        Map<Long, Parts> read = new HashMap<>();
        for (Long id : ids) {
            Parts parts = new Parts(
                    List.copyOf(groupIds.getOrDefault(id, List.of())),
                    List.copyOf(catalogs.getOrDefault(id, List.of())));
            known.put(id, parts);
            read.put(id, parts);
        }
        return read;
    }

    /** A deal's group ids and catalog. */
    record Parts(List<Long> groupIds, List<CatalogItem> catalog) {}
}
