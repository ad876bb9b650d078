package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth round's rules: lines that settle on a count after changing their mind or thinking again, keep the
 * order when the product may run out, put one product off, bring someone's share on top, join codes with 同 or 跟,
 * write the packing before the count, take part of the order back, name a dish that starts like a temperature, pick one
 * of several products by a word apart, and names and places (doubled words, masked names, desks, care-home rooms).
 */
class SettlingAndPackingTests extends LineReading {

    private static final List<CatalogItem> DUMPLINGS = List.of(Catalogs.item("A", "手工水饺", "盒", "水饺"));

    private static final List<CatalogItem> SPINACH = List.of(Catalogs.item("A", "本地菠菜", "斤", "菠菜"));

    private static final List<CatalogItem> FISH = List.of(
            Catalogs.item("A", "黄花鱼", "条", "A"),
            Catalogs.item("B", "带鱼", "条", "B"),
            Catalogs.item("C", "鲳鱼", "条", "C"));

    private static final List<CatalogItem> PORTIONS =
            List.of(Catalogs.item("A", "小龙虾大份", "份", "大份"), Catalogs.item("B", "小龙虾小份", "份", "小份"));

    private static final List<CatalogItem> BUNS = List.of(Catalogs.item("A", "腊汁肉夹馍", "个", "肉夹馍"));

    private static final List<CatalogItem> COFFEE = List.of(
            Catalogs.item("A", "热美式", "杯", "美式热", "A"),
            Catalogs.item("B", "冰美式", "杯", "美式冰", "B"),
            Catalogs.item("C", "拿铁", "杯", "C"));

    private static final List<CatalogItem> WONTONS =
            List.of(Catalogs.item("A", "荠菜猪肉馄饨", "袋", "1号"), Catalogs.item("B", "三鲜水饺", "袋", "3号"));

    private static final List<CatalogItem> MILK = List.of(Catalogs.item("A", "纯牛奶", "组", "牛奶"));

