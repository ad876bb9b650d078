package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A line that takes back what it just wrote ({@code 不不}, {@code 打错了}, {@code 其实}, {@code 等等}) and says it again:
 * the new count replaces the last one, a product the order holds gets its new count, another product takes the last
 * one's place; words that add ({@code 再加}, {@code 也要}, {@code 还有}) are no correction.
 */
class SaidAgainTests extends LineReading {

    private static final List<CatalogItem> TEA = List.of(Catalogs.item("A", "金骏眉", "罐", "红茶"));

    private static final List<CatalogItem> BEANS =
            List.of(Catalogs.item("A", "绿豆", "盒"), Catalogs.item("B", "乌豆", "盒", "黑豆"), Catalogs.item("C", "红豆", "盒"));

    private static final List<CatalogItem> PORK = List.of(
            Catalogs.item("A", "猪脚", "斤", "猪蹄"), Catalogs.item("B", "豆干", "份"), Catalogs.item("C", "五花肉", "斤", "五花"));

    private static final List<CatalogItem> SHOES = List.of(
            Catalogs.item("A35", "A款35码", "双", "A35"),
            Catalogs.item("A36", "A款36码", "双", "A36"),
            Catalogs.item("B36", "B款36码", "双", "B36"));

    @Test
    void theCountSaidAgainReplacesTheOneTakenBack() {
        Map<String, String> lines = Map.of(
                "黄伯 两罐不不 一罐",
                "1",
                "阿峰 先来一罐 不 来两罐",
                "2",
                "林奶奶 二罐 不,三罐",
                "3",
                "阿兰 两罐 其实一罐就够了",
                "1",
                "阿妍 二罐 噢 打错 一罐",
                "1",
                "小俞 2罐 等等 1罐就够",
                "1");
        lines.forEach((line, count) -> {
            ChainEntry e = read(TEA, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", count));
        });
    }

    @Test
    void aProductSaidAgainGetsItsNewCountAndAnotherTakesTheLastOnesPlace() {
        assertThat(items(read(PORK, "阿辉 猪脚一斤 豆干一份 其实猪脚两斤"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(BEANS, "吴婶 黑豆两盒 不不 绿豆两盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SHOES, "一诺 A36 不不 A35"))).containsExactly(Map.entry("A35", "1"));
        assertThat(items(read(SHOES, "浩然 A36 等等 孩子说要B款 B36"))).containsExactly(Map.entry("B36", "1"));
    }

    @Test
    void wordsThatAddOrSayNoToAProductAreNoCorrection() {
        assertThat(items(read(TEA, "阿亮 1罐 等等 再加一罐"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(TEA, "舒舒 1罐 等等 我老公说他也要一罐"))).containsExactly(Map.entry("A", "2"));
        List<CatalogItem> rice = List.of(Catalogs.item("A", "鳗鱼饭", "盒", "鳗鱼"), Catalogs.item("C", "溏心蛋", "个", "加蛋"));
        assertThat(items(read(rice, "老岳 鳗鱼饭一份 不加蛋"))).doesNotContainKey("C");
    }

    @Test
    void mistypedOrStillSaidAfterTheProductCorrectsItsCount() {
        List<CatalogItem> nuts = List.of(Catalogs.item("A", "葡萄干", "斤"), Catalogs.item("C", "核桃", "斤"));
        assertThat(items(read(nuts, "老孟 葡萄干1斤 核桃1斤 打错了 核桃是2斤")))
                .containsExactly(Map.entry("A", "1"), Map.entry("C", "2"));
        assertThat(items(read(nuts, "阿光 葡萄干1斤 核桃2斤 嗯 核桃还是1斤")))
                .containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
    }

    @Test
    void anotherProductStillAtItsCountOrAQuestionIsNoCorrection() {
        assertThat(items(read(BEANS, "老韩 红豆要2盒 绿豆还是1盒"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "2"));
        assertThat(read(TEA, "小单 2罐还是3罐").review()).isTrue();
        assertThat(read(TEA, "刘大妈 2罐还是3罐啊 我问问我家老头").review()).isTrue();
    }

    @Test
    void aCountSaidInABracketToBeMistypedIsTheCountMeant() {
        assertThat(items(read(TEA, "老何 55罐(打错,5罐)"))).containsExactly(Map.entry("A", "5"));
        assertThat(items(read(TEA, "华华 10罐（打多了个0，1罐）"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(TEA, "Rita 22罐(多按了个2)"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(TEA, "小周 12罐(送人的)"))).containsExactly(Map.entry("A", "12"));
    }
}
