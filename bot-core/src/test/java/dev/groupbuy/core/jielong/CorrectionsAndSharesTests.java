package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lines that correct themselves or void a copy, drop one share of an order, bring someone's share across their room,
 * count with a lone numeral or an approximate word, and flats written the Hong Kong way.
 */
class CorrectionsAndSharesTests extends LineReading {

    private static final List<CatalogItem> RICE = List.of(Catalogs.item("A", "东北长粒香大米", "袋", "大米"));

    private static final List<CatalogItem> CHERRIES = List.of(Catalogs.item("A", "山东樱桃", "斤", "樱桃"));

    private static final List<CatalogItem> SNACKS = List.of(
            Catalogs.item("A", "凤爪", "盒", "A"),
            Catalogs.item("B", "鸭脖", "盒", "B"),
            Catalogs.item("C", "鸭翅", "盒", "C"),
            Catalogs.item("D", "藕片", "盒", "D"));

    private static final List<CatalogItem> CRABS = List.of(
            Catalogs.item("A", "公蟹4两", "只", "公蟹", "公", "A"),
            Catalogs.item("B", "母蟹3两", "只", "母蟹", "母", "B"),
            Catalogs.item("C", "大闸蟹礼盒", "盒", "礼盒", "C"));

    /** {@code line} read as the fourth sign-up, after plain ones: a chain however the line alone would look. */
    private ChainEntry inAChain(List<CatalogItem> catalog, String line) {
        return parser.parse("#接龙\n1. 小李 1\n2. 小王 2\n3. 小张 1\n4. " + line, catalog)
                .entries()
                .get(3);
    }

