package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.math.BigDecimal;
import java.util.List;

/** Small catalogs for parser tests. */
public final class Catalogs {

    private Catalogs() {}

    public static CatalogItem item(String sku, String name, String unit, String... aliases) {
        return CatalogItem.of(sku, name, List.of(aliases), unit, BigDecimal.TEN);
    }

    /** A product sold at {@code price}: what the line's money and a price naming the product are read against. */
    public static CatalogItem priced(String sku, String name, String unit, String price, String... aliases) {
        return CatalogItem.of(sku, name, List.of(aliases), unit, new BigDecimal(price));
    }

    public static List<CatalogItem> strawberries() {
        return List.of(item("A", "丹东草莓", "盒", "草莓"));
    }

    public static List<CatalogItem> berries() {
        return List.of(item("A", "丹东草莓", "盒", "草莓", "A"), item("B", "蓝莓", "盒", "B"));
    }

    public static List<CatalogItem> crayfish() {
        return List.of(item("A", "麻辣小龙虾", "斤", "小龙虾", "龙虾"));
    }

    public static List<CatalogItem> dumplings() {
        return List.of(
                item("A", "猪肉白菜水饺", "袋", "猪肉白菜", "1号"),
                item("B", "韭菜鸡蛋水饺", "袋", "韭菜鸡蛋", "2号"),
                item("C", "玉米猪肉水饺", "袋", "玉米猪肉", "3号"));
    }
}
