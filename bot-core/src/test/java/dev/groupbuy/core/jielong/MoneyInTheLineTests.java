package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The money residents work out in their line is told from the count by the deal's prices: the count times the price
 * either way round, a sum after the count, what the count comes to right after it, the line's total, and a product
 * named by its price. Numbers multiplied that are no money (sizes, packs, the leader's product numbers) stay as they
 * were.
 */
class MoneyInTheLineTests extends LineReading {

    private static final List<CatalogItem> CHICKEN = List.of(Catalogs.priced("A", "德州扒鸡", "只", "45", "扒鸡"));

    private static final List<CatalogItem> BRAISED =
            List.of(Catalogs.priced("A", "德州扒鸡", "只", "38", "扒鸡"), Catalogs.priced("B", "五香驴肉", "斤", "45", "驴肉"));

    private static final List<CatalogItem> MUTTON = List.of(Catalogs.priced("A", "羊肉", "斤", "42"));

    @Test
    void theCountTimesThePriceEitherWayRoundIsTheCount() {
        for (String line : List.of("王红梅 2×45=90", "老郑 45×2=90", "伍哥 2*45 已转", "孟姐 45x2", "小林 2x45=100")) {
            ChainEntry e = read(CHICKEN, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "2"));
        }
    }

    @Test
    void aSumAfterTheCountAlreadyWrittenIsLeftOut() {
        assertThat(items(read(CHICKEN, "曼曼 3只 45*3=135 微信付"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(MUTTON, "小娟 羊肉2斤×42=84"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(MUTTON, "小敏 三斤×42=126"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(MUTTON, "秀秀 2斤=84"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void whatTheCountComesToAndTheLinesTotalAreNoCount() {
        assertThat(items(read(BRAISED, "刘姐 扒鸡2只×38=76 驴肉1斤45 共121")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(CHICKEN, "小甘 一只 四十五"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(CHICKEN, "根旺 两只 90✅"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(BRAISED, "珊珊 2×38+1.5×45=143.5")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "1.5"));
    }

    @Test
    void aPriceBeforeACountNamesTheProductSoldAtIt() {
        assertThat(items(read(BRAISED, "付姐 38一只 45两斤"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(BRAISED, "马六 38×3"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void numbersMultipliedThatAreNoMoneyStayAsTheyWere() {
        List<CatalogItem> blankets = List.of(Catalogs.priced("A", "毛毯", "条", "129", "毯子"));
        ChainEntry size = read(blankets, "佳佳 150x200 ×2");
        assertThat(size.review() || items(size).equals(Map.of("A", "2")))
                .as("a size is no count: %s", size)
                .isTrue();
        List<CatalogItem> numbered = List.of(
                Catalogs.priced("P1", "卤鸡腿", "份", "4", "1号", "1"), Catalogs.priced("P4", "卤豆干", "份", "2", "4号", "4"));
        assertThat(items(read(numbered, "老K 4*2 1x1"))).containsExactly(Map.entry("P1", "1"), Map.entry("P4", "2"));
        List<CatalogItem> tofu = List.of(Catalogs.priced("A", "老豆腐", "块", "5", "豆腐"));
        assertThat(items(read(tofu, "阿萍 豆腐三块 7:15"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aPriceWrittenAloneIsWhatOneCostsNotTheCount() {
        assertThat(items(read(CHICKEN, "芬芬 扒鸡 45"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(CHICKEN, "小王 45 已转"))).containsExactly(Map.entry("A", "1"));
        List<CatalogItem> buns = List.of(Catalogs.priced("A", "豆沙包", "个", "12", "包子"));
        assertThat(items(read(buns, "豆豆 包子 12"))).containsExactly(Map.entry("A", "12"));
    }

    @Test
    void theYuanSignGoesWithThePrice() {
        ParsedChain chain = parser.parse("#接龙\n1. 小王 1只\n2. 孟孟 ¥45*3=135", CHICKEN);
        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void whatACountWithoutUnitComesToAfterASpaceOrACommaIsNoCount() {
        assertThat(items(read(BRAISED, "高冷 扒鸡2 76"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(BRAISED, "黑猫警长 驴肉×2 90 微辣"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(CHICKEN, "大鹏 要一只,45"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(BRAISED, "珊珊 驴肉1斤半 67.5"))).containsExactly(Map.entry("B", "1.5"));
    }
}