    @Test
    void aCopySentTwiceCancelsItselfUnlessItSaysWhatCounts() {
        for (String line : List.of("阿秀 2袋 ←手滑发重了，这条不算", "阿彬 1袋（接重咗 唔计）", "小龙 5袋 重复了 忽略这条", "阿琴 1袋（复制重了，这条作废）")) {
            assertThat(read(RICE, line).cancelled()).as(line).isTrue();
        }
        ChainEntry instead = read(RICE, "小杨 我报重了 只要一袋");
        assertThat(instead.cancelled()).isFalse();
        assertThat(items(instead)).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(RICE, "小贺 2袋（以这条为准）"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void droppingOneShareAsksHowManyStayAndDroppingOnesOwnCancels() {
        for (String line : List.of("老陕 丈母娘那袋不要了", "小满 寄上海的那袋不要了", "肥仔 打包嗰个唔要喇")) {
            ChainEntry e = read(RICE, line);
            assertThat(e.cancelled()).as(line).isFalse();
            assertThat(e.review()).as(line).isTrue();
        }
        assertThat(read(RICE, "老巴 我那袋不要了").cancelled()).isTrue();
        assertThat(read(RICE, "晶晶 上面那个取消").cancelled()).isTrue();
    }

    @Test
    void theCountAfterNotIsTakenBackAndAnApproximateCountIsTheOrder() {
        assertThat(items(read(CHERRIES, "金阿姨 搞错了 是一斤 不是两斤"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(CHERRIES, "老邝 纠正一下 是2斤不是1斤"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SNACKS, "阿达 上面写错了 不是B是A 2盒"))).containsExactly(Map.entry("A", "2"));
        for (String line : List.of("阿香婆 约3斤", "小可 大约3斤", "芸芸 差不多3斤", "黄黄 大概3斤")) {
            ChainEntry e = read(CHERRIES, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "3"));
        }
    }

    @Test
    void aBareCountAfterTheArrowRenewsTheProductRightBeforeIt() {
        assertThat(items(read(SNACKS, "阿航 A1 B2→4"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "4"));
        assertThat(items(read(SNACKS, "小纪 凤爪3盒 鸭脖2盒改1盒"))).containsExactly(Map.entry("A", "3"), Map.entry("B", "1"));
        assertThat(items(read(SNACKS, "小蔡 凤爪1盒 鸭翅 2→3"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "3"));
        assertThat(items(read(RICE, "小雨 2袋 算了只要一袋"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aLoneNumeralByAProductCountsIt() {
        assertThat(items(read(CRABS, "老谈 一公一母"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(SNACKS, "Eva A两B三"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "3"));
        assertThat(items(inAChain(SNACKS, "小童 凤爪2/鸭脖1"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        // 公 inside 老公 is the husband, not a male crab
        assertThat(items(read(CRABS, "苗苗 我和我老公每人一盒礼盒"))).containsExactly(Map.entry("C", "2"));
    }

    @Test
    void someonesShareAcrossTheirRoomIsInsideOrOnTopAsWithoutIt() {
        assertThat(items(read(SNACKS, "萍姐 A2 帮3楼王阿姨带一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(RICE, "大斌 两袋 帮6栋何阿姨带一袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(RICE, "婷婷 1袋 帮邻居602也带2袋"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "小温 我们三个每人一袋"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "老纪家 我们家三个人每人一袋"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "贝贝外婆 我和贝贝姨妈每人一袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(RICE, "小邓 给我婆婆和我妈每人带一袋"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aFlatOpeningTheLineIsNoCountOfACode() {
        ChainEntry flat = read(SNACKS, "12B 陈生 A2 D3");
        assertThat(flat.name()).isEqualTo("陈生");
        assertThat(items(flat)).containsExactly(Map.entry("A", "2"), Map.entry("D", "3"));
        assertThat(items(read(SNACKS, "3C 阿惠 C2"))).containsExactly(Map.entry("C", "2"));
        ChainEntry worded = read(SNACKS, "Flat 12B 陈太 A1 C1");
        assertThat(worded.name()).isEqualTo("陈太");
        assertThat(items(worded)).containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
        // with no code after the name the number and the letter stay an order
        assertThat(items(inAChain(SNACKS, "3C 阿惠"))).containsExactly(Map.entry("C", "3"));
        assertThat(read(SNACKS, "梅园5栋 嘻嘻哈哈 A2").name()).isEqualTo("嘻嘻哈哈");
    }

    @Test
    void aProductNamedAgainWithARemarkOrNarrowedByItsKindIsOneProduct() {
        List<CatalogItem> breakfast = List.of(
                Catalogs.item("A", "豆浆", "杯", "1号"),
                Catalogs.item("B", "油条", "根", "2号"),
                Catalogs.item("C", "茶叶蛋", "个", "3号"));
        assertThat(items(read(breakfast, "婷 1+2 豆浆不要太甜"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        List<CatalogItem> tea = List.of(
                Catalogs.item("A", "杨枝甘露（大杯）", "杯", "大杯杨枝甘露", "大杯"),
                Catalogs.item("B", "杨枝甘露（中杯）", "杯", "中杯杨枝甘露", "中杯"));
        assertThat(items(read(tea, "Tina 中杯的杨枝甘露两杯"))).containsExactly(Map.entry("B", "2"));
        List<CatalogItem> coffee = List.of(
                Catalogs.item("A", "拿铁（中杯）", "杯", "中杯拿铁", "拿铁中杯"),
                Catalogs.item("B", "拿铁（大杯）", "杯", "大杯拿铁", "拿铁大杯"),
                Catalogs.item("C", "美式（中杯）", "杯", "中杯美式", "美式中杯"),
                Catalogs.item("D", "美式（大杯）", "杯", "大杯美式", "美式大杯"));
        assertThat(items(read(coffee, "安安 拿铁 大杯 少冰"))).containsExactly(Map.entry("B", "1"));
    }

    @Test
    void questionsAndPreferencesTheRoundReads() {
        List<CatalogItem> shirts =
                List.of(Catalogs.item("A", "T恤 M码", "件", "M"), Catalogs.item("B", "T恤 L码", "件", "L"));
        assertThat(read(shirts, "天天妈 M还是L啊 孩子5岁").review()).isTrue();
        List<CatalogItem> wontons = List.of(Catalogs.item("A", "鲜肉馄饨", "袋", "馄饨"));
        assertThat(read(wontons, "黄阿婆 有荠菜的伐").review()).isTrue();
        for (String line : List.of("颜颜 2袋 可以分装两袋吗", "慧姐 2袋 微信转给你还是群收款?", "赵老师 2袋 要个头小的", "老滕 2袋 要冬储的", "萌萌 2袋 要挑大的")) {
            ChainEntry e = inAChain(RICE, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "2"));
        }
    }

    @Test
    void whatIsLeftOrWrittenAgainIsTheOrderAndTheMoneyIsNot() {
        assertThat(items(read(RICE, "毛毛 2袋 取消1袋 剩1袋"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(RICE, "慧慧 2袋 写错了,是1袋"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(RICE, "阿福 改成8袋 刚才说错了"))).containsExactly(Map.entry("A", "8"));
        assertThat(items(inAChain(RICE, "孔叔 2袋 88(已转)"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SNACKS, "老柏 A1 B1 C1 D1 每样一盒")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"), Map.entry("D", "1"));
        assertThat(items(read(SNACKS, "罗哥 A不要了 B搞两盒"))).containsExactly(Map.entry("B", "2"));
        List<CatalogItem> buns = List.of(
                Catalogs.item("A", "奶黄包", "袋", "1号"),
                Catalogs.item("B", "叉烧包", "袋", "2号"),
                Catalogs.item("C", "流沙包", "袋", "3号"));
        assertThat(items(read(buns, "佳怡 3号 2→1"))).containsExactly(Map.entry("C", "1"));
    }

    @Test
    void aNicknameOfOneCharacterAndANumeralIsNoCount() {
        List<CatalogItem> portions =
                List.of(Catalogs.item("A", "小龙虾 大份", "份", "大份", "大"), Catalogs.item("B", "小龙虾 小份", "份", "小份", "小"));
        ChainEntry e = read(portions, "小七 小份一份 十三香 不要太咸");
        assertThat(e.name()).isEqualTo("小七");
        assertThat(items(e)).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(RICE, "梁姑娘 大米嘅一袋"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(RICE, "罗哥 1袋 莫要破了的"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(inAChain(RICE, "董小姐 一袋 分两袋装可以不"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aPlaceThePostNamesBeforeTheNameIsNoName() {
        String chain = String.join(
                "\n", "#接龙 荔枝 大埔、宝安两个自提点", "例：阿明 2箱", "1. 大埔 阿辉 2箱", "2. 宝安-燕子 1箱", "3. 阿明 1箱", "4. 老表 大埔拿 1箱");
        List<CatalogItem> lychee = List.of(Catalogs.item("A", "妃子笑荔枝", "箱", "荔枝"));
        List<ChainEntry> entries = parser.parse(chain, lychee).entries();
        assertThat(entries).extracting(ChainEntry::name).containsExactly("阿辉", "燕子", "阿明", "老表");
        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "2"));
        assertThat(entries.get(0).line()).contains("大埔");
    }

    @Test
    void whereTheResidentWorksOrLivesBeforeTheNameIsNoCount() {
        for (String line : List.of("2号会议室 老葛 2袋", "2023级 阿哲 2袋", "6队 老杨 2袋", "1号线 老王 2袋", "18#-2-502 阿梅 2袋")) {
            ChainEntry e = inAChain(RICE, line);
            assertThat(e.name()).as(line).isEqualTo(line.substring(line.indexOf(' ') + 1, line.lastIndexOf(' ')));
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "2"));
        }
        for (String line : List.of("娟子 3袋 腌糖蒜", "婉儿 3袋 要削好的", "蕾蕾 3袋 要熟一点能直接吃的")) {
            ChainEntry e = read(RICE, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "3"));
        }
    }

    @Test
    void aProductLeftOutIsNotOrderedAndOneCharacterEachNamesTheProducts() {
        assertThat(items(read(CRABS, "温生 公蟹1只 母蟹唔爱"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(CRABS, "彭娭毑 公蟹 两只 礼盒莫要"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SNACKS, "小雷 B2 C2 凤爪屋里还有"))).containsExactly(Map.entry("B", "2"), Map.entry("C", "2"));
        // alone, the product is the order
        assertThat(items(read(SNACKS, "小雷 凤爪 不要辣"))).containsExactly(Map.entry("A", "1"));

        assertThat(items(read(CRABS, "阿毛 公母各3"))).containsExactly(Map.entry("A", "3"), Map.entry("B", "3"));
        List<CatalogItem> kiwis =
                List.of(Catalogs.item("A", "红心猕猴桃（大果）", "箱", "大果"), Catalogs.item("B", "红心猕猴桃（小果）", "箱", "小果"));
        ChainEntry both = read(kiwis, "满仓 大小各一");
        assertThat(both.name()).isEqualTo("满仓");
        assertThat(items(both)).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        // 红 is in both names: no product of its own, the line asks
        assertThat(read(kiwis, "满仓 红大各一").review()).isTrue();
    }

    @Test
    void theCountSettledOnOrWrittenAgainAfterTheArrowIsTheOrder() {
        assertThat(items(read(RICE, "阿辉 3袋太多 还是2袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SNACKS, "阿欽 C3 欸 还是C2好了"))).containsExactly(Map.entry("C", "2"));
        assertThat(read(SNACKS, "大米 A2 还是A1 B1好").review()).isTrue();
        assertThat(items(read(SNACKS, "Frank A2 B1 -> A2"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SNACKS, "大鹏 A1 B2→B1"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        List<CatalogItem> buns = List.of(
                Catalogs.item("A", "奶黄包", "袋", "1号"),
                Catalogs.item("B", "叉烧包", "袋", "2号"),
                Catalogs.item("C", "流沙包", "袋", "3号"),
                Catalogs.item("D", "莲蓉包", "袋", "4号"));
        assertThat(items(read(buns, "刘刘 4号x2→x3"))).containsExactly(Map.entry("D", "3"));
    }

    @Test
    void aProductDroppedLaterLooksPastARepostAndNeverCancelsAnOrderTheLeaderIsAskedAbout() {
        List<ChainEntry> reposted = parser.parse("#接龙\n1. 黄婶 A1 B1\n2. 小王 A1\n3. 黄婶 A1 B1\n4. 黄婶 B不要了", SNACKS)
                .entries();
        assertThat(reposted.get(2).reason()).isEqualTo(ReviewReason.REPEATED_LINE);
        assertThat(items(reposted.get(3)))
                .as("what the order above the repost leaves")
                .containsExactly(Map.entry("A", "1"));
        List<ChainEntry> asked =
                parser.parse("#接龙\n1. 阿鸣 A1 B1 鸭头2\n2. 阿鸣 B不要了", SNACKS).entries();
        assertThat(asked.get(0).review()).isTrue();
        assertThat(asked.get(1).cancelled())
                .as("what stays of an unclear order is unclear")
                .isFalse();
        assertThat(asked.get(1).review()).isTrue();
    }

    @Test
    void somethingTheOrderComesWithNotWantedLeavesTheOrder() {
        List<CatalogItem> flowers = List.of(Catalogs.item("A", "玫瑰花束", "束", "花束"));
        assertThat(items(read(flowers, "鹿鹿 1束 卡片不用了"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(RICE, "老曹 3袋 送的6小盒不要了"))).containsExactly(Map.entry("A", "3"));
        assertThat(read(RICE, "小鹿 1袋，想想还是不要了").cancelled())
                .as("second thoughts on the order")
                .isTrue();
        assertThat(read(RICE, "小岳 1袋 我不要了").cancelled()).isTrue();
    }
}
