package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order first, its remarks, then who signs: the nickname that ends the line. */
class NamesAfterTheOrderTests extends LineReading {

    private static final List<CatalogItem> TEA =
            List.of(Catalogs.item("A", "杨枝甘露", "杯", "甘露", "A"), Catalogs.item("B", "柠檬茶", "杯", "柠檬茶", "B"));

    @Test
    void aNicknameAfterTheRemarksSignsTheLine() {
        ChainEntry k = read(TEA, "B1 冰 少冰 老K");
        assertThat(k.name()).isEqualTo("老K");
        assertThat(items(k)).containsExactly(Map.entry("B", "1"));

        ChainEntry queenie = read(TEA, "A2 去冰 三分糖 Queenie");
        assertThat(queenie.name()).isEqualTo("Queenie");
        assertThat(items(queenie)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aNameAfterACancelSignsIt() {
        for (String line : List.of("不要了 小王", "全部取消 —— 晶晶", "取消 秀兰")) {
            ChainEntry e = read(TEA, line);
            assertThat(e.cancelled()).as(line).isTrue();
            assertThat(e.name()).as(line).isIn("小王", "晶晶", "秀兰");
        }
        List<CatalogItem> two = List.of(Catalogs.item("A", "龙井", "罐", "A"), Catalogs.item("B", "碧螺春", "罐", "B"));
        ChainEntry words = parser.parse("#接龙\n1. 阿美 A1\n2. 小顾 B2\n3. 删除 再加B1\n4. 阿柳 A2", two)
                .entries()
                .get(2);
        assertThat(words.name()).isNotEqualTo("再加");
    }

    private static final List<CatalogItem> JAR = List.of(Catalogs.item("A", "金骏眉", "罐", "红茶"));

    @Test
    void aNameInABracketSignsALineWithNoneOutside() {
        Map<String, String> lines = Map.of(
                "两罐(阿坚)", "阿坚",
                "俩罐 (小郭)放前台", "小郭",
                "贰罐(卫生室 孔大夫)", "孔大夫",
                "3罐(孔)", "孔",
                "两罐(2-1-701 Linda)", "Linda");
        lines.forEach(
                (line, name) -> assertThat(read(JAR, line).name()).as(line).isEqualTo(name));
        assertThat(read(JAR, "三两 5罐 (一家三代 吃得多)").name()).isNotEqualTo("吃得多");
    }

    @Test
    void fieldsEachInABoxAreReadAsNamePlaceAndOrder() {
        ChainParser parser = new ChainParser();
        ParsedChain chain = parser.parse("#接龙\n1.【小羽】【5栋】【2罐】\n2.〔浪子〕〔6栋〕〔+1〕\n3.【老廖】【9栋】【1罐】放门卫", JAR);
        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("小羽", "浪子", "老廖");
        assertThat(chain.entries()).extracting(e -> items(e).get("A")).containsExactly("2", "1", "1");
    }
}