    @Test
    void theCountSettledOnAfterTheFirstIsTheOrder() {
        assertThat(items(read(DUMPLINGS, "宋老师 4盒 想了想吃不完 就要2盒吧"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(DUMPLINGS, "阿梅 3盒 只要1盒就行"))).containsExactly(Map.entry("A", "1"));
        ChainEntry portion = read(PORTIONS, "糯米 大份3 算了2份吧");
        assertThat(portion.review()).isFalse();
        assertThat(items(portion)).containsExactly(Map.entry("A", "2"));
        assertThat(read(DUMPLINGS, "小顾 3盒 算了").cancelled()).isTrue();
        ChainEntry oneOfTwo = read(WONTONS, "刘阿姨 1号2袋 3号2袋 算了3号拿一袋就够了");
        assertThat(oneOfTwo.review() || items(oneOfTwo).equals(Map.of("A", "2", "B", "1")))
                .as("算了 with a product named changes that product alone: %s", oneOfTwo)
                .isTrue();
    }

    @Test
    void ifThereIsNoneNeverMindKeepsTheOrderUnlessItFollowsAQuestion() {
        for (String line : List.of("阿宝 菠菜一斤半 没有就算了", "Winnie 先报4斤 冇货就算")) {
            ChainEntry e = read(SPINACH, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(e.cancelled()).as(line).isFalse();
        }
        assertThat(items(read(SPINACH, "阿宝 菠菜一斤半 没有就算了"))).containsExactly(Map.entry("A", "1.5"));
        assertThat(read(SPINACH, "凯凯 2斤 有小棵的吗 没有就算了").review()).isTrue();
    }

    @Test
    void someoneElsesShareSeparatelyIsOnTopAndMyselfIsNoProduct() {
        assertThat(items(read(SPINACH, "芬姐 2斤,我阿妈另外要2斤"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(DUMPLINGS, "阿Ken 1盒 仲有我妈咪另外要1盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SPINACH, "何伯 自己5斤 我女儿也要5斤"))).containsExactly(Map.entry("A", "10"));
        assertThat(items(read(SPINACH, "芬姐 2斤 帮我阿妈带1斤"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void codesJoinedByTongOrGenAreOrderedTogether() {
        for (String line : List.of("何太 A同C各一条", "何太 A跟C各一条")) {
            assertThat(items(read(FISH, line))).as(line).containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
        }
        ChainEntry named = read(FISH, "小同 B2");
        assertThat(named.name()).isEqualTo("小同");
        assertThat(items(named)).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void onePackOfWhatItHoldsBeforeACountInThatPackIsThePacking() {
        assertThat(items(read(MILK, "瑶瑶 3瓶一组 2组"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(MILK, "小葵 12瓶一组"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aDoubledWordIsANicknameNotALinePastedTwice() {
        ChainEntry doubled = read(DUMPLINGS, "chenchen");
        assertThat(doubled.name()).isEqualTo("chenchen");
        assertThat(items(doubled)).containsExactly(Map.entry("A", "1"));
        assertThat(read(FISH, "嗷嗷 B 2").name()).isEqualTo("嗷嗷");
        assertThat(read(DUMPLINGS, "田田 5盒田田 5盒").name()).isEqualTo("田田");
        assertThat(items(read(DUMPLINGS, "田田 5盒田田 5盒"))).containsExactly(Map.entry("A", "5"));
    }

    @Test
    void aBigGrainAskedForIsAPreferenceAndWhatTheDishIsAsks() {
        ChainEntry big = read(FISH, "春花姨 C8条,伊讲要大条的");
        assertThat(big.review()).isFalse();
        assertThat(items(big)).containsExactly(Map.entry("C", "8"));
        assertThat(read(DUMPLINGS, "小葛 1盒 今天是什么馅?").review()).isTrue();
    }

    @Test
    void aDishStartingLikeATemperatureWithItsOwnCountIsAnUnknownProduct() {
        for (String line : List.of("小于 肉夹馍1 凉皮1", "面条 凉皮2个", "阿凯 肉夹馍2 热狗1")) {
            ChainEntry e = read(BUNS, line);
            assertThat(e.review()).as(line).isTrue();
            assertThat(e.reason()).as(line).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        }
        ChainEntry hot = read(BUNS, "小于 肉夹馍1 热的");
        assertThat(hot.review()).isFalse();
        assertThat(items(hot)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void starsMaskingANameAreNoTimesSign() {
        ChainEntry masked = read(BUNS, "王** 2个");
        assertThat(masked.name()).isEqualTo("王**");
        assertThat(items(masked)).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(BUNS, "小王 肉夹馍*3"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void someoneElsesShareWrittenWithTooOrMoreThanTheOwnCountIsOnTop() {
        assertThat(items(read(MILK, "秦姐 1组 我妈也1组"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(MILK, "莎莎 1组 我婆婆要2组"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(MILK, "莎莎 2组 我婆婆要1组"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void partOfTheOrderGivenBackAndAHokkienNoNeed() {
        assertThat(items(read(DUMPLINGS, "施施 3盒 退掉1盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(DUMPLINGS, "阿良 3盒 减掉一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(DUMPLINGS, "阿水 毋免").cancelled()).isTrue();
    }

    @Test
    void thinkingAgainEndsOnTheLastCountOfTheOneProduct() {
        assertThat(items(read(MILK, "芳芳 先报2组 后来跟老公商量了还是1组"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(SPINACH, "阿珍 先要3斤 之后諗諗 都系要5斤啦"))).containsExactly(Map.entry("A", "5"));
        assertThat(items(read(DUMPLINGS, "方方 2盒 之后3栋门口取"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(SPINACH, "鹏鹏 2斤 算球 要3斤"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void wantedAfterAllAndEachOfAListedFamily() {
        assertThat(items(read(DUMPLINGS, "胡胡 取消了又想要 1盒吧"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(DUMPLINGS, "米米 水饺2盒 取消 算了还是要吧"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(DUMPLINGS, "米米 水饺2盒 取消").cancelled()).isTrue();
        assertThat(items(read(DUMPLINGS, "老高 我、我爸、我岳父每人一盒"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aDeskWithItsCodeBeforeTheNameIsAPlace() {
        for (String line : List.of("5F 工位F-3 春春 B1 C1", "工位23 春春 B1 C1")) {
            ChainEntry e = read(FISH, line);
            assertThat(e.name()).as(line).isEqualTo("春春");
            assertThat(items(e)).as(line).containsExactly(Map.entry("B", "1"), Map.entry("C", "1"));
        }
    }

    @Test
    void aProductPutOffIsNotOrderedAndAnEarlierCountVoidedLeavesThisOne() {
        assertThat(items(read(FISH, "许阿姨 A4条 C算了太贵"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(FISH, "阿森 B2条 先这样 C下周再说"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(SPINACH, "吕吕 2斤,先前说的1斤作废"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(DUMPLINGS, "华华 1盒➕1盒"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aRoomOfACareHomeBeforeTheNameIsAPlace() {
        ChainEntry e = read(FISH, "315房 何桂兰 B2");
        assertThat(e.name()).isEqualTo("何桂兰");
        assertThat(items(e)).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void aWordApartThatOnlyOneOfTheMatchingProductsIsNamedByPicksIt() {
        for (String line : List.of("橙橙 美式 冰 1", "橙橙 美式 冰的 1")) {
            assertThat(items(read(COFFEE, line))).as(line).containsExactly(Map.entry("B", "1"));
        }
        assertThat(read(COFFEE, "橙橙 美式 1").review()).isTrue();
    }
}
