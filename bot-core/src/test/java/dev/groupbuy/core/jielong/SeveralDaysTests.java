package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An order for several days or deliveries in one line counts every day's share. */
class SeveralDaysTests extends LineReading {

    private static final List<CatalogItem> SALAD = List.of(Catalogs.item("A", "轻食沙拉", "份", "沙拉"));

    private static final List<CatalogItem> BY_DAY = List.of(
            Catalogs.item("A", "周一套餐", "份", "周一"),
            Catalogs.item("B", "周三套餐", "份", "周三"),
            Catalogs.item("C", "周五套餐", "份", "周五"));

    @Test
    void eachDaysCountAddsUp() {
        assertThat(items(read(SALAD, "琪琪 周三2份 周五1份"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(SALAD, "黎黎 周三1 周四1 周五不用"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SALAD, "夏夏 周六一个 下周三也一个"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SALAD, "何太 周三2份，周六1份 已过数66"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void oneCountForEveryDayNamedOrInARange() {
        assertThat(items(read(SALAD, "阿诚 周一到周五每天1份"))).containsExactly(Map.entry("A", "5"));
        assertThat(items(read(SALAD, "大伟 周一周三周五各一份"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(SALAD, "秀秀 周一 周三 周五 每天2份"))).containsExactly(Map.entry("A", "6"));
        assertThat(items(read(SALAD, "黄姐 两日各一份"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SALAD, "Cathy 4周 每周1份"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(SALAD, "郑经理 每周3份 订2周"))).containsExactly(Map.entry("A", "6"));
    }

    @Test
    void oneDayIsWhenAndDaysThatNameProductsStayProducts() {
        assertThat(items(read(SALAD, "小王 周六 2份"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SALAD, "小王 2份 明天5点拿"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(BY_DAY, "陈太 周一1份 周五2份"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "2"));
    }
}
