package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A building written before a product's code with a hyphen, as the post's form asks (名字-楼号-几号几份). */
class BuildingsBeforeCodesTests extends LineReading {

    private static final List<CatalogItem> FRUIT = List.of(
            Catalogs.item("A", "贵妃芒", "箱", "芒果", "1号"),
            Catalogs.item("B", "奇异果", "盒", "2号"),
            Catalogs.item("C", "脐橙", "箱", "3号"));

    @Test
    void theCodeAfterTheBuildingsHyphenIsTheProduct() {
        ChainEntry e = read(FRUIT, "荣姐-3栋-1号1");
        assertThat(e.name()).isEqualTo("荣姐");
        assertThat(items(e)).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(FRUIT, "豆包-12栋-3号2 2号1"))).containsOnly(Map.entry("B", "1"), Map.entry("C", "2"));
    }

    @Test
    void aRangeOfCodesIsNoBuilding() {
        assertThat(items(read(FRUIT, "小雨点 1-3号各一")))
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
    }
}
