package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dozen of a product sold by the piece or the pack is twelve of it, in a deal of one product or several;
 * oysters sold by the dozen stay dozens.
 */
class DozensTests extends LineReading {

    private static final List<CatalogItem> EGGS = List.of(Catalogs.item("A", "土鸡蛋", "个", "鸡蛋"));

    @Test
    void dozensOfPiecesAreTwelveEach() {
        Map<String, String> expected =
                Map.of("小邢 一打", "12", "孙大爷 半打", "6", "老孙头 两打 钓鱼带着", "24", "老王 3打 打包好", "36", "打工人 一打", "12");
        expected.forEach(
                (line, count) -> assertThat(items(read(EGGS, line))).as(line).containsExactly(Map.entry("A", count)));
        assertThat(read(EGGS, "打工人 一打").name()).isEqualTo("打工人");
    }

    @Test
    void aProductSoldByTheDozenOrByWeightKeepsItsOwnCount() {
        List<CatalogItem> oysters = List.of(Catalogs.item("A", "生蚝", "打"));
        assertThat(items(read(oysters, "齐大哥 2打"))).containsExactly(Map.entry("A", "2"));
        List<CatalogItem> byWeight = List.of(Catalogs.item("A", "鸡蛋", "斤"));
        assertThat(items(read(byWeight, "冬冬 一打"))).as("a dozen is no weight").doesNotContainEntry("A", "12");
    }

    @Test
    void aDozenAndAHalfIsEighteenAndPacksAreCountedByTheDozenToo() {
        assertThat(items(read(EGGS, "大熊 一打半"))).containsExactly(Map.entry("A", "18"));
        List<CatalogItem> riceCakes = List.of(Catalogs.item("A", "水磨年糕", "袋", "年糕"));
        assertThat(items(read(riceCakes, "舒姐 半打"))).containsExactly(Map.entry("A", "6"));
    }

    @Test
    void inADealOfSeveralProductsTheDozenGoesToTheProductItCounts() {
        List<CatalogItem> eggs = List.of(
                Catalogs.item("A", "土鸡蛋", "个", "鸡蛋"),
                Catalogs.item("B", "咸鸭蛋", "个", "鸭蛋"),
                Catalogs.item("C", "皮蛋", "个"));
        assertThat(items(read(eggs, "伍叔 鸡蛋半打,咸鸭蛋一打,皮蛋不要"))).containsExactly(Map.entry("A", "6"), Map.entry("B", "12"));
        List<CatalogItem> seafood = List.of(Catalogs.item("A", "花甲", "斤"), Catalogs.item("B", "生蚝", "个"));
        assertThat(items(read(seafood, "老梁 花甲3斤 生蚝一打"))).containsExactly(Map.entry("A", "3"), Map.entry("B", "12"));
    }

    @Test
    void aPairIsTwoPiecesWhereNothingIsSoldByThePair() {
        List<CatalogItem> pigeons = List.of(Catalogs.item("A", "乳鸽", "只", "鸽子"));
        assertThat(items(read(pigeons, "鲍姐 一对 炖汤"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(pigeons, "阿叔 两对"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(pigeons, "肖肖 两只 一对"))).containsExactly(Map.entry("A", "2"));
        List<CatalogItem> pork = List.of(Catalogs.item("C", "排骨", "斤"), Catalogs.item("D", "猪蹄", "只"));
        assertThat(items(read(pork, "苏阿姨 排骨2斤 猪蹄一对"))).containsExactly(Map.entry("C", "2"), Map.entry("D", "2"));
        List<CatalogItem> crabs = List.of(Catalogs.item("A", "大闸蟹", "对", "螃蟹"));
        assertThat(items(read(crabs, "陈先生 2对"))).containsExactly(Map.entry("A", "2"));
    }
}
