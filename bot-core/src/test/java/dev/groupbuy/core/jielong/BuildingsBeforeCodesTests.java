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

    @Test
    void aBuildingNumberedInWordsIsNoCodeInWords() {
        List<CatalogItem> buns = List.of(
                Catalogs.item("A", "猪肉大葱包子", "袋", "肉包", "1号", "一号"),
                Catalogs.item("B", "韭菜鸡蛋包子", "袋", "韭菜", "2号", "二号"),
                Catalogs.item("C", "豆沙包", "袋", "豆沙", "3号", "三号"));
        ChainEntry grandma = read(buns, "陈奶奶 一号楼 二号两袋");
        assertThat(grandma.name()).isEqualTo("陈奶奶");
        assertThat(items(grandma)).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(buns, "车奶奶 三号楼 一号两袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(buns, "何奶奶一号两袋三号一袋"))).containsOnly(Map.entry("A", "2"), Map.entry("C", "1"));
    }
}
