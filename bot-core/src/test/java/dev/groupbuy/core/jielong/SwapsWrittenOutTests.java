package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One product swapped for another, in the same line after a word that opens the edit, or by 把 on a later line. */
class SwapsWrittenOutTests extends LineReading {

    private static final List<CatalogItem> BRAISED = List.of(
            Catalogs.item("A", "卤鸭脖", "份", "鸭脖", "A"),
            Catalogs.item("B", "卤鸡爪", "份", "鸡爪", "B"),
            Catalogs.item("C", "卤牛肉", "份", "牛肉", "C"),
            Catalogs.item("D", "卤藕片", "份", "藕片", "D"));

    @Test
    void aSwapAfterGaiYiXiaOrAnInterjectionKeepsTheRestOfTheLine() {
        assertThat(items(read(BRAISED, "小鱼儿 A1 B1 改一下 B换成C"))).containsOnly(Map.entry("A", "1"), Map.entry("C", "1"));
        assertThat(items(read(BRAISED, "蒋哥 鸭脖1 牛肉1 改一下 牛肉换藕片"))).containsOnly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(items(read(BRAISED, "蔡姐 A2 D1 噢D换成B"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "1"));
    }

    @Test
    void baBeforeACodeIsTheSwapsVerbNotAName() {
        List<ChainEntry> entries = parser.parse("#接龙\n1. 卤味狂魔 A1 B1 C1\n2. 卤味狂魔 把C换成D 其他不变", BRAISED)
                .entries();

        assertThat(entries.get(1).name()).isEqualTo("卤味狂魔");
        assertThat(items(entries.get(1))).containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"));
    }

    @Test
    void gengZhengCorrectsTheCountBeforeItAndAtTheLinesStartIsNoName() {
        List<CatalogItem> mangoes = List.of(Catalogs.item("A", "贵妃芒", "箱", "芒果"));
        for (String line : List.of("宋老师 1箱  更正:2箱", "阿力 芒果3箱,更正:2箱", "阿甘 1箱 更正 2箱")) {
            assertThat(items(read(mangoes, line))).as(line).containsExactly(Map.entry("A", "2"));
        }
        ChainEntry anew = read(mangoes, "更正:小卓 2箱");
        assertThat(anew.name()).isEqualTo("小卓");
        assertThat(items(anew)).containsExactly(Map.entry("A", "2"));
    }

    private static final List<CatalogItem> BUNS = List.of(
            Catalogs.item("A", "鲜肉包", "袋", "A"),
            Catalogs.item("B", "豆沙包", "袋", "B"),
            Catalogs.item("C", "菜包", "袋", "C"),
            Catalogs.item("D", "花卷", "袋", "D"));

    private static List<String> orders(ParsedChain chain) {
        return chain.entries().stream()
                .map(e -> e.name() + " " + LineReading.items(e))
                .toList();
    }

    @Test
    void aLaterSwapOfOneProductKeepsTheRestOfTheEarlierOrder() {
        ParsedChain chain = new ChainParser().parse("#接龙\n1. 小邓 A1 B2\n2. 阿瓜 C1\n3. 小邓 B换成D\n4. 阿瓜 C改成A", BUNS);
        assertThat(orders(chain)).containsExactly("小邓 {A=1, B=2}", "阿瓜 {C=1}", "小邓 {A=1, D=2}", "阿瓜 {A=1}");
    }

    @Test
    void severalCodesOrTheRestDroppedLeaveWhatStays() {
        ParsedChain chain =
                new ChainParser().parse("#接龙\n1. 小葵 A1 B1 C1\n2. 老葛 A2 B1 C1\n3. 小葵 BC都不要了\n4. 老葛 只要A 其他都不要了", BUNS);
        assertThat(orders(chain).subList(2, 4)).containsExactly("小葵 {A=1}", "老葛 {A=2}");
    }
}
