package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bare number the post lists as a size is the size, not a count; counts of several sizes add up. */
class SizesThePostListsTests extends LineReading {

    private static final List<CatalogItem> VESTS = List.of(Catalogs.item("A", "儿童纯棉背心", "件", "背心"));

    private static final String POST = "#接龙 儿童纯棉背心 15元/件\n码数：90/100/110/120/130/140，颜色白色\n今晚截\n例：阿奇妈 110码 4件\n";

    @Test
    void aBareNumberTheListHoldsIsTheSize() {
        List<ChainEntry> entries = parser.parse(
                        POST + "1. 阿奇妈 110码 4件\n2. 小橙子 120 1件\n3. 芒果妈 130\n4. 麦兜 140 两件 110 两件", VESTS)
                .entries();
        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "1"));
        assertThat(items(entries.get(2))).as("a size alone: one of the product").containsExactly(Map.entry("A", "1"));
        assertThat(items(entries.get(3))).as("two sizes, two each").containsExactly(Map.entry("A", "4"));
    }

    @Test
    void aRangeOfSizesAndCountsOfEachSizeAddUp() {
        List<CatalogItem> boots = List.of(Catalogs.item("A", "儿童卡通雨靴", "双", "雨靴"));
        String post = "#接龙 儿童卡通雨靴 49元/双\n码数24-33，内长见图\n例：小鸭妈 26码 1双\n";
        List<ChainEntry> entries = parser.parse(
                        post + "1. 小北 32 1双\n2. 奶糖 26的一双 27的一双\n3. 小小 30码*1 31码*1\n4. 米奇 29码 1双 →改30码 2双", boots)
                .entries();
        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "1"));
        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "2"));
        assertThat(items(entries.get(2))).containsExactly(Map.entry("A", "2"));
        assertThat(items(entries.get(3))).as("a change is no second size").containsExactly(Map.entry("A", "2"));
    }

    @Test
    void withoutAListOfSizesANumberIsACountAndAMeasureIsNoSize() {
        assertThat(items(parser.parse("#接龙 背心\n1. 小橙子 3", VESTS).entries().get(0)))
                .containsExactly(Map.entry("A", "3"));
        ChainEntry measured =
                parser.parse(POST + "1. 李诗涵 身高120 130码 2件", VESTS).entries().get(0);
        assertThat(items(measured)).containsExactly(Map.entry("A", "2"));
    }
}
