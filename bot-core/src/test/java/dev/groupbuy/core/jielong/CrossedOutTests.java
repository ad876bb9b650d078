package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cross (❌, ✖️) after a product or an order strikes it out; 删我 and 划了 take the writer off the list. */
class CrossedOutTests extends LineReading {

    private static final List<CatalogItem> BAKERY = List.of(
            Catalogs.item("A", "贝果", "个", "A"), Catalogs.item("B", "吐司", "个", "B"), Catalogs.item("C", "司康", "个", "C"));

    @Test
    void aCrossAfterAProductStrikesOnlyThatProduct() {
        assertThat(items(read(BAKERY, "小琴 A❌ B2"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(BAKERY, "马克 B❌ C❌ A3"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(BAKERY, "阿杰 贝果❌ 吐司2"))).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void aCodeNotWantedForNowDropsOnlyThatProduct() {
        ChainEntry e = read(BAKERY, "莎莎 A1 B1 C2,C先不要");
        assertThat(e.cancelled()).isFalse();
        assertThat(items(e)).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
    }

    @Test
    void aCrossAfterTheWholeOrderOrTheseWordsCancelTheLine() {
        for (String line : List.of("小章 C1 ✖️", "杨 1个❌", "二哥 删我", "老莫 删我吧 太多吃不完", "邹 1个 帮我划了吧")) {
            ChainEntry e = read(BAKERY, line);
            assertThat(e.cancelled()).as(line).isTrue();
            assertThat(e.items()).as(line).isEmpty();
        }
    }

    @Test
    void aHeavyCrossBeforeACountStillMultiplies() {
        assertThat(items(read(BAKERY, "兔兔 A✖️1 + C✖️2"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "2"));
        assertThat(items(read(BAKERY, "兔兔 吐司✖️3"))).containsExactly(Map.entry("B", "3"));
    }
}
