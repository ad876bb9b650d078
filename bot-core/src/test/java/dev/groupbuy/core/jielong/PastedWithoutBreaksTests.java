package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sign-ups pasted without their line breaks are cut at the next number the list expects, when it stands apart from
 * words and numbers and the numbered line below goes on from it.
 */
class PastedWithoutBreaksTests {

    private final ChainParser parser = new ChainParser();

    private static final List<CatalogItem> ORANGES = List.of(Catalogs.item("A", "砂糖橘", "箱", "橘子"));

    private static final List<CatalogItem> SNACKS = List.of(
            Catalogs.item("A", "肉松小贝", "盒", "A"),
            Catalogs.item("B", "蛋黄酥", "盒", "B"),
            Catalogs.item("C", "凤梨酥", "盒", "C"));

    private static List<String> signUps(ParsedChain chain) {
        return chain.entries().stream()
                .map(e -> e.seq() + " " + e.name() + " " + LineReading.items(e))
                .toList();
    }

    @Test
    void signUpsRunTogetherAreCutAtTheNextNumber() {
        ParsedChain chain = parser.parse(
                "#接龙 砂糖橘 42元/箱\n1. 阿梅 1箱\n2. 小孙 1箱3. 宋姨 2箱\n4. 刘洋 1箱 5. 芬芬 3箱6.老黄 1箱\n7.蒋蒋2箱8.毛毛1箱", ORANGES);
        assertThat(signUps(chain))
                .containsExactly(
                        "1 阿梅 {A=1}",
                        "2 小孙 {A=1}",
                        "3 宋姨 {A=2}",
                        "4 刘洋 {A=1}",
                        "5 芬芬 {A=3}",
                        "6 老黄 {A=1}",
                        "7 蒋蒋 {A=2}",
                        "8 毛毛 {A=1}");
        ParsedChain codes = parser.parse("#接龙\n1. 陶陶 A1 C1 2. 叮当 B2\n3. 小七 C2", SNACKS);
        assertThat(signUps(codes)).containsExactly("1 陶陶 {A=1, C=1}", "2 叮当 {B=2}", "3 小七 {C=2}");
        ParsedChain circled = parser.parse("#接龙 砂糖橘\n①王姐2箱②李哥1箱③小芳3箱", ORANGES);
        assertThat(signUps(circled)).containsExactly("1 王姐 {A=2}", "2 李哥 {A=1}", "3 小芳 {A=3}");
    }

    @Test
    void theFirstSignUpRunOnAtTheEndOfTheLeadersLineIsOneToo() {
        ParsedChain chain = parser.parse("#接龙 砂糖橘 58元/箱\n例：张三 1箱1. 潘潘 1箱\n2. 葛叔 2箱", ORANGES);
        assertThat(signUps(chain)).containsExactly("1 潘潘 {A=1}", "2 葛叔 {A=2}");
    }

    @Test
    void aNumberThatIsNoSignUpOrIsOnALineOfItsOwnBelowIsNotCut() {
        ParsedChain weights = parser.parse("#接龙\n1. 阿明 2.5箱 3.30后来拿\n2. 小周 1箱", ORANGES);
        assertThat(weights.entries()).hasSize(2);
        ParsedChain below = parser.parse("#接龙\n1. 阿梅 1箱 2. 放门卫\n2. 小孙 1箱", ORANGES);
        assertThat(below.entries()).hasSize(2);
        assertThat(below.entries().get(0).line()).endsWith("2. 放门卫");
    }

    @Test
    void aSkippedOrRepeatedNumberOrARoomAfterTheNumberStillCuts() {
        ParsedChain skipped = parser.parse("#接龙\n1. 陶陶 A1\n2. 叮当 B2 4. 阿甜 C1\n5. 小七 C2", SNACKS);
        assertThat(signUps(skipped)).containsExactly("1 陶陶 {A=1}", "2 叮当 {B=2}", "4 阿甜 {C=1}", "5 小七 {C=2}");
        ParsedChain twice = parser.parse("#接龙\n11. 陶陶 A1\n12. 小喀 A2 12. 小丽 B1\n13. 小七 C2", SNACKS);
        assertThat(signUps(twice)).containsExactly("11 陶陶 {A=1}", "12 小喀 {A=2}", "12 小丽 {B=1}", "13 小七 {C=2}");
        ParsedChain rooms = parser.parse("#接龙 砂糖橘\n3. 2-101 阿梅 1箱\n4. 4-303 小满 2箱 5. 4-304 阿宇 1箱\n6. 小孙 1箱", ORANGES);
        assertThat(signUps(rooms)).containsExactly("3 阿梅 {A=1}", "4 小满 {A=2}", "5 阿宇 {A=1}", "6 小孙 {A=1}");
    }

    @Test
    void aCountInABracketIsNoNumberSaidTwice() {
        List<CatalogItem> cured = List.of(Catalogs.item("A", "腊肠", "斤"), Catalogs.item("B", "腊肉", "斤"));
        ParsedChain chain = parser.parse("#接龙\n1. 吴老四 腊肠3斤（甜2辣1）腊肉2斤\n2. 田嫂 腊肉1斤", cured);
        assertThat(signUps(chain)).containsExactly("1 吴老四 {A=3, B=2}", "2 田嫂 {B=1}");
    }

    @Test
    void aWholeChainOnOneLineIsCutIntoItsSignUpsButAQuotedOneIsNot() {
        ParsedChain chain = parser.parse("#接龙 砂糖橘 42元/箱 周五截单 例：张三 1箱 1、秦秦 2箱 2、阿飞 1箱 3、4栋 罗大姐 3箱 4、小周 1箱", ORANGES);
        assertThat(signUps(chain)).containsExactly("1 秦秦 {A=2}", "2 阿飞 {A=1}", "3 罗大姐 {A=3}", "4 小周 {A=1}");
        ParsedChain quoted =
                parser.parse("「小叶团长：#接龙 砂糖橘 1. 王姐 1箱 2. 老韩 2箱 3. Xiaoyu 1箱」\n@小叶团长 3号那个是我，改成2箱，麻烦帮我改一下", ORANGES);
        assertThat(quoted.entries()).noneMatch(e -> !e.review() && !e.items().isEmpty());
    }

    @Test
    void aFullStopAfterTheNumberIsItsSeparator() {
        ParsedChain chain = parser.parse("#接龙 砂糖橘\n1。王奶奶 2箱\n2。李爷爷 1箱\n3。老张 3箱", ORANGES);
        assertThat(signUps(chain)).containsExactly("1 王奶奶 {A=2}", "2 李爷爷 {A=1}", "3 老张 {A=3}");
    }
}
