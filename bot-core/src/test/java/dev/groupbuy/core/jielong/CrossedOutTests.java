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

    @Test
    void aCrossSpelledOutAsNotPaidMarksTheMoneyNotTheOrder() {
        List<CatalogItem> cakes = List.of(Catalogs.item("A", "水磨年糕", "袋", "年糕"));
        List<ChainEntry> entries = parser.parse(
                        "#接龙 年糕\n1. 阿娣 2袋 ✔已收30\n2. 根宝 1袋 ❌未收\n3. 小辉 3袋 ✔45\n4. 桂芳 四袋 ✔\n5. 毛毛 1袋 ❌", cakes)
                .entries();

        assertThat(entries.get(1).cancelled()).isFalse();
        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "1"));
        assertThat(entries.get(4).cancelled())
                .as("a cross in a tally that spells crosses out as not paid")
                .isFalse();
        assertThat(items(entries.get(4))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void whereNoCrossIsSpelledOutACrossAfterTheOrderStillCrossesItOut() {
        List<CatalogItem> oranges = List.of(Catalogs.item("A", "冰糖橙", "箱", "橙子"));
        List<ChainEntry> entries = parser.parse("#接龙 橙子\n1. 阿芬 1箱 ✅\n2. 卢阿姨 2箱 ✅\n3. 小羊 2箱 ✅\n4. 嘟嘟 1箱❌", oranges)
                .entries();

        assertThat(entries.get(3).cancelled()).isTrue();
    }
}
