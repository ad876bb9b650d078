package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A product named by what it is like rather than by its name: the cheapest or dearest ({@code 便宜的那个},
 * {@code 最贵的}), the one whose name alone holds a size, colour or taste ({@code 大的}, {@code 红的}, {@code 酸的}), or
 * the one alone without it ({@code 不辣的}). When several fit, the leader is asked.
 */
class ProductsByTheirTraitsTests extends LineReading {

    private static final List<CatalogItem> MANGOES = List.of(
            Catalogs.priced("A", "凯特芒（大果 5斤）", "箱", "75", "凯特"),
            Catalogs.priced("B", "台农小芒（小果 5斤）", "箱", "48", "台农"),
            Catalogs.priced("C", "贵妃芒（红皮 5斤）", "箱", "62", "贵妃"));

    private static final List<CatalogItem> DUCK = List.of(
            Catalogs.priced("A", "麻辣鸭脖", "份", "25", "麻辣"),
            Catalogs.priced("B", "五香鸭脖", "份", "25", "五香"),
            Catalogs.priced("C", "甜辣鸭翅", "份", "28", "鸭翅"));

    @Test
    void theCheapestTheDearestOrTheOneWithTheTrait() {
        Map<String, Map<String, String>> lines = Map.of(
                "乔姐 大的一箱", Map.of("A", "1"),
                "尹哥 小的两箱", Map.of("B", "2"),
                "鄂姐 红的2箱 放门卫", Map.of("C", "2"),
                "柴哥 便宜的那个", Map.of("B", "1"),
                "蒯姐 最贵的那个2箱", Map.of("A", "2"));
        lines.forEach((line, order) -> {
            ChainEntry e = read(MANGOES, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).isEqualTo(order);
        });
        assertThat(items(read(DUCK, "曾哥 不辣的1份"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(DUCK, "小毛 甜的那个"))).containsExactly(Map.entry("C", "1"));
    }

    @Test
    void aTraitSeveralProductsShareOrACheapestTwoShareIsAsked() {
        assertThat(read(DUCK, "阿杜 辣的两份").review()).isTrue();
        assertThat(read(DUCK, "阿杜 便宜的那个").review()).isTrue();
        List<CatalogItem> crayfish = List.of(
                Catalogs.priced("A", "盱眙小龙虾大份", "份", "128", "大份"), Catalogs.priced("B", "盱眙小龙虾小份", "份", "68", "小份"));
        assertThat(items(read(crayfish, "阿May 大的一份 小的一份"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
    }

    @Test
    void traitsWrittenOneAfterTheOtherEachNameTheirProduct() {
        assertThat(items(read(MANGOES, "骆骆 红的大的各一箱"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
    }
}
