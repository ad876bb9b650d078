package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A resident who pressed Enter inside a sign-up: the unnumbered line under it is the rest of that sign-up. */
class PressedEnterInsideASignUpTests {

    private static final List<CatalogItem> VEGETABLES = List.of(
            Catalogs.item("A", "有机菠菜", "斤", "菠菜"),
            Catalogs.item("B", "西红柿", "斤", "番茄"),
            Catalogs.item("C", "紫皮洋葱", "斤", "洋葱"));

    private static final List<CatalogItem> BUNS = List.of(
            Catalogs.item("A", "鲜肉包", "袋", "A"),
            Catalogs.item("B", "豆沙包", "袋", "B"),
            Catalogs.item("C", "杂粮馒头", "袋", "C"));

    private final ChainParser parser = new ChainParser();

    private List<ChainEntry> entries(String text, List<CatalogItem> catalog) {
        return parser.parse(text, catalog).entries();
    }

    private static Map<String, String> items(ChainEntry e) {
        return LineReading.items(e);
    }

    @Test
    void anOrderOrAChangeOnTheLineBelowIsTheSameSignUps() {
        List<ChainEntry> e = entries("""
                #接龙 周二蔬菜
                例：张三 菠菜2斤
                1. 孙姐 菠菜2斤
                西红柿3斤
                2. 可可 番茄两斤
                3. 小米 菠菜一斤半
                还有西红柿1斤
                4. 马大姐 菠菜1斤
                洋葱也来两斤
                5. 老宋 西红柿2斤
                再加一斤
                """, VEGETABLES);
        assertThat(e).hasSize(5);
        assertThat(items(e.get(0))).containsExactly(Map.entry("A", "2"), Map.entry("B", "3"));
        assertThat(items(e.get(2))).containsExactly(Map.entry("A", "1.5"), Map.entry("B", "1"));
        assertThat(items(e.get(3))).containsExactly(Map.entry("A", "1"), Map.entry("C", "2"));
        assertThat(items(e.get(4))).containsExactly(Map.entry("B", "3"));
    }

    @Test
    void codesACancelOrAnAdditionBelowBelongToTheLineAbove() {
        List<ChainEntry> e = entries("""
                #接龙 早餐
                1. 甜甜 A2
                C1 微辣
                2. 小常 A1 B1
                +C1
                3. 老付 A1 B1
                B不要了
                4. 燕子 A1
                """, BUNS);
        assertThat(e).hasSize(4);
        assertThat(items(e.get(0))).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));
        assertThat(items(e.get(1))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(e.get(2))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void theLeadersWordsAnotherPersonAndAnAnswerStayApart() {
        List<ChainEntry> e = entries("""
                #接龙 早餐
                1. 陈陈 A2
                丽丽 A1
                2. 老秦 A1
                —— 团长:已经20袋了 ——
                3. 阿宽 A2 是今天做的吗?
                再加一袋就送
                4. 小傅 B1
                """, BUNS);
        assertThat(e.get(0).name()).isEqualTo("陈陈");
        assertThat(items(e.get(0))).containsExactly(Map.entry("A", "2"));
        assertThat(items(e.stream().filter(x -> x.seq() == 2).findFirst().orElseThrow()))
                .containsExactly(Map.entry("A", "1"));
        ChainEntry asks = e.stream().filter(x -> x.seq() == 3).findFirst().orElseThrow();
        assertThat(asks.line()).doesNotContain("再加");
    }
}
