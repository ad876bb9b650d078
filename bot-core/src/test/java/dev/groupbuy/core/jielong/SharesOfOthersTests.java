package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Someone else's share written after the line's own count: who they are, and when it adds up. */
class SharesOfOthersTests extends LineReading {

    private static final List<CatalogItem> RICE = List.of(Catalogs.item("A", "五常大米", "袋", "大米"));

    @Test
    void auntsGrandparentsAndColleaguesAreSomeoneElseToo() {
        assertThat(items(read(RICE, "秦叔 1袋 秦婶也要1袋 分开放"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(RICE, "谷妈妈 1袋 姥姥也要一袋 姥爷也要一袋"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aRoomWantingItTooIsTheNeighboursShare() {
        for (String line : List.of("小宋 1袋 302的也要一袋", "小宋 1袋 302也要一袋")) {
            assertThat(items(read(RICE, line))).as(line).containsExactly(Map.entry("A", "2"));
        }
    }

    @Test
    void aSmallerShareWithoutAlsoStaysInsideTheOwnCount() {
        assertThat(items(read(RICE, "闵 2袋,帮我哥带一袋"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aLaterLineDroppingSomeoneElsesShareLeavesOneFewer() {
        List<ChainEntry> entries = parser.parse("#接龙\n1. 晓敏 1袋 我妈也要1袋\n2. 阿伦 3袋\n3. 晓敏 我妈那袋不要了\n4. 小蔡 同事那袋不要了", RICE)
                .entries();

        assertThat(items(entries.get(2))).containsExactly(Map.entry("A", "1"));
        assertThat(entries.get(3).review())
                .as("no earlier order of 小蔡's to take it from")
                .isTrue();
    }

    @Test
    void aShareNamedByHowItIsMadeOrSentStaysTheLeadersQuestion() {
        List<ChainEntry> entries =
                parser.parse("#接龙\n1. 小满 3袋\n2. 小满 寄上海的那袋不要了", RICE).entries();

        assertThat(entries.get(1).review()).isTrue();
    }

    @Test
    void afterTheWritersOwnCountEveryOneNamedWithACountAddsUp() {
        assertThat(items(read(RICE, "小丸子 我1 闺蜜1 闺蜜她妈1"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "邱邱 我2 楼下小云1 小云钱我一起付了"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "柯姐 我1袋 对门小吴1袋 一起放我这"))).containsExactly(Map.entry("A", "2"));
        // the line's own count first, then how it is shared: inside it
        assertThat(items(read(RICE, "邬邬 2袋 帮楼上老周带一袋"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aNeighboursShareWrittenByCodeIsOnTopOfTheWritersOwn() {
        List<CatalogItem> boxes = List.of(
                Catalogs.item("A", "蔬菜盒（小）", "份", "小盒", "A"),
                Catalogs.item("B", "蔬菜盒（大）", "份", "大盒", "B"),
                Catalogs.item("C", "土鸡蛋", "盒", "鸡蛋", "C"));
        assertThat(items(read(boxes, "芋圆 A1 帮隔壁也带个A1"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(boxes, "木子 A1 帮楼上702也带A1"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(boxes, "阿青 A1 B1 帮楼上也带C1")))
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
    }

    @Test
    void eachHouseholdsOrderByCodeAddsUp() {
        List<CatalogItem> buns = List.of(
                Catalogs.item("A", "肉包", "袋", "1号"),
                Catalogs.item("B", "菜包", "袋", "2号"),
                Catalogs.item("C", "豆沙包", "袋", "3号"));
        assertThat(items(read(buns, "胖虎 我家1号2袋 隔壁老李家3号1袋"))).containsOnly(Map.entry("A", "2"), Map.entry("C", "1"));
        assertThat(items(read(buns, "胖子 我家1号1袋 隔壁老王家1号1袋 楼上也要1号1袋"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void someoneElsesShareAfterAProductNamedWithoutACountIsOnTopOfOne() {
        List<CatalogItem> bread = List.of(Catalogs.item("A", "吐司", "个", "A"), Catalogs.item("B", "贝果", "个", "B"));
        for (String line : List.of("孙哥 A 孙嫂也要A", "阿May 吐司 我老公也要一个吐司", "兰姨 吐司 我女儿也要一个")) {
            assertThat(items(read(bread, line))).as(line).containsExactly(Map.entry("A", "2"));
        }
        assertThat(items(read(bread, "阿May 吐司 贝果也要")))
                .as("a product wanted as well is no one's share")
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
    }

    @Test
    void someoneElseWantingEachOfTheSameAsWellAddsToEveryOne() {
        List<CatalogItem> nuts =
                List.of(Catalogs.item("A", "芝麻", "袋"), Catalogs.item("B", "花生", "袋"), Catalogs.item("C", "核桃", "袋"));
        assertThat(items(read(nuts, "思思 芝麻2袋 花生1袋 我姐也各要一袋"))).containsExactly(Map.entry("A", "3"), Map.entry("B", "2"));
        assertThat(items(read(nuts, "阿静 每样一份 我妈家也要同样一份")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "2"), Map.entry("C", "2"));
        assertThat(items(read(nuts, "茉莉 芝麻1 核桃1 我妈说她也要每样一份")))
                .as("每样 is every product the deal sells")
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "1"), Map.entry("C", "2"));
    }

    @Test
    void aPlusThenSomeoneAndTheirCountAddsTheirShare() {
        List<CatalogItem> milk = List.of(Catalogs.item("A", "牛奶", "箱"));
        for (String line : List.of("天天妈 1箱+我妈1箱", "巴巴 一箱+帮我哥家一箱", "夏天 1箱+帮我妈1箱")) {
            assertThat(items(read(milk, line))).as(line).containsExactly(Map.entry("A", "2"));
        }
    }

    @Test
    void aServiceForSomeoneElseAsWellIsOnTop() {
        List<CatalogItem> jabs = List.of(Catalogs.item("A", "流感疫苗", "针"));
        assertThat(items(read(jabs, "石大爷 1针 我家老太太也打一针"))).containsExactly(Map.entry("A", "2"));
        List<CatalogItem> cards = List.of(Catalogs.item("A", "洗车卡", "张"));
        assertThat(items(read(cards, "小朵 1张 我老公也办一张"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(cards, "石头 两张 帮我哥也办一张"))).containsExactly(Map.entry("A", "3"));
    }
}
