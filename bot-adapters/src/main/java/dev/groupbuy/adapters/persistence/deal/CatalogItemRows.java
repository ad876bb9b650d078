package dev.groupbuy.adapters.persistence.deal;

import dev.groupbuy.adapters.persistence.TextLists;
import dev.groupbuy.core.deal.CatalogItem;

/** Maps catalog items to and from their rows. */
final class CatalogItemRows {

    private CatalogItemRows() {}

    static CatalogItemDO toRow(long dealId, int position, CatalogItem item) {
        CatalogItemDO row = new CatalogItemDO();
        row.setDealId(dealId);
        row.setSku(item.sku());
        row.setName(item.name());
        row.setAliases(TextLists.join(item.aliases()));
        row.setUnit(item.unit());
        row.setPrice(item.price());
        row.setStock(item.stock());
        row.setLimitPerPerson(item.limitPerPerson());
        row.setPosition(position);
        row.setProductId(item.productId());
        return row;
    }

    static CatalogItem toItem(CatalogItemDO row) {
        return new CatalogItem(
                row.getSku(),
                row.getName(),
                TextLists.split(row.getAliases()),
                row.getUnit(),
                row.getPrice(),
                row.getStock(),
                row.getLimitPerPerson(),
                row.getProductId());
    }
}
