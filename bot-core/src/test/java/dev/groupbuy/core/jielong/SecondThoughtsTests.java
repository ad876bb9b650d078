package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Second thoughts written out in the line: 算了 before 还是, and a cancel taken back at once. */
class SecondThoughtsTests extends LineReading {

    private static final List<CatalogItem> EGGS = List.of(Catalogs.item("A", "土鸡蛋", "盒", "鸡蛋"));

    private static final List<CatalogItem> CAKES =
            List.of(Catalogs.item("A", "玫瑰鲜花饼", "盒", "玫瑰"), Catalogs.item("B", "茉莉鲜花饼", "盒", "茉莉"));

    @Test
    void theCountAfterSuanLeHaiShiIsTheOne() {
        for (String line : List.of("老谭 2盒……算了还是1盒吧", "老谭 2盒 算了还是1盒吧", "老谭 2盒，算了 还是1盒吧")) {
            assertThat(items(read(EGGS, line))).as(line).containsExactly(Map.entry("A", "1"));
        }
    }

    @Test
    void anotherProductAfterAPauseAndHaiShiTakesThePlaceOfTheOneOrdered() {
        for (String line : List.of("冉冉 玫瑰一盒 还是茉莉吧", "冉冉 先玫瑰一盒 算了 还是茉莉吧")) {
            assertThat(items(read(CAKES, line))).as(line).containsExactly(Map.entry("B", "1"));
        }
        // glued to the product it stays: 玫瑰还是1盒 keeps 玫瑰
        assertThat(items(read(CAKES, "冉冉 茉莉改2盒 玫瑰还是1盒"))).containsOnly(Map.entry("B", "2"), Map.entry("A", "1"));
    }

    @Test
    void aCancelTakenBackAtOnceIsNoCancel() {
        ChainEntry e = read(EGGS, "海哥 1盒 不要了……算了还是要");
        assertThat(e.cancelled()).isFalse();
        assertThat(items(e)).containsExactly(Map.entry("A", "1"));
        assertThat(read(EGGS, "海哥 1盒 不要了").cancelled()).isTrue();
    }
}
