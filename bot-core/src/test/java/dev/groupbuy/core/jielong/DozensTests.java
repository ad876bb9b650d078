package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dozen of a product sold by the piece is twelve of it; oysters sold by the dozen stay dozens. */
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
}
