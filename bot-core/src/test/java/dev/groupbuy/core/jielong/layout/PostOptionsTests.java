package dev.groupbuy.core.jielong.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.jielong.Catalogs;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.LineReading;
import dev.groupbuy.core.jielong.ReviewReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options a post offers of its one product, and lines that order by them. */
class PostOptionsTests extends LineReading {

    @Test
    void theListAfterAHeadWordUntilPriceOrInstructions() {
        assertThat(PostOptions.optionsIn("口味：椒盐 / 原味 / 海苔，同价，备注口味")).containsExactly("椒盐", "原味", "海苔");
        assertThat(PostOptions.optionsIn("颜色有 米白、藏青、酒红 三种")).containsExactly("米白", "藏青", "酒红");
        assertThat(PostOptions.optionsIn("尺码：S M L XL")).containsExactly("S", "M", "L", "XL");
        assertThat(PostOptions.optionsIn("口味随机")).as("one word is no list").isEmpty();
        assertThat(PostOptions.optionsIn("今天到货 28元一盒")).isEmpty();
    }

    @Test
    void inADealOfOneProductOptionsWithCountsAddUp() {
        String chain =
                "#接龙 手工汤圆 12元/袋\n口味：椒盐、芝麻、紫薯，统一价\n1. 小溪 芝麻2袋 紫薯1袋\n2. 阿鲁 椒盐3袋" + "\n3. 汤圆妹 汤圆4袋 芝麻2袋 紫薯2袋\n4. 阿木 榴莲2袋";
        List<ChainEntry> entries = entriesOf(chain, "手工汤圆", "袋", "汤圆");

        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "3"));
        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "3"));
        assertThat(items(entries.get(2)))
                .as("the product named with its own count, which its options make up")
                .containsExactly(Map.entry("A", "4"));
        assertThat(entries.get(3).reason()).as("not an option of the post").isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
    }

    @Test
    void inADealOfSeveralProductsAnOptionStaysUnknown() {
        String chain = "#接龙 汤圆 12元/袋 元宵 10元/袋\n口味：椒盐、芝麻、紫薯\n1. 小溪 芝麻2袋";
        ChainEntry entry = parser.parse(
                        chain, List.of(Catalogs.item("A", "汤圆", "袋", "汤圆"), Catalogs.item("B", "元宵", "袋", "元宵")))
                .entries()
                .get(0);

        assertThat(entry.review()).isTrue();
    }

    @Test
    void listsWithoutAHeadInABracketOrAsEitherOf() {
        assertThat(PostOptions.optionsIn("鲜肉 / 蛋黄肉 / 豆沙 统一6元一个")).containsExactly("鲜肉", "蛋黄肉", "豆沙");
        assertThat(PostOptions.optionsIn("可混搭口味（原味/草莓/黄桃）28元/组")).containsExactly("原味", "草莓", "黄桃");
        assertThat(PostOptions.optionsIn("口味：麻辣 / 广味(甜) / 五香  都是42一斤")).containsExactly("麻辣", "广味", "五香");
        assertThat(PostOptions.optionsIn("有中火和足火两种 备注一下")).containsExactly("中火", "足火");
        assertThat(PostOptions.optionsIn("周五到货 南门自提")).isEmpty();
    }

    @Test
    void eachOverSeveralOptionsCountsEveryOneAndACountOfTheProductItselfIsNotCountedAgain() {
        String chain =
                "#接龙 手工月饼 9元一个\n口味：豆沙 五仁 莲蓉 任选\n1. 小溪 五仁莲蓉各3个\n2. 阿鲁 2个 豆沙五仁各一" + "\n3. 小满 灰2 豆沙2\n4. 阿木 1个豆沙1个莲蓉";
        List<ChainEntry> entries = entriesOf(chain, "手工月饼", "个", "月饼");

        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "6"));
        assertThat(entries.get(1).review())
                .as("2个 made up of the options: asked, not 4")
                .isTrue();
        assertThat(entries.get(2).review()).as("灰 is no option of this post").isTrue();
        assertThat(items(entries.get(3))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void anOptionGluedToTheCountIsNoNameWhenARoomStandsBeforeIt() {
        String chain = "#接龙 手工水饺 18元一斤\n馅：白菜猪肉、三鲜、玉米猪肉 混着要也行\n1. 7栋1502 三鲜2斤\n2. 阿坤 三鲜 玉米猪肉各1斤";
        List<ChainEntry> entries = parser.parse(chain, List.of(Catalogs.item("A", "手工水饺", "斤", "水饺")))
                .entries();

        assertThat(entries.get(0).name()).isEqualTo("7栋1502");
        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "2"));
        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "2"));
    }

    /** The entries of {@code chain} in a deal of one product A. */
    private List<ChainEntry> entriesOf(String chain, String name, String unit, String alias) {
        return parser.parse(chain, List.of(Catalogs.item("A", name, unit, alias)))
                .entries();
    }

    @Test
    void inADealOfSeveralProductsThePostLineThatNamesOneProductGivesItsOptions() {
        String chain = "#接龙 端午套餐\n粽子 5元/个（鲜肉 / 蛋黄 / 豆沙）\n咸鸭蛋 3元/个\n"
                + "1. 老柳 鲜肉4 豆沙2\n2. 小魏 鸭蛋10个 蛋黄粽2个\n3. 阿木 豆沙3个 鸭蛋2个\n4. 小溪 红枣2个";
        List<ChainEntry> entries = parser.parse(
                        chain, List.of(Catalogs.item("A", "端午粽子", "个", "粽子"), Catalogs.item("B", "咸鸭蛋", "个", "鸭蛋")))
                .entries();

        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "6"));
        assertThat(items(entries.get(2))).containsOnly(Map.entry("A", "3"), Map.entry("B", "2"));
        assertThat(entries.get(3).reason()).as("no option of the post").isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
    }

    @Test
    void aListJoinedBySlashesCountsAnywhereOnThePostLineButSizesPricesAndMixesDoNot() {
        assertThat(PostOptions.optionsIn("#接龙 正宗农家蜂蜜 49元/瓶 槐花/枣花/百花 同价")).containsExactly("槐花", "枣花", "百花");
        assertThat(PostOptions.optionsIn("冷鲜鸡腿 2斤/袋 26")).as("a size per bag").isEmpty();

        String chain = "#接龙 下午茶\nA 西瓜 12\nB 混合果切（芒果/菠萝/火龙果）18\n1. JJ 芒果 1";
        ChainEntry entry = parser.parse(
                        chain, List.of(Catalogs.item("A", "西瓜果切", "盒", "西瓜"), Catalogs.item("B", "混合果切", "盒", "混合")))
                .entries()
                .get(0);
        assertThat(entry.review()).as("what a mix holds is not sold alone").isTrue();
    }

    @Test
    void optionsOfTwoListsDescribeTheSamePiecesAndTheProductCountedWithItsOptionsMustAgree() {
        String chain = "#接龙 保暖袜 15元/盒\n颜色：黑/白/灰\n款式：男款/女款\n" + "1. 老钱 黑色2盒 白色1盒 男款\n2. 申 灰色 女款\n3. 汤圆 袜子1盒 黑色2盒";
        List<ChainEntry> entries = entriesOf(chain, "保暖袜", "盒", "袜子");

        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "3"));
        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "1"));
        assertThat(entries.get(2).review()).as("one box, or two black ones?").isTrue();
    }
}
