package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measure words of the countryside and the kitchen ({@code 一壶}, {@code 两副}, {@code 一笼}, {@code 一辫}, {@code 一兜}):
 * a count in the deal's own measure is an order, a count in another one is the leader's to convert.
 */
class OtherMeasureWordsTests extends LineReading {

    private static final List<CatalogItem> OIL = List.of(Catalogs.item("A", "野山茶油", "斤", "茶油"));

    @Test
    void aCountInAMeasureTheDealDoesNotSellByAsks() {
        for (String line : List.of("刘婶 两壶", "袁大妈 茶油一壶", "小葡萄 2副", "孙婶儿 茶油来一兜", "小蔓 一梳")) {
            assertThat(read(OIL, line).reason()).as(line).isEqualTo(ReviewReason.UNIT_MISMATCH);
        }
    }

    @Test
    void aCountInTheDealsOwnMeasureIsAnOrder() {
        List<CatalogItem> buns = List.of(Catalogs.item("A", "小笼包", "笼"));
        assertThat(items(read(buns, "阿珍 两笼"))).isEqualTo(Map.of("A", "2"));
        List<CatalogItem> garlic = List.of(Catalogs.item("A", "紫皮大蒜", "辫"));
        assertThat(items(read(garlic, "乔大娘 一辫"))).isEqualTo(Map.of("A", "1"));
        List<CatalogItem> glasses = List.of(Catalogs.item("A", "老花镜", "副"));
        assertThat(items(read(glasses, "柴大娘 两副"))).isEqualTo(Map.of("A", "2"));
    }

    @Test
    void aPlateCookedOrACardWrittenIsNoMeasure() {
        List<CatalogItem> pork = List.of(Catalogs.item("A", "腊肉", "斤"));
        assertThat(items(read(pork, "甘婆婆 腊肉1斤 孙子回来炒一盘"))).isEqualTo(Map.of("A", "1"));
        assertThat(read(pork, "3-1-501张建国 1斤").name()).isEqualTo("张建国");
    }
}
