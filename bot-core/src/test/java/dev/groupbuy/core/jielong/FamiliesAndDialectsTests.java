package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lines of families sharing out one order, of old compounds and campuses, and of Wu, Hokkien and Xiang speech. */
class FamiliesAndDialectsTests extends LineReading {

    private static final List<CatalogItem> RICE = List.of(Catalogs.item("A", "东北长粒香大米", "袋", "大米"));

    private static final List<CatalogItem> JUICE = List.of(
            Catalogs.item("A", "橙汁", "瓶", "A"),
            Catalogs.item("B", "苹果汁", "瓶", "B"),
            Catalogs.item("C", "葡萄汁", "瓶", "C"));

    @Test
    void eachChildsShareAddsUpUnderTheParentsName() {
        ChainEntry split = read(JUICE, "乐乐妈 大宝A2 二宝C1");
        assertThat(split.name()).isEqualTo("乐乐妈");
        assertThat(items(split)).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));

        ChainEntry twice = read(JUICE, "航航爸 老大A2 B1，老二A1 B1");
        assertThat(twice.name()).isEqualTo("航航爸");
        assertThat(items(twice)).containsExactly(Map.entry("A", "3"), Map.entry("B", "2"));

        assertThat(items(read(JUICE, "果果妈 果果要a1 豆豆要b1"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(RICE, "小雨妈 大宝一袋 二宝两袋"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "外婆 三袋 外孙一袋孙女两袋"))).containsExactly(Map.entry("A", "3"));
        // one child only: the word may be the name's part, nothing is shared out
        assertThat(read(JUICE, "王姐 大宝A2").review()).isTrue();
    }

    @Test
    void theFamilyAskingIsTheWritersOrderAndCouplesCountTwo() {
        for (String line : List.of("周大娘 俺家老头要大米1袋", "栾姨 俺老头子一袋", "王姐 俺家那口子要1袋")) {
            ChainEntry e = read(RICE, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "1"));
        }
        assertThat(items(read(RICE, "解大娘 俺老两口一人一袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(RICE, "宋宋 阿拉一家三口每人一袋"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void rowsOfOldCompoundsAndAreasOfCampusesArePlaces() {
        ChainEntry row = read(RICE, "厉大娘 5排 3袋");
        assertThat(row.name()).isEqualTo("厉大娘");
        assertThat(items(row)).containsExactly(Map.entry("A", "3"));
        assertThat(read(RICE, "平房7排5号 崔大爷 1袋").name()).isEqualTo("崔大爷");
        assertThat(read(RICE, "俺是6排的 芦大娘 两袋").name()).isEqualTo("芦大娘");
        assertThat(read(RICE, "我是3栋的 王姐 1袋").name()).isEqualTo("王姐");

        List<CatalogItem> yogurt = List.of(Catalogs.item("A", "原味酸奶", "排", "酸奶"));
        assertThat(items(read(yogurt, "小丁 酸奶4排"))).containsExactly(Map.entry("A", "4"));

        assertThat(read(RICE, "梅园6栋-517 小鹿 2袋").name()).isEqualTo("小鹿");
        assertThat(read(RICE, "桃李1号楼 哆啦 1袋").name()).isEqualTo("哆啦");
        assertThat(read(RICE, "竹4-308 袁媛 1袋").name()).isEqualTo("袁媛");
        assertThat(read(RICE, "松园2栋-101 小雅室友 1袋").name()).isEqualTo("小雅室友");
    }

    @Test
    void aFoodSoldSeveralWaysIsTheOneTheUnitTells() {
        List<CatalogItem> goose = List.of(
                Catalogs.item("A", "烧鹅（整只）", "只", "整只"),
                Catalogs.item("B", "烧鹅（半只）", "份", "半只"),
                Catalogs.item("C", "烧鹅（斩件）", "斤", "斩件"),
                Catalogs.item("D", "蜜汁叉烧", "斤", "叉烧"));
        assertThat(items(read(goose, "林伯 烧鹅1只"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(goose, "阿好 烧鹅半只 叉烧1斤"))).containsExactly(Map.entry("B", "1"), Map.entry("D", "1"));
        assertThat(items(read(goose, "十一 烧鹅一斤半"))).containsExactly(Map.entry("C", "1.5"));
        assertThat(read(goose, "阿芬 烧鹅2").reason()).isEqualTo(ReviewReason.AMBIGUOUS_PRODUCT);

        List<CatalogItem> fish = List.of(Catalogs.item("A", "草鱼", "条"), Catalogs.item("B", "鲫鱼", "斤"));
        assertThat(read(fish, "胖哥 鱼2条").review()).isTrue(); // two fish, not one food sold two ways
    }

    @Test
    void wuHokkienAndXiangWordsOfWantingAndNotWanting() {
        List<CatalogItem> shrimp = List.of(Catalogs.item("A", "太湖白虾", "斤", "白虾"));
        for (String line : List.of("老顾 2斤 死的覅", "阿英 2斤，冷冻的覅", "毛毛 2斤,要嫩一眼眼的")) {
            assertThat(items(read(shrimp, line))).as(line).containsExactly(Map.entry("A", "2"));
        }
        assertThat(read(shrimp, "老程 白虾一眼眼").reason()).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        assertThat(items(read(shrimp, "阿公 伍斤"))).containsExactly(Map.entry("A", "5"));
        assertThat(read(shrimp, "伍姐 2斤").name()).isEqualTo("伍姐");

        List<CatalogItem> zongzi = List.of(Catalogs.item("A", "烧肉粽", "粒", "肉粽"), Catalogs.item("B", "面线", "包"));
        assertThat(items(read(zongzi, "阿惠 卜肉粽6粒 面线2包"))).containsExactly(Map.entry("A", "6"), Map.entry("B", "2"));
        assertThat(items(read(zongzi, "林林 面线5包 免两包"))).containsExactly(Map.entry("B", "3"));
        assertThat(read(zongzi, "阿宝 免了").cancelled()).isTrue();
        ChainEntry later = parser.parse("#接龙\n1. 阿惠 肉粽6粒 面线2包\n2. 阿芳 1粒\n3. 阿惠 面线免了", zongzi)
                .entries()
                .get(2);
        assertThat(items(later)).containsExactly(Map.entry("A", "6"));
        assertThat(items(read(RICE, "满哥 一袋啰"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(RICE, "二嫂 介个给我来俩"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void sayingsAndSlashesStayInTheName() {
        List<CatalogItem> shrimp = List.of(Catalogs.item("A", "太湖白虾", "斤", "白虾"));
        ChainEntry saying = read(shrimp, "半斤八两 2斤");
        assertThat(saying.name()).isEqualTo("半斤八两");
        assertThat(items(saying)).containsExactly(Map.entry("A", "2"));

        ChainEntry slashed = read(RICE, "阿强666/2袋");
        assertThat(slashed.name()).isEqualTo("阿强666");
        assertThat(items(slashed)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void askingWhatKindOrWhatIsInsideGoesToTheLeader() {
        assertThat(read(RICE, "果妈 1袋 是今年的新米吧").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(JUICE, "甜甜 这个套餐里有什么菜 A1").review()).isTrue();
    }

    @Test
    void taiwanFlatsAndNamesSetOffInBrackets() {
        ChainEntry flat = read(RICE, "9楼之1 王伯伯 4袋");
        assertThat(flat.name()).isEqualTo("王伯伯");
        assertThat(items(flat)).containsExactly(Map.entry("A", "4"));

        ChainEntry corner = read(RICE, "「九叔」1栋 大米两袋");
        assertThat(corner.name()).isEqualTo("九叔");
        assertThat(items(corner)).containsExactly(Map.entry("A", "2"));
        assertThat(read(RICE, "【C区】胖哥 3袋").name()).isEqualTo("胖哥");
    }

    @Test
    void inChaoshanSomeoneElseAlsoWantsWithAi() {
        assertThat(items(read(RICE, "阿凤 2袋 我阿妈也爱1袋"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "阿坤 2袋 阿兄也爱一袋"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void brothersSistersAndChildrenCountedBeforeEachAreHeads() {
        Map<String, String> lines = Map.of(
                "老郭 我们兄弟三个一人一袋", "3",
                "陈姐 三姐妹一人一袋", "3",
                "冬梅 我们姐妹三个一人一袋", "3",
                "菲菲妈 我家两个娃一人一袋", "2",
                "晓峰 爸妈家和我家每家一袋", "2");
        lines.forEach(
                (line, count) -> assertThat(items(read(RICE, line))).as(line).containsExactly(Map.entry("A", count)));
    }

    @Test
    void aSchoolClassWithoutItsWordBeforeTheNameIsNoName() {
        assertThat(read(RICE, "三(1) 陈一诺 1袋").name()).isEqualTo("陈一诺");
        assertThat(read(RICE, "初一(2) 王梓萱 2袋").name()).isEqualTo("王梓萱");
        assertThat(read(RICE, "六(1)班 方圆 1袋").name()).isEqualTo("方圆");
    }

    @Test
    void leavingTheListAndGroupsCountedAtWorkAndGettingOneForFamily() {
        assertThat(read(RICE, "小满 [已退出]").cancelled()).isTrue();
        assertThat(read(RICE, "老赵 甭算我了").cancelled()).isTrue();
        assertThat(items(read(RICE, "钟哥 我们组7个人 每人一袋"))).containsExactly(Map.entry("A", "7"));
        assertThat(items(read(RICE, "涂姐 两袋,帮我屋里老头也搞一袋"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void allRightAfterTheCountAndWuAndHokkienWordsForWeKeepTheOrder() {
        Map<String, String> lines = Map.of(
                "沈老师 一袋好伐", "1",
                "老雷 来三袋中不中", "3",
                "屠老师 阿拉两袋好伐", "2",
                "俞家阿婆 拨阿拉留两袋 好伐", "2",
                "施老师 吾要三袋", "3",
                "阿国 阮兜要五袋", "5");
        lines.forEach((line, count) -> {
            ChainEntry e = read(RICE, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", count));
        });
        assertThat(read(RICE, "徐老师 2袋 多一袋好伐？").review()).isTrue();
        assertThat(read(RICE, "羊羊 3袋可以吗").review()).isTrue();
    }

    @Test
    void parentsCountedTogetherAreTwoAndTheWriterLeavingThemselvesOutKeepsTheOrder() {
        assertThat(items(read(RICE, "Coco 爸妈各一袋"))).containsExactly(Map.entry("A", "2"));
        ChainEntry e = read(RICE, "韩姐 爸妈各一袋 我不要");
        assertThat(e.cancelled()).isFalse();
        assertThat(items(e)).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(RICE, "阿May 宿舍4个人 一人一袋"))).containsExactly(Map.entry("A", "4"));
        assertThat(read(RICE, "小王 2袋 我不要了").cancelled()).isTrue();
    }

    @Test
    void threeOrTwoSaidAfterWhatTheyAreOf() {
        List<CatalogItem> dumplings =
                List.of(Catalogs.item("A", "猪肉白菜水饺", "袋", "白菜"), Catalogs.item("C", "韭菜鸡蛋水饺", "袋", "韭菜"));
        assertThat(items(read(dumplings, "大壮 白菜的仨"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aNameGivenLaterInTheLineIsTheName() {
        Map<String, String> lines = Map.of(
                "好的我也要一袋我是王阿婆", "王阿婆",
                "团长你好我是老郑要两袋一袋给我儿子", "老郑",
                "我是十一栋的老魏我家老婆子说要三袋", "老魏",
                "老伴说要4袋。。我是7栋何阿姨", "何阿姨");
        lines.forEach((line, name) -> {
            ChainEntry e = read(RICE, line);
            assertThat(e.name()).as(line).isEqualTo(name);
            assertThat(e.review()).as(line).isFalse();
        });
        assertThat(read(RICE, "小敏 2袋 我是帮我妈接的").name()).isEqualTo("小敏");
    }

    @Test
    void whoEachPartOfTheWritersOwnCountIsForSplitsItAndMoreComesOnTop() {
        assertThat(items(read(RICE, "童奶奶 我要三袋啊 我给我闺女两袋 我自己一袋"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(RICE, "小敏 我要4袋 我妈1袋 我婆婆1袋 我自己2袋"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(RICE, "小敏 我要2袋 我妈要1袋"))).containsExactly(Map.entry("A", "3"));
    }
}
