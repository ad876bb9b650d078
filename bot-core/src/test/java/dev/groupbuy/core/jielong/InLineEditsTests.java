package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A line that orders and then edits its own order, after a comma, in a bracket or with 减/少 and a count. */
class InLineEditsTests extends LineReading {

    private static final List<CatalogItem> CODED = List.of(
            Catalogs.item("A", "排骨饭", "份", "A", "1号"),
            Catalogs.item("B", "牛腩饭", "份", "B", "2号"),
            Catalogs.item("C", "三鲜饭", "份", "C", "3号"),
            Catalogs.item("D", "咖喱饭", "份", "D", "4号"));

    @Test
    void aProductDroppedAfterACommaOrInABracket() {
        assertThat(items(read(CODED, "莉莉 a2 b1 d1,d不要了"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(CODED, "阿龙 A3 D1(D删掉)"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aProductsCountChangedOrTheProductSwapped() {
        assertThat(items(read(CODED, "陈陈 A1 B2 C2(B改成1)")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "2"));
        assertThat(items(read(CODED, "大刘 1号1 2号1,1号换3号"))).containsExactly(Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(CODED, "阿鲜 A1 B1(A换成B)"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(CODED, "Ada 排骨饭 牛腩饭 各1 牛腩饭换咖喱饭")))
                .as("an item the line ordered, swapped by name")
                .containsExactly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "木子 排骨饭1 三鲜饭1 → 三鲜饭换咖喱饭")))
                .containsExactly(Map.entry("A", "1"), Map.entry("D", "1"));
    }

    @Test
    void aCountTakenOffTheOneProductOrdered() {
        assertThat(items(read(CODED, "九妹 B×2 少一份"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(CODED, "蔻蔻 b3减1"))).containsExactly(Map.entry("B", "2"));
        assertThat(read(CODED, "诺诺 减1").review())
                .as("nothing on the line to take it off")
                .isTrue();
        assertThat(read(CODED, "老周 A1 B1 减1").review()).as("off which one?").isTrue();
    }

    @Test
    void aPartOfOneOfTheProductsTakenBack() {
        assertThat(items(read(CODED, "曾哥 A3 B3 C3 B取消两份")))
                .containsExactly(Map.entry("A", "3"), Map.entry("B", "1"), Map.entry("C", "3"));
        assertThat(items(read(CODED, "小甜 B2 D2 取消一份D"))).containsExactly(Map.entry("B", "2"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "周周 排骨饭2 排骨饭取消一份 咖喱饭1")))
                .as("an order after the part taken back stands beside it")
                .containsExactly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "老曾 A1 牛腩饭2份 牛腩饭退一份"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(CODED, "宝儿 A2 C1 C取消一份")))
                .as("none left of it drops it")
                .containsExactly(Map.entry("A", "2"));
        assertThat(read(CODED, "阿珍 A1 B1 B取消两份").items())
                .as("more taken back than ordered is no part of the order")
                .noneMatch(i -> i.sku().equals("B") && i.qty().signum() < 0);
    }

