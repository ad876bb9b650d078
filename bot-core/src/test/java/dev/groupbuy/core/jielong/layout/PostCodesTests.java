package dev.groupbuy.core.jielong.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.Catalogs;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ChainParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Letter and number codes the post gives products the catalog lists without them. */
class PostCodesTests {

    private static final List<CatalogItem> PORK = List.of(
            Catalogs.item("A", "土猪五花肉", "斤", "五花"),
            Catalogs.item("B", "土猪肋排", "斤", "肋排"),
            Catalogs.item("C", "猪前蹄", "只", "猪蹄"));

    private static Map<String, String> items(ChainEntry e) {
        Map<String, String> out = new TreeMap<>();
        e.items().forEach(i -> out.put(i.sku(), i.qty().stripTrailingZeros().toPlainString()));
        return out;
    }

    @Test
    void residentsOrderByTheCodesThePostGives() {
        String chain = "#接龙 土猪肉\nA 五花肉 23/斤\nB、肋排 32/斤\nC：猪前蹄 28/只\n\n1. 芳姐 A2斤 B一斤半\n2. 8-2-602 A1 C1";
        List<ChainEntry> entries = new ChainParser().parse(chain, PORK).entries();

        assertThat(items(entries.get(0))).isEqualTo(Map.of("A", "2", "B", "1.5"));
        assertThat(entries.get(1).name()).isEqualTo("8-2-602");
        assertThat(items(entries.get(1))).isEqualTo(Map.of("A", "1", "C", "1"));
    }

    @Test
    void aWordOfTheCodeLineThatIsPartOfTheNameIsEnough() {
        List<CatalogItem> abalone =
                List.of(Catalogs.item("A", "鲜活鲍鱼 10只/盒", "盒", "小鲍鱼"), Catalogs.item("B", "鲜活大鲍鱼 6只/盒", "盒", "大鲍鱼"));
        String[] lines = {"#接龙 鲍鱼", "A 10只/盒 79元", "B 大只 6只/盒 99元", "1. 阿菁 B1"};

        List<CatalogItem> coded = PostCodes.withCodes(abalone, lines, ChainLayout.of(lines));

        assertThat(coded.get(0).aliases()).contains("A");
        assertThat(coded.get(1).aliases()).contains("B");
    }

    @Test
    void aCatalogWithCodesOrACodeLineThatNamesNoOneProductIsLeftAsItIs() {
        List<CatalogItem> coded = List.of(Catalogs.item("A", "土猪五花肉", "斤", "A"), Catalogs.item("B", "土猪肋排", "斤", "B"));
        String[] lines = {"A 肋排", "B 五花", "1. 芳姐 A2斤"};
        assertThat(PostCodes.withCodes(coded, lines, ChainLayout.of(lines))).isSameAs(coded);

        String[] unclear = {"A 土猪肉 23/斤", "B 肋排 32/斤", "1. 芳姐 A2斤"};
        assertThat(PostCodes.withCodes(PORK, unclear, ChainLayout.of(unclear)))
                .as("a code line that names no product: no code is trusted")
                .isSameAs(PORK);
    }

    @Test
    void residentsOrderByTheNumbersOfThePostsMenu() {
        List<CatalogItem> braised = List.of(
                Catalogs.item("A", "卤鸭脖", "份", "鸭脖"),
                Catalogs.item("B", "卤鸭翅", "份", "鸭翅"),
                Catalogs.item("C", "卤藕片", "份", "藕片"));
        String chain = "【卤味团】\n1.鸭脖 18元/份\n2 鸭翅 20元/份\n3号 藕片 10元/份\n1. 下午3点截单\n———\n"
                + "1. 大熊 1+3\n2. 糖糖 2×2+3\n3. 小雅 2号1 3号2";
        List<ChainEntry> entries = new ChainParser().parse(chain, braised).entries();

        assertThat(entries).hasSize(3);
        assertThat(items(entries.get(0))).isEqualTo(Map.of("A", "1", "C", "1"));
        assertThat(items(entries.get(1))).isEqualTo(Map.of("B", "2", "C", "1"));
        assertThat(items(entries.get(2))).isEqualTo(Map.of("B", "1", "C", "2"));
    }

    @Test
    void numberedRulesAndNumbersGivenTwiceAddNoNumberCodes() {
        String[] rules = {"#接龙", "1. 每人限购3斤", "2. 周六取货", "1. 芳姐 五花2斤"};
        assertThat(PostCodes.withCodes(PORK, rules, ChainLayout.of(rules))).isSameAs(PORK);

        String[] twice = {"#接龙", "1 五花肉", "1 肋排", "1. 芳姐 1号2斤"};
        assertThat(PostCodes.withCodes(PORK, twice, ChainLayout.of(twice))).isSameAs(PORK);
    }
}
