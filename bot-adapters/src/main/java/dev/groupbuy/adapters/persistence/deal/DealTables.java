package dev.groupbuy.adapters.persistence.deal;

/** The mappers behind deals: the deal row, its group links and its catalog items. */
record DealTables(DealMapper deals, DealGroupMapper groups, CatalogItemMapper catalog) {}