    @Test
    void aRemarkAfterACommaIsNoEdit() {
        assertThat(items(read(CODED, "小美 A2,不要香菜"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(CODED, "小美 A2(多放辣)"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void anEditAfterASpaceNamingAProductAlreadyOrdered() {
        assertThat(items(read(CODED, "三石 排骨饭1 牛腩饭1 排骨饭不要了"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(CODED, "一帆 A1 B1 B换成A"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(CODED, "川川 A×1 D×3 D减1"))).containsExactly(Map.entry("A", "1"), Map.entry("D", "2"));
    }

    @Test
    void anArrowToNewCountsOfWhatWasOrderedAndAnArrowToSomethingElse() {
        assertThat(items(read(CODED, "Sophie A1 B1 → B×2"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(CODED, "阿乐 B1 C1 D1 → C换A")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "俞老师 B2 → 改成D2"))).containsExactly(Map.entry("D", "2"));
        assertThat(items(read(CODED, "Tina A1 → C1"))).containsExactly(Map.entry("C", "1"));
    }

    @Test
    void aCountTakenOffInTheMiddleOfTheLine() {
        assertThat(items(read(CODED, "阿斌 A2 减1 B1"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(Catalogs.strawberries(), "阿雯 3盒 取消一盒")))
                .as("取消 with a count takes that many off")
                .containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aProductAddedWithItsCountIsNoMoreOfTheOneBefore() {
        List<CatalogItem> wings = List.of(Catalogs.item("C", "翅中", "袋", "翅中"), Catalogs.item("D", "鸡爪", "袋", "鸡爪"));
        assertThat(items(read(wings, "小李 鸡爪1袋 翅中加1袋"))).containsExactly(Map.entry("C", "1"), Map.entry("D", "1"));
    }

    @Test
    void countsGluedBetweenCodesAreNoFloors() {
        List<CatalogItem> six = List.of(
                Catalogs.item("A", "苹果", "个", "A"),
                Catalogs.item("C", "橙子", "个", "C"),
                Catalogs.item("F", "桃子", "个", "F"));
        assertThat(items(read(six, "婉婷 A2C2F1")))
                .as("2F here is two of C, then F")
                .containsExactly(Map.entry("A", "2"), Map.entry("C", "2"), Map.entry("F", "1"));
    }

    @Test
    void codesWrittenTogetherOrWithDotsBeforeEach() {
        assertThat(items(read(CODED, "晓丽 BCD 各2份")))
                .containsExactly(Map.entry("B", "2"), Map.entry("C", "2"), Map.entry("D", "2"));
        assertThat(items(read(CODED, "佳琪 A.C.D各一")))
                .containsExactly(Map.entry("A", "1"), Map.entry("C", "1"), Map.entry("D", "1"));
        assertThat(read(CODED, "AB 2份").name())
                .as("letters not before 各 are a name")
                .isEqualTo("AB");
    }

    @Test
    void aProductLeftOutThatWasNeverOrdered() {
        assertThat(items(read(CODED, "小汪 A2 B2 不要C"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(items(read(CODED, "冯姨 排骨饭两份，唔要牛腩饭")))
                .as("Cantonese, after a comma")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(CODED, "小汪 A2 B2 不要B")))
                .as("one it did order is struck")
                .containsExactly(Map.entry("A", "2"));
    }

    @Test
    void codesJoinedByDotsOrAndBeforeEach() {
        assertThat(items(read(CODED, "小冰 A.B.D 各一份")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "丸子 1.2.4各一")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "阿发 1.4各一")))
                .as("1.4 before 各 is two codes, not a count")
                .containsExactly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "钟姐 1和3各两份"))).containsExactly(Map.entry("A", "2"), Map.entry("C", "2"));
        assertThat(items(read(CODED, "Fiona 1号同2号各一"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(CODED, "阿德 1、4号各一"))).containsExactly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "小黄鸭 1,3,4号各一")))
                .containsExactly(Map.entry("A", "1"), Map.entry("C", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "阿俏 2 号 两份"))).as("the code typed apart").containsExactly(Map.entry("B", "2"));
        assertThat(items(read(CODED, "阿东 A1 C1 不要C了"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(CODED, "小莹 A1 B1 然后B改2"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(CODED, "小贾 全部来一份"))).hasSize(4).containsValue("1").doesNotContainValue("2");
        assertThat(items(parser.parse("#接龙\n1. 小熊 C1 D1\n2. 小熊 不要D了", CODED)
                        .entries()
                        .get(1)))
                .containsExactly(Map.entry("C", "1"));
        assertThat(read(CODED, "老陈 1.5份").review())
                .as("a decimal not before 各 stays a count, of no product named")
                .isTrue();
    }

    @Test
    void aNumberedRoomIsNoCode() {
        assertThat(items(read(CODED, "宝宝 2号 3份 放3号会议室"))).containsExactly(Map.entry("B", "3"));
    }

    @Test
    void aChangeThenAProductAddedWithoutACount() {
        assertThat(items(read(CODED, "小王 3号改1份 再加个1号"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
        assertThat(items(read(CODED, "小胖 1号2份改1份 加个4号"))).containsExactly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(read(CODED, "阿伟 3号改成1份 加个卤蛋").review())
                .as("an addition the deal does not sell")
                .isTrue();
    }

    @Test
    void aChangeThenAnotherProductAtTheCountItStaysAt() {
        assertThat(items(read(CODED, "阿亮 B改2份,A还是1"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
    }

    @Test
    void aCountStruckAfterAProductDropsItUnlessANewCountFollows() {
        assertThat(items(read(CODED, "小乔 A~~2~~ B2"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(CODED, "阿昌 A~~3~~ 6份"))).containsExactly(Map.entry("A", "6"));
        assertThat(read(CODED, "豆豆 A1 B1(都不要了)").cancelled()).isTrue();
        assertThat(read(CODED, "胖胖 A1 B1 C1 全删").cancelled()).isTrue();
    }

    @Test
    void onlyWhatFollows只要StaysAndAnEditAfterEveryProduct() {
        assertThat(items(read(CODED, "甜豆 A1 B1 C1 D1 只要A和D")))
                .containsExactly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "老钟 B2 只要1份"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(CODED, "杏子 每样1 C不要了")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"));
    }

    private static final List<CatalogItem> SHOP = List.of(
            Catalogs.item("A", "纸巾", "提", "纸巾"),
            Catalogs.item("B", "洗洁精", "瓶", "洗洁精"),
            Catalogs.item("C", "苹果", "箱", "苹果"),
            Catalogs.item("D", "香梨", "箱", "梨"));

    @Test
    void partOfTheOnlyProductMovedToAnotherOrTakenOffInABracket() {
        assertThat(items(read(SHOP, "小鹿 苹果3箱(1箱改成香梨)"))).containsExactly(Map.entry("C", "2"), Map.entry("D", "1"));
        assertThat(items(read(SHOP, "阿树 苹果2箱(一箱改成洗洁精3瓶)"))).containsExactly(Map.entry("B", "3"), Map.entry("C", "1"));
        assertThat(items(read(SHOP, "大漠 纸巾3提(取消一提)"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(CODED, "Echo B3 换1份D"))).containsExactly(Map.entry("B", "2"), Map.entry("D", "1"));
    }

    @Test
    void aSwapWordSetApartOrAStrikeAfterAProduct() {
        assertThat(items(read(CODED, "小安 A 换 C"))).containsExactly(Map.entry("C", "1"));
        assertThat(items(read(SHOP, "米亚 苹果 2 箱 换成香梨"))).containsExactly(Map.entry("D", "2"));
        assertThat(items(read(CODED, "团子 每样1 C删")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"));
        assertThat(items(read(CODED, "团子 A3 减二"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void anEditInABracketBetweenTwoOrdersOrSeveralEditsInOneBracket() {
        assertThat(items(read(SHOP, "秋秋 纸巾2提(纸巾不要了)苹果1箱"))).containsExactly(Map.entry("C", "1"));
        assertThat(items(read(SHOP, "秋秋 苹果2箱 香梨1箱 (香梨不要了,苹果还要1箱)"))).containsExactly(Map.entry("C", "1"));
        assertThat(items(read(SHOP, "阿远 纸巾2提 洗洁精1瓶(纸巾换苹果 洗洁精换梨)")))
                .containsExactly(Map.entry("C", "2"), Map.entry("D", "1"));
    }

    @Test
    void anEditNoRuleAppliesAsksInsteadOfCountingWhatWasTakenBack() {
        for (String line : List.of("阿远 纸巾2提 洗洁精2瓶 换1瓶梨", "阿远 纸巾2提 洗洁精1瓶(一提换成苹果)")) {
            ChainEntry entry = read(SHOP, line);
            assertThat(entry.review()).as(line).isTrue();
            assertThat(entry.reason()).as(line).isEqualTo(ReviewReason.CONFLICTING_NUMBERS);
        }
        assertThat(items(read(SHOP, "阿远 洗洁精2瓶(1瓶不要香味的)")))
                .as("a remark about the product, no edit")
                .containsExactly(Map.entry("B", "2"));
        assertThat(items(read(CODED, "阿远 A2 豆腐换青菜")))
                .as("the swap is of sides the deal does not sell")
                .containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aCorrectionSaysWhatItIsAndEverythingIsOneOfEach() {
        assertThat(items(read(CODED, "小唐 是2号 1份"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(CODED, "老范 是C 1份"))).containsExactly(Map.entry("C", "1"));
        assertThat(items(read(CODED, "大飞 A整两份 B来一份"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(CODED, "甜甜 全要")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"), Map.entry("D", "1"));
    }

    @Test
    void aChangeAfterACommaOrArrowNamesTheNewCountTheNewProductOrTheSwap() {
        assertThat(items(read(SHOP, "朵朵妈 纸巾3提,改成2 洗洁精1瓶"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(SHOP, "小谢 苹果5箱 → 改成4 香梨1箱"))).containsExactly(Map.entry("C", "4"), Map.entry("D", "1"));
        assertThat(items(read(SHOP, "小雪 苹果1箱,改成香梨1箱"))).containsExactly(Map.entry("D", "1"));
        assertThat(items(read(SHOP, "Ivy 苹果2箱,换成香梨"))).containsExactly(Map.entry("D", "2"));
        assertThat(items(read(CODED, "大伟 A1 C1,C改成D2"))).containsExactly(Map.entry("A", "1"), Map.entry("D", "2"));
    }

    @Test
    void theCountALineEndsAtAfterTakingSomeOffAndAChangeBack() {
        assertThat(items(read(SHOP, "老四 苹果少一箱 就要1箱"))).containsExactly(Map.entry("C", "1"));
        assertThat(items(read(SHOP, "王老师 苹果改回2箱"))).containsExactly(Map.entry("C", "2"));
    }

    @Test
    void everyProductButTheOneStruckAfterIt() {
        assertThat(items(read(CODED, "Winnie 每样1份 不要C")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"));
    }

    @Test
    void aMenuNumberWrittenBesideItsProductsNameIsTheProductOnce() {
        assertThat(items(read(CODED, "豆豆龙 4 咖喱饭"))).containsExactly(Map.entry("D", "1"));
        assertThat(items(read(CODED, "小肥羊 1 排骨饭 2份"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(CODED, "豆豆龙 2 咖喱饭")))
                .as("another number: a count")
                .containsExactly(Map.entry("D", "2"));
        assertThat(items(read(CODED, "老于 排骨饭 2 牛腩饭 2"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "2"));
    }

    @Test
    void aMenuNumberSetApartBeforeACountIsTheProductAndAReduplicatedProductCharacterIsANickname() {
        assertThat(items(read(CODED, "阿琳 4 一份"))).containsExactly(Map.entry("D", "1"));
        List<CatalogItem> peaches = List.of(Catalogs.item("A", "水蜜桃", "盒", "桃"));
        ChainEntry peach = read(peaches, "桃桃🍑 1盒");
        assertThat(peach.name()).isEqualTo("桃桃🍑");
        assertThat(items(peach)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aStruckOrderOfOneProductThenANewCountAndTheHusbandSigningForWendy() {
        assertThat(items(read(SHOP, "雯雯 ~~苹果2箱~~ 1箱"))).containsExactly(Map.entry("C", "1"));
        assertThat(read(SHOP, "Wendy 老公 1箱").name()).isEqualTo("Wendy 老公");
    }

    @Test
    void whatAChangeLineSaysStaysIsPartOfTheNewOrder() {
        assertThat(items(read(CODED, "晨晨 排骨饭2改3 牛腩饭不变1份"))).containsOnly(Map.entry("A", "3"), Map.entry("B", "1"));
        assertThat(items(read(CODED, "阿琴 排骨饭换成咖喱饭 1份 三鲜饭不变2份"))).containsOnly(Map.entry("D", "1"), Map.entry("C", "2"));
        assertThat(items(read(CODED, "阿香 排骨饭换成咖喱饭1份,牛腩饭三鲜饭不变各1")))
                .containsOnly(Map.entry("D", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        List<CatalogItem> pork = List.of(
                Catalogs.item("A", "前腿肉", "斤", "前腿"),
                Catalogs.item("B", "后腿肉", "斤", "后腿"),
                Catalogs.item("C", "筒骨", "斤"));
        assertThat(items(read(pork, "老严 前腿换后腿 还是2斤 筒骨不变2斤")))
                .as("a swap first on the line swaps the order, it is no side dish")
                .containsOnly(Map.entry("B", "2"), Map.entry("C", "2"));
        assertThat(items(read(CODED, "老寿星 A1 C1(改成各2份)")))
                .as("each of those ordered, not every product")
                .containsOnly(Map.entry("A", "2"), Map.entry("C", "2"));
        assertThat(items(read(CODED, "皮皮 Bx1 Cx2"))).containsOnly(Map.entry("B", "1"), Map.entry("C", "2"));
        assertThat(items(read(CODED, "伍哥 A改成2 B不变还是1"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(read(CODED, "大米 A2 还是A1 B1好").review()).isTrue();
        assertThat(read(CODED, "小雨 1号还是2号啊 都想吃").review())
                .as("one or the other")
                .isTrue();
        assertThat(items(read(CODED, "黄小厨 B1 D2 算了D不要了"))).containsExactly(Map.entry("B", "1"));
        assertThat(read(CODED, "晨晨 排骨饭2改3 排骨饭不变2份").reason())
                .as("changed and staying at once")
                .isEqualTo(ReviewReason.CONFLICTING_NUMBERS);

        List<ChainEntry> entries = parser.parse(
                        "#接龙\n1. 阿泽 排骨饭2 牛腩饭1 三鲜饭1\n2. 阿泽 排骨饭改1份 牛腩饭不变\n3. 小贾 A1\n4. 小贾 A改2 其他不变", CODED)
                .entries();
        assertThat(items(entries.get(1)))
                .as("without its count, what stays is what the earlier line ordered")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(entries.get(3).review())
                .as("nothing else was ordered to stay")
                .isTrue();
    }

    @Test
    void aLaterLineThatSaysTheRestStaysKeepsTheEarlierOrder() {
        List<ChainEntry> entries = parser.parse(
                        "#接龙\n1. 滕滕 A2 B4\n2. 滕滕 C也来1份 其他不变\n3. 小鲁 A1 C1\n4. 小鲁 C换成B 其他不动"
                                + "\n5. 阿诗玛 B2\n6. 阿诗玛 A也要1份，别的不变\n7. 小新 D1\n8. 小新 A1 其他不变",
                        CODED)
                .entries();
        assertThat(items(entries.get(1))).containsOnly(Map.entry("A", "2"), Map.entry("B", "4"), Map.entry("C", "1"));
        assertThat(items(entries.get(3)))
                .as("a swap that keeps the rest")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(entries.get(5))).containsOnly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(entries.get(7)))
                .as("the earlier order and the new product")
                .containsOnly(Map.entry("A", "1"), Map.entry("D", "1"));
        List<ChainEntry> cantonese = parser.parse(
                        "#接龙\n1. Ken仔 A1 B1 C1\n2. Ken仔 C改2份，其他唔变\n3. 陈妈妈 A2 B1\n4. 陈妈妈 B改成2份，A不變", CODED)
                .entries();
        assertThat(items(cantonese.get(1))).containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "2"));
        assertThat(items(cantonese.get(3))).containsOnly(Map.entry("A", "2"), Map.entry("B", "2"));
        List<ChainEntry> swaps = parser.parse(
                        "#接龙\n1. 小雨 3号1份 4号1份\n2. 小雨 3号换1号 咖喱饭不变\n3. 小云 C1 D1\n4. 小云 三鲜饭换成排骨饭 D不变", CODED)
                .entries();
        assertThat(items(swaps.get(1)))
                .as("the swap, and the rest as it was")
                .containsOnly(Map.entry("A", "1"), Map.entry("D", "1"));
        assertThat(items(swaps.get(3))).containsOnly(Map.entry("A", "1"), Map.entry("D", "1"));
        List<ChainEntry> both =
                parser.parse("#接龙\n1. 阿婆 A2 B1 C1 D2\n2. 阿婆 排骨饭牛腩饭都不要了", CODED).entries();
        assertThat(items(both.get(1)))
                .as("都 sums up the two products named, not the whole order")
                .containsOnly(Map.entry("C", "1"), Map.entry("D", "2"));
        List<ChainEntry> codes = parser.parse("#接龙\n1. 立夏 A1 B1 C1\n2. 立夏 A C都不要了\n3. 栗子 A1 B1 卡片不用", CODED)
                .entries();
        assertThat(items(codes.get(1)))
                .as("a letter code glued to 都不要了 is one of the products dropped")
                .containsOnly(Map.entry("B", "1"));
        assertThat(items(codes.get(2)))
                .as("a bare 不用 after a word that is no product leaves that out")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(parser.parse("#接龙\n1. 阿泽 A1 其他不变", CODED).entries().get(0)))
                .as("with no earlier line, what the line orders")
                .containsOnly(Map.entry("A", "1"));
    }

    @Test
    void editsOneAfterAnotherEachApplyToWhatTheOnesBeforeLeft() {
        assertThat(items(read(CODED, "邵姐 A1 B1（改：B2）"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(CODED, "小米粒 A1 B1（改：B2）（再改：B3）"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "3"));
        assertThat(items(read(CODED, "杰西 A2 B2 → B改1 → 再改B2"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(items(read(CODED, "杰西 A2 B2 → 改B1")))
                .as("a change word after the arrow changes one product, as the arrow alone does")
                .containsOnly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(CODED, "阿朵 A1 B1，又改成B3"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "3"));
    }

    @Test
    void moreAddedAfterAProductsCountIsMoreOfItNotAnotherMenuNumber() {
        assertThat(items(read(CODED, "二丫头 3号2 再加1"))).containsExactly(Map.entry("C", "3"));
        assertThat(items(read(CODED, "大锤 3号1 加1"))).containsExactly(Map.entry("C", "2"));
        assertThat(items(read(CODED, "小米 2 + 4")))
                .as("menu numbers added up, no product counted before them")
                .containsOnly(Map.entry("B", "1"), Map.entry("D", "1"));
    }

    @Test
    void moreAddedAfterAChangeIsOnTopOfTheChangedCount() {
        assertThat(items(read(Catalogs.strawberries(), "小蔡 2盒改3盒，再加1盒"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(Catalogs.strawberries(), "严叔 10盒 改成15盒 再加5盒"))).containsExactly(Map.entry("A", "20"));
        ChainEntry paid = parser.parse("#接龙\n1. 丽丽 2盒\n2. 丽丽 改成4盒 再补41", Catalogs.strawberries())
                .entries()
                .get(1);
        assertThat(items(paid)).as("the money paid on top, not 41 more").doesNotContainEntry("A", "45");
    }
}
