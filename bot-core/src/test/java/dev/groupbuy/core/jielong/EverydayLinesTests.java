package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lines as neighbours write them beside the order: other languages, cake texts, who else, what stays. */
class EverydayLinesTests extends LineReading {

    @Test
    void englishCountsAndPossessiveNames() {
        ChainEntry sam = read(Catalogs.strawberries(), "Sam's mommy two boxes pls");
        ChainEntry angela = read(Catalogs.strawberries(), "安琪拉 one box pls 🙏");

        assertThat(sam.name()).isEqualTo("Sam's mommy");
        assertThat(items(sam)).containsExactly(Map.entry("A", "2"));
        assertThat(angela.name()).isEqualTo("安琪拉");
        assertThat(items(angela)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void eachAfterSeveralPeopleGivesEachOfThemTheCount() {
        ChainEntry three = read(Catalogs.strawberries(), "张姐、李姐、王姐 各一盒");

        assertThat(three.name()).isEqualTo("张姐、李姐、王姐");
        assertThat(items(three)).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "老葛夫妻俩 各一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿May +1"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aCancelWordWhereTheNameStandsBeforeAnOrderIsANickname() {
        for (String line : List.of("删除 草莓两盒", "取消关注 1盒", "退出群聊 1盒", "取消君 1盒")) {
            ChainEntry e = parser.parse("#接龙\n1. 阿芳 2盒\n2. 小周 1盒\n3. " + line, Catalogs.strawberries())
                    .entries()
                    .get(2);
            assertThat(e.cancelled()).as(line).isFalse();
            assertThat(e.review()).as(line).isFalse();
            assertThat(e.name()).as(line).isEqualTo(line.substring(0, line.indexOf(' ')));
        }

        assertThat(read(Catalogs.strawberries(), "阿芳 取消").cancelled()).isTrue();
        ChainEntry all = read(Catalogs.strawberries(), "大庆媳妇 全不要了 回老家过年");
        assertThat(all.cancelled()).isTrue();
        assertThat(all.name()).isEqualTo("大庆媳妇");
    }

    @Test
    void aVarietyWantedAsksButAPreferenceIsPassedOn() {
        List<CatalogItem> apples = List.of(Catalogs.item("A", "红富士苹果", "斤", "苹果"));
        for (String line : List.of("小米 苹果要阿克苏的 3斤", "小林 苹果要黄心的", "吕姐 苹果要甜的不要面的 1斤")) {
            assertThat(read(apples, line).reason()).as(line).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        }
        for (String line : List.of(
                "阿秀 苹果3斤 要熟一点的",
                "大卫 2斤 要大个的",
                "小王 苹果2斤 不要太酸的",
                "老周 3斤 要5斤左右的",
                "老许 苹果2斤 要削好皮的",
                "刁刁 2斤 要凉透的",
                "铁柱 俺家整3斤",
                "岚岚 1斤 要深红的",
                "翠花 来一斤呗")) {
            ChainEntry e = read(apples, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(e.items()).as(line).isNotEmpty();
        }
    }

    @Test
    void anotherOfTheKindWantedOrARangeOfCountsAsks() {
        List<CatalogItem> chicken = List.of(Catalogs.item("A", "散养土鸡", "只", "土鸡"));
        assertThat(read(chicken, "燕子 1只 要母鸡").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(read(chicken, "阿花 2-3只").review()).isTrue();
        assertThat(items(read(chicken, "小美 1只 要大个的"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(chicken, "5-2-301 王姐 1只").name()).isEqualTo("王姐");
    }

    @Test
    void aQuestionInTheBracketAsksAndPiecesOfANamedPackAreNoBoxes() {
        assertThat(read(Catalogs.strawberries(), "叮当 3盒(2盒寄老家可以吗)").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(Catalogs.strawberries(), "张叔 2盒(不要太熟的)").review()).isFalse();
        List<CatalogItem> balls = List.of(Catalogs.item("D", "红烧狮子头 4个装", "盒", "狮子头"));
        assertThat(read(balls, "月月 狮子头2个").reason()).isEqualTo(ReviewReason.UNIT_MISMATCH);
        assertThat(items(read(balls, "沫沫 再加一个"))).containsExactly(Map.entry("D", "1"));
    }

    @Test
    void aCherryGradeNotOnSaleAsks() {
        List<CatalogItem> cherries = List.of(Catalogs.item("A", "智利车厘子JJ级", "盒", "车厘子"));
        for (String line : List.of("老柴 JJJ 2盒", "小婉 3J的2盒", "小丸子 车厘子JJJJ 1盒")) {
            assertThat(read(cherries, line).reason()).as(line).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        }
        assertThat(items(read(cherries, "阿May JJ 1盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(cherries, "J.J 1盒").name()).isEqualTo("J.J");
        assertThat(items(read(cherries, "JJ 1盒"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void theNthProductOfANumberedMenu() {
        List<CatalogItem> menu = List.of(
                Catalogs.item("P1", "麒麟西瓜", "个", "1", "1号"),
                Catalogs.item("P2", "阳光玫瑰", "串", "2", "2号"),
                Catalogs.item("P3", "冬枣", "斤", "3", "3号"));
        assertThat(items(read(menu, "王姐 第二个要两份"))).containsExactly(Map.entry("P2", "2"));
        assertThat(items(read(menu, "大熊 第一个要两个 第3个一斤"))).containsExactly(Map.entry("P1", "2"), Map.entry("P3", "1"));
    }

    @Test
    void oneOfEachKindInNorthernWordsAndAnAcknowledgementIsNoOrder() {
        List<CatalogItem> veg =
                List.of(Catalogs.item("A", "黄瓜", "斤"), Catalogs.item("B", "西红柿", "斤"), Catalogs.item("C", "茄子", "斤"));
        assertThat(items(read(veg, "二宝爸爸 一样来一个")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(veg, "老马 一样一斤")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(read(Catalogs.strawberries(), "老王 收到").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "6栋502 来个三盒").name()).isEqualTo("6栋502");
    }

    @Test
    void theNumberOfKindsBeforeEachIsEveryProductOnlyWhenTheDealSellsThatMany() {
        List<CatalogItem> veg =
                List.of(Catalogs.item("A", "黄瓜", "斤"), Catalogs.item("B", "西红柿", "斤"), Catalogs.item("C", "茄子", "斤"));
        assertThat(items(read(veg, "麦小姐 三款各一")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(veg, "老莫 三种各2斤")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "2"), Map.entry("C", "2"));
        assertThat(read(veg, "小刚 两种各一斤").review()).as("which two of the three?").isTrue();
    }

    @Test
    void signUpsAddedWithoutANumberAfterTheLeadersTallyFollowTheList() {
        ParsedChain chain =
                parser.parse("#接龙 草莓\n1. 阿霞 1盒\n2. 阿伦 2盒\n已统计 共3盒\nVivian 2盒\n宋宋 1盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 3, 4);
        assertThat(chain.entries().get(3).name()).isEqualTo("宋宋");
        assertThat(parser.parse("#接龙 草莓\n1. 阿霞 1盒\n谢谢大家\n宋宋 1盒", Catalogs.strawberries())
                        .entries())
                .as("a sentence between the list and the line: not a sign-up after the list")
                .hasSize(1);
    }

    @Test
    void theLeadersNumberedSetsWithTheirPricesAreNoSignUps() {
        List<CatalogItem> sets =
                List.of(Catalogs.item("P1", "家常套餐", "份", "1", "家常"), Catalogs.item("P2", "火锅套餐", "份", "2", "火锅"));
        String chain = "蔬菜套餐 每天早上6点现配\n1. 家常套餐：土豆1斤+番茄1斤 12元\n2. 火锅套餐：娃娃菜+金针菇 15元\n"
                + "下单格式：房号 名字 套餐号x份数\n1. 2-502 豆包 1x1 2x1\n2. 小熙 家常两份\n3. 阿朗 2x1 已付15元";

        assertThat(parser.parse(chain, sets).entries())
                .extracting(ChainEntry::name)
                .containsExactly("豆包", "小熙", "阿朗");
        String barePrices = "私房菜接龙\n1. 家常套餐 38\n2. 火锅套餐 42\n写法：房号 名字 菜号\n1. 7-302 阿杜 1+2\n2. 顾阿姨 2x2";
        assertThat(parser.parse(barePrices, sets).entries())
                .extracting(ChainEntry::name)
                .containsExactly("阿杜", "顾阿姨");
        assertThat(parser.parse("#接龙\n1. 阿霞 13812345678\n1. 阿伦 1份", sets).isChain())
                .as("a long number is no price and must not break the reading")
                .isNotNull();
    }

    @Test
    void theSameLineUnderAnotherNumberWaitsForThePerson() {
        ParsedChain chain =
                parser.parse("#接龙 草莓\n1. 阿霞 1盒\n2. 艳艳 1盒\n3. 艳艳 1盒\n4. 阿伦 2盒\n2. 艳艳 1盒", Catalogs.strawberries());

        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("A", "1"));
        assertThat(chain.entries().get(2).reason()).isEqualTo(ReviewReason.REPEATED_LINE);
        assertThat(chain.entries().get(4).review())
                .as("a stale copy under the same number is no new line")
                .isFalse();
    }

    @Test
    void twoPeopleSigningUpTogetherAreNamedTogether() {
        assertThat(read(Catalogs.strawberries(), "阿坤&阿珍 2盒").name()).isEqualTo("阿坤&阿珍");
        assertThat(read(Catalogs.strawberries(), "Coco & Mia 1盒").name()).isEqualTo("Coco & Mia");
    }

    @Test
    void whatACakeShouldSayAndWhenIsNoQuantity() {
        List<CatalogItem> cake = List.of(Catalogs.item("A", "草莓奶油蛋糕 6寸", "个", "草莓蛋糕", "蛋糕"));

        ChainEntry withText = read(cake, "大伟 1 5.19 写:爸爸50岁生日快乐");
        ChainEntry withDate = read(cake, "阿宁 蛋糕一个 5月22 不写字");
        ChainEntry withSlash = read(cake, "Nicole 1个 5/20 写 1314 ❤️");

        assertThat(items(withText)).containsExactly(Map.entry("A", "1"));
        assertThat(withText.note()).contains("爸爸50岁生日快乐");
        assertThat(items(withDate)).containsExactly(Map.entry("A", "1"));
        assertThat(items(withSlash)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void somethingLeftOutOfAPortionIsARemarkNotACancel() {
        List<CatalogItem> lunch = List.of(Catalogs.item("A", "鳗鱼饭套餐", "份", "鳗鱼饭"));

        ChainEntry noSoup = read(lunch, "婕婕 1份 汤不要");

        assertThat(noSoup.cancelled()).isFalse();
        assertThat(items(noSoup)).containsExactly(Map.entry("A", "1"));
        assertThat(read(lunch, "浩浩 唔要了").cancelled()).isTrue();
        assertThat(read(lunch, "蓓蓓 今天不点了").cancelled()).isTrue();
    }

    @Test
    void aJinAndAHalfAndAnApproximateWeight() {
        List<CatalogItem> walnuts = List.of(Catalogs.item("A", "纸皮核桃", "斤", "核桃"));

        assertThat(items(read(walnuts, "老邢 核桃斤半"))).containsExactly(Map.entry("A", "1.5"));
        assertThat(items(read(walnuts, "阿琳 2斤左右都可以"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(walnuts, "聂姐 随便来点").review()).isTrue();
    }

    @Test
    void aNeighbourWhoseOrderComesFirstIsKnownByTheRoomNotByTheRemarkAfterIt() {
        ChainEntry entry = read(Catalogs.strawberries(), "2-1-301 1盒 电梯坏了放一楼");

        assertThat(entry.name()).isEqualTo("2-1-301");
        assertThat(items(entry)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void sameAsTheLineAboveInOtherWords() {
        ParsedChain chain = parser.parse("#接龙\n1. 老包 2盒\n2. 小龙 楼上一样", Catalogs.strawberries());

        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aCountRightAfterTheVerbAndASurnameWrittenApartFromWhoSheIs() {
        assertThat(items(read(Catalogs.strawberries(), "邓邓 我要俩"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "邓四 来仨"))).containsExactly(Map.entry("A", "3"));
        assertThat(read(Catalogs.strawberries(), "王 奶奶 2盒").name()).isEqualTo("王 奶奶");
    }

    @Test
    void aLineThatOnlyDropsOrChangesIsAnsweredByTheSameNeighboursEarlierLine() {
        ParsedChain chain = parser.parse(
                "#接龙\n1. 老唐 1号2袋 2号1袋\n2. 小米 1号1袋\n3. 老唐 2号不要了 其他不变\n4. 小米 改成3袋\n5. 新来的 改成3袋", Catalogs.dumplings());

        assertThat(items(chain.entries().get(2))).containsExactly(Map.entry("A", "2"));
        assertThat(items(chain.entries().get(3))).containsExactly(Map.entry("A", "3"));
        assertThat(chain.entries().get(4).review())
                .as("no earlier line to answer it")
                .isTrue();
    }

    @Test
    void droppingOneProductKeepsTheRestOfTheEarlierOrderAndDroppingTheOnlyOneCancels() {
        ParsedChain chain = parser.parse(
                "#接龙\n1. 小熊 1号2袋 2号1袋\n2. 阿晶 2号2袋\n3. 小熊 2号不要了\n4. 阿晶 2号不要了\n5. 新人 2号不要了", Catalogs.dumplings());

        assertThat(items(chain.entries().get(2))).containsExactly(Map.entry("A", "2"));
        assertThat(chain.entries().get(3).cancelled()).isTrue();
        assertThat(chain.entries().get(4).cancelled()).isTrue();
        assertThat(items(read(Catalogs.berries(), "吉米 再加一盒B"))).containsExactly(Map.entry("B", "1"));
    }

    @Test
    void aSwapKeepsTheEarlierQuantityAndAChangeMayAddAnotherProduct() {
        ParsedChain chain =
                parser.parse("#接龙\n1. 阿琛 1号2袋\n2. 阿琛 1号换成3号\n3. 新人 1号换成3号\n4. 阿美 1号改成2袋 加一袋2号", Catalogs.dumplings());

        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("C", "2"));
        assertThat(items(chain.entries().get(2))).containsExactly(Map.entry("C", "1"));
        assertThat(items(chain.entries().get(3))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
    }

    @Test
    void theSameOrderAsAnotherLineNamedByItsNumberOrItsName() {
        ParsedChain chain =
                parser.parse("#接龙\n1. 阿伟 1号2袋 3号1袋\n2. 小玉 和阿伟一样\n3. 老罗 跟1楼一样\n4. 老方 跟9号一样", Catalogs.dumplings());

        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));
        assertThat(items(chain.entries().get(2))).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));
        assertThat(chain.entries().get(3).review()).as("no line 9 above").isTrue();
    }

    @Test
    void aTeamGluedBeforeAColleaguesNameStaysAndASchoolClassIsNoPartOfTheName() {
        assertThat(read(Catalogs.strawberries(), "财务小蒋 1盒").name())
                .as("a team glued to the name is how the colleague calls themself")
                .isEqualTo("财务小蒋");
        assertThat(read(Catalogs.strawberries(), "人事部Coco 1盒").name()).isEqualTo("人事部Coco");
        assertThat(read(Catalogs.strawberries(), "三(2)班 王小川 1盒").name()).isEqualTo("王小川");
        assertThat(read(Catalogs.strawberries(), "4年级1班 朵朵妈妈 ×2").name()).isEqualTo("朵朵妈妈");
        assertThat(read(Catalogs.strawberries(), "2班-陈西 2盒").name()).isEqualTo("陈西");
        assertThat(read(Catalogs.strawberries(), "物业小张 1盒").name()).isEqualTo("物业小张");
        assertThat(read(Catalogs.strawberries(), "大一班 朵朵妈 2盒").name()).isEqualTo("朵朵妈");
    }

    @Test
    void aCodeChangedToAnotherCountAndAWordRightAfterTheBuildingIsTheName() {
        assertThat(items(read(Catalogs.berries(), "舒舒 B3改B2"))).containsExactly(Map.entry("B", "2"));
        List<CatalogItem> plums = List.of(Catalogs.item("A", "三华李子", "斤", "李子"));
        ChainEntry entry = read(plums, "10栋 木子 2斤 已付");
        assertThat(entry.name()).isEqualTo("木子");
        assertThat(items(entry)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aCodeAfterAChangeOrAnAddedOne() {
        ParsedChain chain = parser.parse("#接龙\n1. 小宋 A2\n2. 小宋 A换成B\n3. B哥 再来个B", Catalogs.berries());

        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("B", "2"));
        assertThat(items(chain.entries().get(2))).containsExactly(Map.entry("B", "1"));
    }

    @Test
    void aCountBeforeALetterCode() {
        assertThat(items(read(Catalogs.berries(), "CC 1A 2B")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(read(Catalogs.strawberries(), "小王 3B 2盒").name()).isEqualTo("小王");
        assertThat(items(read(Catalogs.strawberries(), "小王 3B 2盒"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void theLeadersNumberedMenuBeforeTheNumberingStartsAgainIsNoSignUp() {
        ParsedChain chain = parser.parse(
                "#接龙 春茶团\n1. 丹东草莓 2斤/盒 168\n2. 蓝莓 125g/盒 98\n接龙写数量\n\n1. 品茶人 草莓2盒\n2. 老周 蓝莓1盒", Catalogs.berries());

        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("品茶人", "老周");
    }

    @Test
    void theOnesOfAProductNoMoreDropThatProduct() {
        ParsedChain chain = parser.parse("#接龙\n1. 婷子 1号2袋 3号1袋\n2. 婷子 玉米猪肉的不要了", Catalogs.dumplings());

        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "老胡 2盒,切半的不要").cancelled()).isFalse();
    }

    @Test
    void aSizeThatNamesOneProductIsTheQuantityOfAnotherGluedBeforeIt() {
        List<CatalogItem> fruit = List.of(
                Catalogs.item("A", "仙居杨梅 5斤", "筐", "杨梅"), Catalogs.item("C", "荔枝", "斤"), Catalogs.item("D", "黄桃", "斤"));

        assertThat(items(read(fruit, "Kevin 荔枝5斤 黄桃2斤"))).containsExactly(Map.entry("C", "5"), Map.entry("D", "2"));
        assertThat(read(fruit, "团子 刷头有多大").reason()).isEqualTo(ReviewReason.QUESTION);
    }

    @Test
    void whatTheLineKeepsWithoutANumberKeepsItsEarlierQuantity() {
        ParsedChain chain =
                parser.parse("#接龙\n1. Eric 1号1袋 3号2袋\n2. Eric 1号不要了 3号还要\n3. 新人 1号不要了 3号还要", Catalogs.dumplings());

        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("C", "2"));
        assertThat(items(chain.entries().get(2))).containsExactly(Map.entry("C", "1"));
    }

    @Test
    void aNameEndingInASideIsNoPlaceUnlessADirectionComesFirst() {
        assertThat(read(Catalogs.strawberries(), "老李头 2盒").name()).isEqualTo("老李头");
    }

    @Test
    void lettersWrittenTogetherBeforeEachAreTheLeadersCodes() {
        ChainEntry entry = read(Catalogs.berries(), "胖丫 AB各一");

        assertThat(entry.name()).isEqualTo("胖丫");
        assertThat(items(entry)).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(read(Catalogs.berries(), "AB 1盒").name()).isEqualTo("AB");
    }

    @Test
    void regionalCancelsAndQuestionsAndTheMoneyPaid() {
        assertThat(read(Catalogs.strawberries(), "蛋蛋 嫑了 不好意思").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "老克勒 勿要了").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "毛毛 桂花的有冇得").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(Catalogs.strawberries(), "冬冬 对门的不要了 我自己还是2盒").cancelled())
                .isFalse();
        assertThat(items(read(Catalogs.strawberries(), "阿芳 ✅ 25已转"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void eachOfTwoPeopleNamedIsCountedAndTogetherIsNotDoubled() {
        assertThat(items(read(Catalogs.strawberries(), "小彦 我和我妈各一盒")))
                .as("the writer and her mother, a box each")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "老潘 2盒 我和我妈一人一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "龚姐 3盒 我和李姐一人一盒").review())
                .as("the counts disagree")
                .isTrue();
        assertThat(read(Catalogs.strawberries(), "雯雯 我和楼上各1").review())
                .as("a neighbour by place: the leader asks")
                .isTrue();
        assertThat(items(read(Catalogs.strawberries(), "老周 我家和隔壁各两盒")))
                .as("two households named as such, two boxes each")
                .containsExactly(Map.entry("A", "4"));
        assertThat(items(read(Catalogs.strawberries(), "阿勤 我和对门每家一盒")))
                .as("every household a box")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "夏夏 我家、我爸妈家、我公婆家每家一盒")))
                .as("three households, one after another")
                .containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "老房 我们家和我哥家每家两盒"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(Catalogs.strawberries(), "杰哥 我们办公室8个人 每人一盒")))
                .as("a longer word for the group before its head count")
                .containsExactly(Map.entry("A", "8"));
        assertThat(items(read(Catalogs.strawberries(), "金阿姨 我和1201、1202、1203每家一盒")))
                .as("flats named by their numbers, a box each")
                .containsExactly(Map.entry("A", "4"));
        assertThat(items(read(Catalogs.strawberries(), "左哥 帮楼下202和102各带一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "蔡蔡 帮楼上602带2盒")))
                .as("for the flat upstairs, no unlisted product")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "姐妹花妈妈 两个孩子每人两盒")))
                .as("两个 counts the children, not the boxes")
                .containsExactly(Map.entry("A", "4"));
        assertThat(items(read(Catalogs.berries(), "桐妈 我和我姐每人A1 B1")))
                .as("the whole order after each, for both")
                .containsOnly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(items(read(Catalogs.berries(), "悦悦 我爸妈家、我公婆家每家A1 B1")))
                .containsOnly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿芳 我和老公 2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "沈阿姨 2盒,帮隔壁带一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "燕子 我和我爸我妈每人一盒")))
                .as("three people, a box each")
                .containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "小顾 我和老公儿子一人一盒"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "阿九 给我妈和丈母娘一人一盒")))
                .as("two others, a box each")
                .containsExactly(Map.entry("A", "2"));
        List<CatalogItem> milk = List.of(Catalogs.item("A", "纯牛奶", "箱", "牛奶", "奶"));
        assertThat(read(milk, "帮三组韦奶奶 1箱").name())
                .as("奶奶 is who she is, not milk")
                .isEqualTo("韦奶奶");
        assertThat(items(read(Catalogs.strawberries(), "琪琪妈妈 我和孩子她姑各一盒")))
                .as("the child's aunt is one person")
                .containsExactly(Map.entry("A", "2"));
    }

    @Test
    void menuNumbersListedOneAfterAnother() {
        List<CatalogItem> menu = List.of(
                Catalogs.item("A", "猪肉白菜水饺", "袋", "1", "1号"),
                Catalogs.item("B", "韭菜鸡蛋水饺", "袋", "2", "2号"),
                Catalogs.item("C", "玉米猪肉水饺", "袋", "3", "3号"));

        assertThat(items(read(menu, "阿香 1、2 微辣"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(menu, "蓉儿 1 3 各两袋"))).containsExactly(Map.entry("A", "2"), Map.entry("C", "2"));
        assertThat(read(menu, "老王 1 2").review())
                .as("two bare numbers, no 、 and no 各")
                .isTrue();
    }

    @Test
    void aCorrectionMarkAndALaneBeforeTheName() {
        assertThat(read(Catalogs.strawberries(), "更正:阿国 2盒").name()).isEqualTo("阿国");
        assertThat(read(Catalogs.strawberries(), "88弄-小顾 2盒").name()).isEqualTo("小顾");
        assertThat(items(read(Catalogs.strawberries(), "小何 再来俩草莓"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aMenuCodeWrittenInAChineseNumeral() {
        assertThat(items(read(Catalogs.dumplings(), "红红 一号两袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.dumplings(), "红红 三号1袋"))).containsExactly(Map.entry("C", "1"));
        assertThat(read(Catalogs.dumplings(), "一号楼 老王 1号2袋").name()).isEqualTo("老王");
    }

    @Test
    void oneMoreWithItsUnitAndATimesSignGluedToTheLastCode() {
        assertThat(items(read(Catalogs.dumplings(), "阿达 再来袋韭菜鸡蛋"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(Catalogs.dumplings(), "邹工 1号 3号×2")))
                .containsExactly(Map.entry("A", "1"), Map.entry("C", "2"));
    }

    @Test
    void addingOneOfAMenuNumber() {
        assertThat(items(read(Catalogs.dumplings(), "老金 再加个2号"))).containsExactly(Map.entry("B", "1"));
    }

    @Test
    void theNameAfterTheOrderAndTheRoom() {
        ChainEntry entry = read(Catalogs.strawberries(), "2盒 7-1-301 周姐");

        assertThat(entry.name()).isEqualTo("周姐");
        assertThat(items(entry)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void theUnitInFrontOfATimesSign() {
        assertThat(items(read(Catalogs.strawberries(), "胖子张 盒x3"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "茉莉 盒×1 寄杭州"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aCorrectionInBracketsOrAfterAColonGivesTheNewCount() {
        assertThat(items(read(Catalogs.strawberries(), "小雨点 1盒(后改2盒)"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿香 3盒(更正:2盒)"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "肉肉 4盒 改:3盒"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "大鹏 3盒 减成2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "老严 2盒(原价30改25)"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aLoneTuiCancelsAndUndecidedLinesAreAsked() {
        ChainEntry cancel = read(Catalogs.strawberries(), "橙橙 退");

        assertThat(cancel.cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "退休老王 2盒").cancelled()).isFalse();
        assertThat(read(Catalogs.strawberries(), "二丫 看明天起不起得来").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "多多 还没想好").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "麦兜 要几盒好呢").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "小七 辣不辣的").reason()).isEqualTo(ReviewReason.QUESTION);
    }

    @Test
    void aSizeBesideTheCountSaysWhatOneHolds() {
        List<CatalogItem> rice = List.of(Catalogs.item("A", "东北大米", "袋", "大米", "米"));
        List<CatalogItem> eggs = List.of(Catalogs.item("A", "土鸡蛋", "盒", "鸡蛋"));

        assertThat(items(read(rice, "Jack 10斤大米 2袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(rice, "小侯 10斤*3"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(rice, "武老师 大米 2.5kg的一袋"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(eggs, "小童 鸡蛋 30枚的 1盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(rice, "老严 大米10斤").reason())
                .as("a size alone is a unit the deal does not sell in")
                .isEqualTo(ReviewReason.UNIT_MISMATCH);
        assertThat(read(eggs, "小柒 鸡蛋1盒 鸭蛋2盒").reason())
                .as("the count of a word the deal does not know stays its count")
                .isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
    }

    @Test
    void aNicknameStartingWithACancelWordAPaidMarkBeforeTheCountAndLessOfAPart() {
        ChainEntry emo = read(Catalogs.strawberries(), "不要emo 2盒");
        ChainEntry paid = read(Catalogs.strawberries(), "小谷💰已付 2盒");
        ChainEntry lessRice = read(List.of(Catalogs.item("A", "香辣鸡腿饭", "份", "鸡腿饭")), "老邓 微辣 饭少点");

        assertThat(emo.name()).isEqualTo("不要emo");
        assertThat(emo.cancelled()).isFalse();
        assertThat(items(emo)).containsExactly(Map.entry("A", "2"));
        assertThat(items(paid)).containsExactly(Map.entry("A", "2"));
        assertThat(items(lessRice)).containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "老邓 少点").review()).isTrue();
    }

    @Test
    void productsCodedByNumberAreOrderedByTheBareNumbersInAnExpression() {
        List<CatalogItem> flowers =
                List.of(Catalogs.item("A", "红玫瑰", "束", "1号", "玫瑰"), Catalogs.item("B", "向日葵", "束", "2号"));

        assertThat(items(read(flowers, "阿布 1+2"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(flowers, "Sara 2x2"))).containsExactly(Map.entry("B", "2"));
        assertThat(read(flowers, "老严 2").review())
                .as("a lone number could be either")
                .isTrue();
    }

    @Test
    void oneMoreOfAWordTheDealDoesNotSellIsAskedAbout() {
        List<CatalogItem> lunch = List.of(Catalogs.item("A", "卤肉饭", "份", "A"), Catalogs.item("B", "鸡排饭", "份", "B"));

        assertThat(read(lunch, "燕姐 A 少饭 加个卤蛋").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(items(read(lunch, "燕姐 A 加蛋 加辣"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(lunch, "阿豪 B 整只不剁"))).containsExactly(Map.entry("B", "1"));
    }

    @Test
    void theCountStruckThroughWithNothingAfterItCancels() {
        assertThat(read(Catalogs.dumplings(), "晓东 1号~~2袋~~").cancelled()).isTrue();
        assertThat(items(read(Catalogs.dumplings(), "晓东 1号~~2袋~~ 3袋"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void moneyPaidInTwoPartsAndAFloorAfterACode() {
        List<CatalogItem> seafood = List.of(Catalogs.item("A", "鱿鱼", "袋", "A"), Catalogs.item("B", "虾仁", "袋", "B"));

        assertThat(items(read(Catalogs.strawberries(), "阿丽 1盒 已付75+5"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(seafood, "Wendy 鱿鱼2袋 B1电梯口放着就行"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(seafood, "Wendy B1 A2"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
    }

    @Test
    void aChangeOfOneProductAndTheCountOfAnother() {
        List<CatalogItem> fish = List.of(Catalogs.item("A", "黄花鱼", "条"), Catalogs.item("B", "鲈鱼", "条"));

        assertThat(items(read(fish, "大张 黄花鱼2条改1条 鲈鱼1条"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(fish, "大张 黄花鱼2条→3条 鲈鱼2条"))).containsExactly(Map.entry("A", "3"), Map.entry("B", "2"));
        assertThat(read(fish, "大张 黄花鱼2条改1条 带鱼1条").review()).isTrue();
        assertThat(items(read(fish, "大张 黄花鱼改成3条，再加鲈鱼1条")))
                .as("a comma parts the change from the rest as a space does")
                .containsExactly(Map.entry("A", "3"), Map.entry("B", "1"));
        assertThat(read(fish, "大张 黄花鱼改成3条，2").review()).isTrue();
        assertThat(items(read(fish, "徐姐 黄花鱼原来1条 现在要3条"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "甜甜 原1盒 现2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "东北老铁 原来仨 现在整俩"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿May 原本3盒 而家2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "小芳 原本3盒 现在只要1盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "阿敏 2盒 现在就要")))
                .as("no count after now")
                .containsExactly(Map.entry("A", "2"));
    }

    @Test
    void underscoresThanksVagueCountsAndLooseContainers() {
        ChainEntry design = read(Catalogs.strawberries(), "小林_Design 1盒");
        ChainEntry lake = read(Catalogs.strawberries(), "阿朗_翠湖湾 1盒");

        assertThat(design.name()).isEqualTo("小林_Design");
        assertThat(lake.name()).isEqualTo("阿朗");
        assertThat(items(read(Catalogs.strawberries(), "一休 谢谢"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "周姐 十来个 公司团建").name()).isEqualTo("周姐");
        assertThat(read(Catalogs.strawberries(), "周姐 十来个 公司团建").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "阿珍 冇要喇 唔好意思").cancelled()).isTrue();
        assertThat(items(read(Catalogs.dumplings(), "刘叔 1号2个 谢谢"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.dumplings(), "刘叔 1号3个").reason()).isEqualTo(ReviewReason.UNIT_MISMATCH);
    }

    @Test
    void aChangeToACodeAndAClassmate() {
        List<CatalogItem> codes = List.of(Catalogs.item("A", "原味酸奶", "组", "A"), Catalogs.item("B", "草莓酸奶", "组", "B"));

        assertThat(items(read(codes, "罗先生 改A1"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(codes, "老严 改A2 B1"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(read(Catalogs.strawberries(), "张同学 草莓2盒").name()).isEqualTo("张同学");
    }

    @Test
    void menuNumbersSummedCancelledAndAfterACount() {
        List<CatalogItem> menu = List.of(
                Catalogs.item("A", "猪肉白菜水饺", "袋", "1", "1号"),
                Catalogs.item("B", "韭菜鸡蛋水饺", "袋", "2", "2号"),
                Catalogs.item("C", "玉米猪肉水饺", "袋", "3", "3号"),
                Catalogs.item("D", "三鲜水饺", "袋", "4", "4号"));

        assertThat(items(read(menu, "老刘 1+1+4"))).containsExactly(Map.entry("A", "2"), Map.entry("D", "1"));
        assertThat(items(read(menu, "黄姐 再加一个4"))).containsExactly(Map.entry("D", "1"));
        ChainEntry kept =
                parser.parse("#接龙\n1. 阿霞 1+4\n2. 阿霞 4不要了", menu).entries().get(1);
        assertThat(items(kept)).as("only product 4 goes, 1 stays").containsExactly(Map.entry("A", "1"));
    }

    @Test
    void nicknamesMadeOfANumeralOrOfAProductWord() {
        List<CatalogItem> water = List.of(Catalogs.item("A", "农夫山泉桶装水", "桶", "桶装水", "水"));

        assertThat(read(water, "阿水 H2-1203 2桶").name()).isEqualTo("阿水");
        assertThat(items(read(water, "阿水 H2-1203 2桶"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(water, "一只猫 1桶").name()).isEqualTo("一只猫");
        assertThat(read(water, "一颗松子 取消哈").name()).isEqualTo("一颗松子");
    }

    @Test
    void aNameInBracketsAfterTheOrderOrWithASurnameThatReadsAsAWeekday() {
        assertThat(read(Catalogs.strawberries(), "【王五】2盒").name()).isEqualTo("王五");
        assertThat(items(read(Catalogs.strawberries(), "【王五】2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "2盒,周九").name()).isEqualTo("周九");
        assertThat(read(Catalogs.strawberries(), "周九 2盒 周六取").note()).contains("周六取");
        assertThat(read(Catalogs.strawberries(), "喵喵家的铲屎官 1盒").name()).isEqualTo("喵喵家的铲屎官");
    }

    @Test
    void changedForAnotherProductInTheQuantityTheEarlierLineHad() {
        List<CatalogItem> crayfish =
                List.of(Catalogs.item("A", "麻辣小龙虾", "斤", "麻辣"), Catalogs.item("B", "蒜蓉小龙虾", "斤", "蒜蓉"));

        ChainEntry swapped =
                parser.parse("#接龙\n1. 老谭 麻辣3斤\n2. 老谭 改成蒜蓉的", crayfish).entries().get(1);
        ChainEntry alone = read(crayfish, "老谭 改成蒜蓉的");

        assertThat(items(swapped)).containsExactly(Map.entry("B", "3"));
        assertThat(items(alone)).containsExactly(Map.entry("B", "1"));
    }

    @Test
    void someoneElsesShareARelativeSigningForAChildAndASwappedSide() {
        List<CatalogItem> lunch = List.of(Catalogs.item("A", "家常套餐", "份", "套餐"));

        assertThat(items(read(Catalogs.strawberries(), "刘姐 我同事也要1盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "Jerry.Z 再帮老板带1盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "小莫 鸭蛋也要2盒").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(read(Catalogs.strawberries(), "周子涵 外婆 1盒").name()).isEqualTo("周子涵 外婆");
        assertThat(read(Catalogs.strawberries(), "多多妈妈 再加草莓1盒").name()).isEqualTo("多多妈妈");
        assertThat(items(read(lunch, "老冯 3栋 1份 鱼换成豆腐"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void changesBetweenProductsAndAnAddedDish() {
        List<CatalogItem> veg = List.of(
                Catalogs.item("A", "蔬菜箱（大份）", "箱", "大份"),
                Catalogs.item("B", "蔬菜箱（小份）", "箱", "小份"),
                Catalogs.item("C", "散养鸭蛋", "盒", "鸭蛋"));
        List<CatalogItem> mushrooms =
                List.of(Catalogs.item("A", "杏鲍菇", "斤"), Catalogs.item("B", "金针菇", "包"), Catalogs.item("C", "香菇", "斤"));
        List<CatalogItem> lunch = List.of(Catalogs.item("A", "蒲烧鳗鱼饭", "份", "鳗鱼饭"), Catalogs.item("B", "味噌汤", "份"));

        assertThat(items(read(veg, "一一 大份改小份"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(mushrooms, "安然 杏鲍菇2斤→1斤 金针菇2包")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(mushrooms, "丹丹 杏鲍菇1斤 香菇1斤 加到各2斤")))
                .containsExactly(Map.entry("A", "2"), Map.entry("C", "2"));
        assertThat(items(read(lunch, "阿Ben 鳗鱼饭 加一份味噌汤"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
    }

    @Test
    void litresBesideTheCountAndSizesDescribedWithDe() {
        List<CatalogItem> oil =
                List.of(Catalogs.item("A", "压榨花生油", "桶", "花生油", "A"), Catalogs.item("B", "菜籽油", "桶", "B"));
        List<CatalogItem> sauce = List.of(Catalogs.item("A", "海天生抽", "瓶", "生抽"));

        assertThat(items(read(oil, "阿卜 B 5L 1桶"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(oil, "罗老师 花生油5L的1桶"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(sauce, "阿威 生抽1.9L的来2瓶"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(sauce, "老葛 250ml的两瓶"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aCountInTheDealsUnitTimesACount() {
        List<CatalogItem> beef = List.of(Catalogs.item("A", "谷饲牛腩", "kg", "牛腩"));
        List<CatalogItem> rice = List.of(Catalogs.item("A", "东北大米", "袋", "大米"));

        assertThat(items(read(beef, "小莫 1kg x2"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(rice, "小莫 2袋×2"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(rice, "小侯 10斤 x3"))).as("a size, then the count").containsExactly(Map.entry("A", "3"));
    }

    @Test
    void eachOfTheProductsAWordFitsAndOneOfEveryProductInItsOwnUnit() {
        List<CatalogItem> dumplings = List.of(
                Catalogs.item("A", "鲜肉粽", "袋", "肉粽", "粽子"),
                Catalogs.item("B", "蛋黄粽", "袋", "粽子"),
                Catalogs.item("C", "咸鸭蛋", "盒", "鸭蛋"));

        assertThat(items(read(dumplings, "阿黄 粽子各来一袋"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(read(dumplings, "阿绿 粽子2袋").reason()).isEqualTo(ReviewReason.AMBIGUOUS_PRODUCT);
        assertThat(items(read(dumplings, "阿蓝 每样一盒")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(read(dumplings, "阿紫 每样一斤").review())
                .as("by weight, what one of each means is asked")
                .isTrue();
    }

    @Test
    void aCardTextInsideTheBracketAfterTheOrder() {
        List<CatalogItem> flowers = List.of(Catalogs.item("A", "康乃馨花束", "束", "康乃馨", "A"));

        ChainEntry entry = read(flowers, "芳芳 A2(一束卡片写「妈妈辛苦了」)");

        assertThat(entry.name()).isEqualTo("芳芳");
        assertThat(items(entry)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aNumberWrittenInTheProductsNameIsTheProductNotACount() {
        List<CatalogItem> milk = List.of(Catalogs.item("A", "飞鹤星飞帆3段 700g", "罐"));
        List<CatalogItem> cake = List.of(Catalogs.item("A", "6寸巴斯克芝士蛋糕", "个", "巴斯克"));

        assertThat(items(read(milk, "豆豆妈 3段2罐"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(milk, "朵拉 3段 x2"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(cake, "瑶瑶 6寸2个"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(cake, "小莫 8寸1个").review()).as("a size not on sale").isTrue();
    }

    @Test
    void initialsAMiddleDotAndAProductWordWithAnEmoji() {
        List<CatalogItem> peaches = List.of(Catalogs.item("A", "水蜜桃", "盒", "蜜桃", "桃子"));

        assertThat(read(peaches, "M.J. 1盒").name()).isEqualTo("M.J.");
        assertThat(read(peaches, "Alan W. 2盒").name()).isEqualTo("Alan W.");
        assertThat(read(peaches, "沈·大侠 1盒").name()).isEqualTo("沈·大侠");
        ChainEntry peach =
                parser.parse("#接龙\n1. 大黄 1盒\n2. 蜜桃🍑 2盒", peaches).entries().get(1);
        assertThat(peach.name()).isEqualTo("蜜桃🍑");
        assertThat(items(peach)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aChangeThatSaysTheRestStaysKeepsTheNeighboursEarlierOrder() {
        List<CatalogItem> fish = List.of(
                Catalogs.item("A", "带鱼", "kg"), Catalogs.item("B", "黄鱼", "条"), Catalogs.item("C", "大虾", "kg", "虾"));

        List<ChainEntry> entries = parser.parse("#接龙\n1. 老K 带鱼1kg 虾2kg\n2. 老K 带鱼改成2kg,虾不变\n3. 老K 带鱼加到4kg 其他不变", fish)
                .entries();

        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "2"), Map.entry("C", "2"));
        assertThat(items(entries.get(2))).containsExactly(Map.entry("A", "4"), Map.entry("C", "2"));
        assertThat(read(fish, "老K 带鱼改成2kg,虾不变").review())
                .as("no earlier line: how much prawn stays is not written, so it asks")
                .isTrue();
    }

    @Test
    void clothesSizesAreNoCountsAndMoreEverydayCancelsAndHesitations() {
        List<dev.groupbuy.core.deal.CatalogItem> shirts = List.of(Catalogs.item("A", "纯棉T恤", "件", "T恤"));
        assertThat(items(read(shirts, "阿栋 藏青2XL"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(shirts, "阿栋 3XL 2件"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "小马 不整了").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "康康 不要喽").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "小满 等我问下老公").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "小丁 先记上我").review()).isTrue();
    }

    @Test
    void aBuildingWrittenWithASpaceAndAQuestionAfterALatinName() {
        ChainEntry building = read(Catalogs.strawberries(), "8 号楼 杨姐 1盒");
        assertThat(building.name()).isEqualTo("杨姐");
        assertThat(items(building)).containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "Ivy 有大盒的吗").name()).isEqualTo("Ivy");
        assertThat(read(Catalogs.strawberries(), "Lily 王 2盒").name()).isEqualTo("Lily 王");
    }

    @Test
    void nicknamesWithDigitsAfterAnUnderscoreAnInitialAMeasureOrACodeAfter阿() {
        assertThat(read(Catalogs.strawberries(), "面包控_88 2盒").name()).isEqualTo("面包控_88");
        assertThat(read(Catalogs.strawberries(), "Alan D. 2盒").name()).isEqualTo("Alan D.");
        assertThat(read(Catalogs.strawberries(), "吃货一枚 2盒").name()).isEqualTo("吃货一枚");
        assertThat(items(read(Catalogs.strawberries(), "吃货一枚 2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "阿K47 1盒").name()).isEqualTo("阿K47");
    }

    @Test
    void aPlaceBeforeALetterCodeAPackInTheProductsNameAndNeverMind() {
        List<CatalogItem> coded = List.of(
                Catalogs.item("A", "草鱼", "斤", "A"), Catalogs.item("B", "鲈鱼", "斤", "B"), Catalogs.item("C", "料包", "包"));
        ChainEntry basement = read(coded, "凯文 A1斤 地库B2");
        assertThat(items(basement)).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(coded, "老宋 A5斤 料包不用"))).containsExactly(Map.entry("A", "5"));
        assertThat(items(read(coded, "小七 A5斤 算了A2斤就行"))).containsExactly(Map.entry("A", "2"));
        List<CatalogItem> noodles = List.of(Catalogs.item("A", "火鸡面5连包", "袋", "火鸡面"));
        assertThat(items(read(noodles, "阿辉 5连包 1袋"))).containsExactly(Map.entry("A", "1"));
        ChainEntry neverMind = read(noodles, "小猪佩奇 算了不要了");
        assertThat(neverMind.name()).isEqualTo("小猪佩奇");
        assertThat(neverMind.cancelled()).isTrue();
    }

    @Test
    void regionalWordsAndAnElderTypingWithoutSpaces() {
        assertThat(read(Catalogs.strawberries(), "钱阿婆 覅了").cancelled()).isTrue();
        assertThat(items(read(Catalogs.strawberries(), "黄伯 攞三盒 唔该"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "刘孃孃 要得 两盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "李嬢 有莫得大盒的").review()).isTrue();
        ChainEntry elder = read(Catalogs.strawberries(), "王阿姨要草莓三盒");
        assertThat(elder.name()).isEqualTo("王阿姨");
        assertThat(items(elder)).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aHesitationOrAQuestionWordIsNoNameAndALoneLetterBeforeACountIsNoSecondName() {
        ChainEntry room = read(Catalogs.strawberries(), "3-2-1006 看情况");
        assertThat(room.name()).isEqualTo("3-2-1006");
        assertThat(room.review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "茶痴老郑 有大盒的吗").name()).isEqualTo("茶痴老郑");
        assertThat(read(Catalogs.strawberries(), "艾伦 B×2").name()).isEqualTo("艾伦");
    }

    @Test
    void aRemarkAfterAnOrderThatFollowsARoomLeavesTheRoomAsTheName() {
        assertThat(read(Catalogs.strawberries(), "4-4-404 草莓x1 不洗").name()).isEqualTo("4-4-404");
        assertThat(read(Catalogs.strawberries(), "1-2-1202 1盒 北").name()).isEqualTo("1-2-1202");
        assertThat(read(Catalogs.strawberries(), "2盒 7-1-301 周姐").name()).isEqualTo("周姐");
    }

    @Test
    void aTotalThatDisagreesAsksAndATotalAloneIsTheCount() {
        ChainEntry disagree = read(Catalogs.strawberries(), "阿桑 2盒 共3盒");
        assertThat(disagree.review()).isTrue();
        assertThat(disagree.reason()).isEqualTo(ReviewReason.CONFLICTING_NUMBERS);
        assertThat(items(read(Catalogs.strawberries(), "阿木 2盒 共2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿水 共3盒"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "梅子 4盒 共72元已转"))).containsExactly(Map.entry("A", "4"));
    }

    @Test
    void aDeskOrParkingSpaceWithItsCodeIsANote() {
        ChainEntry desk = read(Catalogs.strawberries(), "工位C-18 行政小蒋 2盒");
        assertThat(desk.name()).isEqualTo("行政小蒋");
        assertThat(items(desk)).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "2盒 工位D-20 Jenny Li").name()).isEqualTo("Jenny Li");
    }

    @Test
    void whatThePersonSaysIsNoName() {
        assertThat(read(Catalogs.strawberries(), "T3-0405 能给我留两盒散的吗").name()).isEqualTo("T3-0405");
        assertThat(read(Catalogs.strawberries(), "A区5-1203 团长莉莉 我自己再加2盒").name())
                .isEqualTo("团长莉莉");
    }

    @Test
    void aWordForAKindOfProductSeveralProductsAreAsksWhichOne() {
        List<CatalogItem> bread =
                List.of(Catalogs.item("A", "奶酪包", "个"), Catalogs.item("B", "红豆面包", "个"), Catalogs.item("C", "法棍", "根"));
        ChainEntry entry = read(bread, "花花 面包 2个");
        assertThat(entry.review()).isTrue();
        assertThat(entry.reason()).isEqualTo(ReviewReason.AMBIGUOUS_PRODUCT);
        assertThat(items(read(bread, "花花 红豆面包 2个"))).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void theLeadersOwnLineIsSignedByTheLeader() {
        assertThat(read(Catalogs.strawberries(), "团长 自留2盒").name()).isEqualTo("团长");
        assertThat(read(Catalogs.strawberries(), "3座2201 团长 2盒").name()).isEqualTo("团长");
    }

    @Test
    void aLineWrittenForSomeoneElseBearsTheirName() {
        List<CatalogItem> apples = List.of(Catalogs.item("A", "红富士苹果", "箱", "苹果"));

        assertThat(read(apples, "帮31号孙阿婆 1箱").name()).isEqualTo("孙阿婆");
        assertThat(read(apples, "小王 帮15号楼刘奶奶 1箱 放岗亭").name()).isEqualTo("刘奶奶");
        assertThat(read(apples, "刘叔 帮对门王奶奶订1箱").name()).isEqualTo("王奶奶");
        assertThat(read(apples, "许许 替隔壁王奶奶 2箱").name()).isEqualTo("王奶奶");
        assertThat(read(apples, "小王 帮我妈 2箱").name())
                .as("a family word names nobody")
                .isEqualTo("小王");
        assertThat(read(apples, "朱朱 帮开壳 1箱").name()).as("a service asked for").isEqualTo("朱朱");
        assertThat(read(apples, "老骆 帮12栋 小李 1箱").name()).isEqualTo("小李");
        assertThat(read(apples, "严严 替我妈 2箱").review())
                .as("the writer orders for the family")
                .isFalse();
    }

    @Test
    void aQuestionAboutWhenOrWhereLeavesAWrittenOrderAndAQuestionAboutTheOrderAsks() {
        List<CatalogItem> apples = List.of(Catalogs.item("A", "红富士苹果", "箱", "苹果"));

        assertThat(items(read(apples, "Winnie 3箱 几点到?"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(apples, "姜姨 1箱 周日下午取行不"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(apples, "晴天 1箱(周六不在 周日取可以吗)"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(apples, "阿东 1箱 有小的吗?").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(items(read(apples, "罗姐 1箱 送人的,能单独包装吗?")))
                .as("how it is packed: the order stands")
                .containsExactly(Map.entry("A", "1"));
        assertThat(read(apples, "甜甜圈 苹果能放几天?").review()).as("no count written").isTrue();
        assertThat(read(apples, "三娃 1箱 酸不酸哦?酸的话就算了").reason())
                .as("a cancel on a condition is no cancel yet")
                .isEqualTo(ReviewReason.QUESTION);
    }

    @Test
    void aLetterCodeGluedToAPlaceIsThePlaceAndTheRestEachMeansTheProductsNotNamed() {
        List<CatalogItem> coffee = List.of(
                Catalogs.item("A", "美式", "杯", "A"),
                Catalogs.item("B", "拿铁", "杯", "B"),
                Catalogs.item("C", "卡布奇诺", "杯", "C"),
                Catalogs.item("D", "摩卡", "杯", "D"));

        assertThat(items(read(coffee, "老付 B2会议室 C1"))).containsExactly(Map.entry("C", "1"));
        assertThat(items(read(coffee, "琳达 A2 放B1车库门口"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(coffee, "麦子 A2 其余各一")))
                .containsOnly(Map.entry("A", "2"), Map.entry("B", "1"), Map.entry("C", "1"), Map.entry("D", "1"));
    }

    @Test
    void whatAnElderTypesAfterTheCountIsARemarkAndOnePerPersonIsCounted() {
        List<CatalogItem> pork = List.of(Catalogs.item("A", "土猪五花肉", "斤", "五花肉"));

        assertThat(items(read(pork, "刘奶奶要两斤半过年用"))).containsExactly(Map.entry("A", "2.5"));
        assertThat(items(read(pork, "吕奶奶要两斤我下午来拿"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(pork, "赵叔 半斤先尝尝"))).containsExactly(Map.entry("A", "0.5"));
        assertThat(items(read(pork, "大伟 我和我哥一人一斤"))).as("one each, two in all").containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aPupilsNumberALatinTeamAndAChildsNameBeforeAParentAreReadAsSchoolAndOfficeGroupsWriteThem() {
        List<CatalogItem> fruit = List.of(Catalogs.item("A", "砂糖橘", "箱", "砂糖橘"));

        assertThat(read(fruit, "12-孙悦妈妈 1箱").name()).isEqualTo("孙悦妈妈");
        assertThat(items(read(fruit, "12-孙悦妈妈 1箱"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(fruit, "HR Amanda 1箱").name()).isEqualTo("Amanda");
        assertThat(read(fruit, "HR-Vicky 1箱").name()).isEqualTo("Vicky");
        assertThat(read(fruit, "周子轩爸爸 1箱+1箱").name()).isEqualTo("周子轩爸爸");
        assertThat(read(fruit, "云景苑小周 1箱").name())
                .as("a compound before a name still goes")
                .isEqualTo("小周");
        assertThat(read(fruit, "学号17 李想 1箱").name()).isEqualTo("李想");
        assertThat(items(read(fruit, "05 陈梓萌 1箱"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(fruit, "小范 给隔壁老孙带一箱").name()).isEqualTo("老孙");
        assertThat(read(fruit, "朵朵妈 帮同事莉莉订2箱").name()).isEqualTo("莉莉");
        assertThat(read(fruit, "吴家豪奶奶 帮孙子订 1箱").name()).isEqualTo("吴家豪奶奶");
        assertThat(items(read(fruit, "阿成伯 阮卜两箱 多谢"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(fruit, "村东头老赵 两箱").name()).isEqualTo("老赵");
        assertThat(read(fruit, "桥头李嫂 2箱").name()).isEqualTo("李嫂");
        assertThat(read(fruit, "村口老刘 1箱").name()).isEqualTo("老刘");
        assertThat(read(fruit, "老吕 照上次的来").review()).isTrue();
    }

    @Test
    void aKindOfFoodAsksWhenAnotherProductIsOfThatKindThoughItsNameDoesNotSaySo() {
        List<CatalogItem> apples = List.of(
                Catalogs.item("A", "阿克苏冰糖心苹果", "箱", "阿克苏"),
                Catalogs.item("B", "烟台红富士", "箱", "红富士"),
                Catalogs.item("C", "库尔勒香梨", "箱", "香梨"));

        assertThat(read(apples, "老K 苹果2箱").reason()).isEqualTo(ReviewReason.AMBIGUOUS_PRODUCT);
        assertThat(items(read(apples, "老K 冰糖心2箱"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(apples, "老K 梨1箱"))).as("one pear on sale").containsExactly(Map.entry("C", "1"));
    }

    @Test
    void oneMoreOfEachNamedAndAChangeMarkedInABracket() {
        List<CatalogItem> boxes = List.of(Catalogs.item("A", "大礼盒", "盒", "大盒"), Catalogs.item("B", "小礼盒", "盒", "小盒"));

        assertThat(items(read(boxes, "老方 大盒×1 小盒×1 各加1"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(items(read(boxes, "大头 小盒3【改】小盒4"))).containsExactly(Map.entry("B", "4"));
        assertThat(items(read(boxes, "老谢 小盒3(改)放门卫")))
                .as("a note that the line was edited")
                .containsExactly(Map.entry("B", "3"));
    }

    @Test
    void aCancelOrSwapThatWaitsForAnAnswerAsks() {
        List<CatalogItem> flowers = List.of(Catalogs.item("A", "红玫瑰", "束", "玫瑰"), Catalogs.item("B", "向日葵", "束"));

        assertThat(read(flowers, "凯凯 玫瑰1束 有粉色的吗 没有就算了").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(flowers, "晴天 玫瑰1束 要是有向日葵就换向日葵").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(flowers, "贝儿 玫瑰2束 向日葵要是开得好就加一束").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(flowers, "宏哥 A1还是A2好").review()).isTrue();
        assertThat(read(flowers, "小胡 不要哒 过几天回老家").cancelled())
                .as("no question there")
                .isTrue();
        assertThat(items(read(flowers, "阿泽 向日葵2束 能开发票吗"))).containsExactly(Map.entry("B", "2"));
        assertThat(read(flowers, "12F-Amy 帮Lucy再带一束玫瑰").name()).isEqualTo("Lucy");
    }

    @Test
    void aCupEachWithItsSugarIsABreakdownAndHalfSugarIsNoHalfCup() {
        List<CatalogItem> tea = List.of(Catalogs.item("A", "杨枝甘露", "杯"), Catalogs.item("B", "芋泥波波", "杯"));

        assertThat(items(read(tea, "Jolin 杨枝甘露x2 一杯三分糖一杯半糖"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(tea, "Grace 芋泥波波 ×2 一杯七分糖一杯五分糖"))).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void theDishTheFoodGoesIntoIsARemark() {
        List<CatalogItem> meat = List.of(
                Catalogs.item("A", "鲜鸡腿", "斤", "鸡腿"),
                Catalogs.item("B", "黄牛肉", "斤", "牛肉"),
                Catalogs.item("C", "生姜", "斤", "姜"));

        assertThat(items(read(meat, "芝芝 鸡腿1斤半 炸鸡腿"))).containsExactly(Map.entry("A", "1.5"));
        assertThat(items(read(meat, "丽姐 牛肉2斤 绞馅 包牛肉饺子"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(meat, "小洁 生姜一斤 煮姜汤"))).containsExactly(Map.entry("C", "1"));
        assertThat(read(meat, "老王 牛肉1斤 炖鸡腿2斤").review())
                .as("a product with a count of its own is no remark: not read as the beef alone")
                .isTrue();
    }

    @Test
    void aNameSaidInASentenceAndARoomReadOutInWords() {
        List<CatalogItem> pork = List.of(Catalogs.item("A", "土猪五花肉", "斤", "五花肉"));

        assertThat(read(pork, "我是六栋的刘阿姨,五花肉给我来两斤,切成片。").name()).isEqualTo("刘阿姨");
        assertThat(read(pork, "花园路那栋的魏阿姨 二斤").name()).isEqualTo("魏阿姨");
        assertThat(read(pork, "晨跑的大叔 二斤").name())
                .as("a nickname, no place before 的")
                .isEqualTo("晨跑的大叔");
        assertThat(read(pork, "十二栋二单元陈爷爷要两斤").name()).isEqualTo("陈爷爷");
        assertThat(read(pork, "八栋三零二 五花肉一斤").name()).isEqualTo("八栋三零二");
        assertThat(read(pork, "黄sir 肉2斤").name())
                .as("the word glued to the count starts the order")
                .isEqualTo("黄sir");
        assertThat(read(pork, "Kiki 五花肉1斤").name()).isEqualTo("Kiki");
        assertThat(items(read(pork, "阿May 一斤半 28.5"))).as("what it costs").containsExactly(Map.entry("A", "1.5"));
        assertThat(items(read(pork, "三妹 半斤 9块5"))).containsExactly(Map.entry("A", "0.5"));
        assertThat(read(pork, "5/2/1101 3斤").name()).isEqualTo("5/2/1101");
        assertThat(items(read(pork, "小芳妈妈 一点五斤"))).containsExactly(Map.entry("A", "1.5"));
        assertThat(read(pork, "呃 我是戴阿姨 五花肉要一斤半 切丝。").name()).isEqualTo("戴阿姨");
        assertThat(read(pork, "王阿婆 拿十块钱的").review())
                .as("money's worth, no count")
                .isTrue();
        assertThat(items(read(pork, "赵阿姨 那个五花肉啊我要两斤半啊")))
                .as("what voice input adds")
                .containsExactly(Map.entry("A", "2.5"));
        assertThat(items(read(pork, "福婶 再添2斤"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(pork, "虎妞 五花肉整俩"))).as("整: the north-east's want").containsExactly(Map.entry("A", "2"));
        assertThat(items(read(pork, "魏姐 我看一下啊嗯五花肉要两斤吧就两斤"))).as("said again").containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aCancelOfSomethingThatIsNoOrderLeavesTheOrder() {
        List<CatalogItem> crabs = List.of(Catalogs.item("A", "大闸蟹", "只", "螃蟹"));

        assertThat(items(read(crabs, "小阳 3只→2只 同事不要了"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(crabs, "芳姐 改一只 另一只不要了"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(crabs, "Yolanda 1只 蒸好,壳不要了"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(crabs, "贝贝妈 1只 找零2块不用了"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(crabs, "幺妹儿 算了 只整一只"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(crabs, "老卜 算了 少要一只").reason())
                .as("one less, not none")
                .isEqualTo(ReviewReason.CONFLICTING_NUMBERS);
    }

    @Test
    void twoCountsOfTheOneProductSoldInThatUnitAsk() {
        List<CatalogItem> fruit = List.of(Catalogs.item("A", "智利车厘子", "箱", "车厘子"), Catalogs.item("B", "蓝莓", "盒"));

        assertThat(read(fruit, "蒋老师 车厘子1箱 2箱").reason()).isEqualTo(ReviewReason.CONFLICTING_NUMBERS);
        assertThat(items(read(fruit, "阿宝 车厘子2箱 蓝莓1盒"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "1"));
    }

    @Test
    void countsInMeasureWordsTheProductIsNotSoldInAsk() {
        List<CatalogItem> corn = List.of(Catalogs.item("A", "东北黏玉米 10穗/袋", "袋", "玉米"));
        List<CatalogItem> tofu = List.of(Catalogs.item("A", "卤水老豆腐", "斤", "豆腐"));

        assertThat(read(corn, "三哥 20穗").reason()).isEqualTo(ReviewReason.UNIT_MISMATCH);
        assertThat(read(tofu, "李二哥 两块").reason()).as("pieces, not yuan").isEqualTo(ReviewReason.UNIT_MISMATCH);
        assertThat(items(read(tofu, "贝贝妈 2斤 找零2块不用了"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(tofu, "阿芳 2斤 已付12块"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(tofu, "张嫂 3斤 纸箱不要了直接给我"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(tofu, "俞老师 一斤就好,另一斤勿要了"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(tofu, "沈老师 二斤调成四斤"))).as("调成: changed to").containsExactly(Map.entry("A", "4"));
        assertThat(items(read(tofu, "于姐 再加1斤,一共2斤")))
                .as("the total with the earlier line")
                .containsExactly(Map.entry("A", "1"));
        assertThat(items(read(tofu, "陈伯 减返6斤得啦"))).containsExactly(Map.entry("A", "6"));
        assertThat(read(tofu, "宝妈小文 这周多要1斤").name()).isEqualTo("宝妈小文");
    }

    @Test
    void aCountGluedToItsProductIsItsOwnWhateverFollows() {
        List<CatalogItem> fish = List.of(
                Catalogs.item("A", "草鱼", "条"), Catalogs.item("B", "卤水老豆腐", "块", "豆腐"), Catalogs.item("C", "芒果", "盒"));

        assertThat(items(read(fish, "芬芬草鱼一条豆腐两块红烧用"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(fish, "小樱 每样一份,芒果多要一盒")))
                .as("one more of the mango only")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "2"));
    }

    @Test
    void regionalCancelsAndQuestionsOnlyAboutCollecting() {
        for (String line : List.of(
                "马师 不要咧",
                "刘老师 算咧算咧",
                "阿忠 先不要喔,歹势",
                "谢伯 冇爱了",
                "老应 弗要了",
                "贾婶 算了哇",
                "小龙女 不消了",
                "老吴 勿要哉",
                "Ben Cancel 🙏",
                "Winnie cancel咗")) {
            assertThat(read(Catalogs.strawberries(), line).cancelled()).as(line).isTrue();
        }
        for (String line : List.of("榕树下 1盒 酸不酸啊 酸就算了", "薄荷 2盒 甜不甜 不甜就不要了")) {
            assertThat(read(Catalogs.strawberries(), line).reason()).as(line).isEqualTo(ReviewReason.QUESTION);
        }
        assertThat(read(Catalogs.strawberries(), "阿芳 那就算了").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "春卷 我的不要了").cancelled())
                .as("the writer's own")
                .isTrue();
        assertThat(read(Catalogs.strawberries(), "老王 1盒 我的不要了").items())
                .as("not one box")
                .isEmpty();
        for (String line : List.of("卓姐 1盒 能切开吗", "周老师 1盒 现金给可以吗", "钱老师 1盒 路上会不会压坏")) {
            assertThat(items(read(Catalogs.strawberries(), line))).as(line).containsExactly(Map.entry("A", "1"));
        }
        assertThat(read(Catalogs.strawberries(), "老周 1盒 有大的吗").reason()).isEqualTo(ReviewReason.QUESTION);
        for (String line : List.of("段哥 1盒 岗亭几点有人", "阿芬 1盒,B栋大堂是几楼?", "安安 1盒,3点准时吗?", "钱多多 1盒 几号柜?")) {
            assertThat(items(read(Catalogs.strawberries(), line))).as(line).containsExactly(Map.entry("A", "1"));
        }
    }

    @Test
    void namesBesideRoomsAgesAndEmoji() {
        assertThat(read(Catalogs.strawberries(), "2-502 谢谢 2盒").name()).isEqualTo("谢谢");
        assertThat(read(Catalogs.strawberries(), "妞妞3岁 1盒").name()).isEqualTo("妞妞3岁");
        assertThat(read(Catalogs.strawberries(), "3班豆豆 2盒").name())
                .as("a class glued stays")
                .isEqualTo("3班豆豆");
        assertThat(read(Catalogs.strawberries(), "二班果果爸 1盒").name()).isEqualTo("二班果果爸");
        assertThat(read(Catalogs.strawberries(), "2班-陈可 1盒").name())
                .as("a class apart goes")
                .isEqualTo("陈可");
        assertThat(read(Catalogs.strawberries(), "5-1-1102 送人用 2盒").name()).isEqualTo("5-1-1102");
        assertThat(read(Catalogs.strawberries(), "🌻Sunny Xu 1盒").name()).isEqualTo("🌻Sunny Xu");
        assertThat(read(Catalogs.strawberries(), "李大爷八栋两盒").name()).isEqualTo("李大爷");
        assertThat(items(read(Catalogs.strawberries(), "王奶奶二十栋三零二一盒"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aLinePastedTwiceOverIsReadOnce() {
        ParsedChain chain = parser.parse(
                "#接龙\n1. 阿芳 2盒\n2. 刘姐 2盒 6栋 刘姐 2盒 6栋\n3. 小侯 3-2-701 2盒3-2-701 2盒\n4. 4. 阿宝 1盒",
                Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("阿芳", "刘姐", "小侯", "阿宝");
        assertThat(chain.entries())
                .extracting(e -> items(e))
                .containsExactly(Map.of("A", "2"), Map.of("A", "2"), Map.of("A", "2"), Map.of("A", "1"));
    }

    @Test
    void wordsOfEldersAndLeadersThatAreNoProduct() {
        List<CatalogItem> dates = List.of(Catalogs.item("A", "新郑大枣", "袋", "枣"), Catalogs.item("B", "铁棍山药", "箱", "山药"));
        List<CatalogItem> dumplings = List.of(Catalogs.item("A", "烧肉粽", "个", "肉粽"));

        assertThat(items(read(dates, "王大娘 中 枣来两袋 山药一箱"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(dates, "胡大爷 弄它两箱山药"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(dates, "花姐 团长自用3袋枣"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(dates, "周老伯 屋里三个人 枣一袋"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(dumplings, "陈阿伯 烧肉粽六粒"))).as("粒 counts as 个").containsExactly(Map.entry("A", "6"));
        List<CatalogItem> oil = List.of(Catalogs.item("A", "压榨花生油", "桶", "花生油"));
        assertThat(items(read(oil, "鹿鹿 花生油5L×2")))
                .as("the size of one, then how many")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(oil, "阿满 花生油 1桶 5L*12"))).as("a pack of twelve").containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "2# 佟 1盒").name()).isEqualTo("佟");
        assertThat(read(Catalogs.strawberries(), "三组刘叔 1盒").name())
                .as("a village group")
                .isEqualTo("刘叔");
        assertThat(read(Catalogs.strawberries(), "东庄李嫂 1盒").name()).isEqualTo("李嫂");
        assertThat(read(Catalogs.strawberries(), "后街王大娘 1盒").name()).isEqualTo("王大娘");
        assertThat(read(Catalogs.strawberries(), "尾巷玉兰 1盒").name()).isEqualTo("玉兰");
        assertThat(read(Catalogs.strawberries(), "阿拉要两盒 龚师母").name())
                .as("the speaker asks first, then says who she is")
                .isEqualTo("龚师母");
        assertThat(read(Catalogs.strawberries(), "我要六盒 刘大爷 二号楼").name()).isEqualTo("刘大爷");
        assertThat(read(Catalogs.strawberries(), "麻烦团长帮我留五盒 班奶奶").name()).isEqualTo("班奶奶");
        assertThat(items(read(Catalogs.strawberries(), "侬帮我留三盒 老陆 8号102"))).containsExactly(Map.entry("A", "3"));
        assertThat(read(Catalogs.strawberries(), "我是九栋的刘桂兰要两盒").name()).isEqualTo("刘桂兰");
        List<CatalogItem> pork = List.of(Catalogs.item("A", "土猪肉", "斤", "猪肉"));
        assertThat(items(read(pork, "毛大爷 三斤二"))).as("three jin two liang").containsExactly(Map.entry("A", "3.2"));
        assertThat(items(read(pork, "李 三斤 二号楼"))).containsExactly(Map.entry("A", "3"));
        List<CatalogItem> eggs = List.of(Catalogs.item("A", "土鸡蛋", "个", "鸡蛋"));
        assertThat(items(read(eggs, "桂芝 一百二十个")))
                .as("a count over 99 with its unit written")
                .containsExactly(Map.entry("A", "120"));
        assertThat(items(read(eggs, "老村长 120")))
                .as("bare, three digits are a room")
                .doesNotContainEntry("A", "120");
        assertThat(read(Catalogs.strawberries(), "那个我是周奶奶我要两盒").name()).isEqualTo("周奶奶");
        assertThat(read(Catalogs.strawberries(), "帮18号楼王奶奶报一盒").name()).isEqualTo("王奶奶");
        assertThat(read(Catalogs.strawberries(), "帮隔壁 秦爷爷 1盒").name()).isEqualTo("秦爷爷");
        assertThat(read(Catalogs.strawberries(), "给隔壁组Tina带一盒").name()).isEqualTo("Tina");
        assertThat(read(Catalogs.strawberries(), "两盒陈阿姨").name()).isEqualTo("陈阿姨");
        assertThat(read(Catalogs.strawberries(), "草莓各一盒 王阿姨 十栋").name()).isEqualTo("王阿姨");
        ChainEntry unknown = read(Catalogs.strawberries(), "年糕片2袋 小毛");
        assertThat(unknown.name())
                .as("the word glued to its count is ordered, the person follows")
                .isEqualTo("小毛");
        assertThat(unknown.review()).as("年糕片 is not sold here").isTrue();
        assertThat(items(read(Catalogs.strawberries(), "吴大爷 一盒 帮老伴也报一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "许多多 一盒 便宜点呗").review())
                .as("haggling waits for the leader")
                .isTrue();
        assertThat(read(Catalogs.strawberries(), "我是五号楼一单元的老马要一盒谢谢").name()).isEqualTo("老马");
        for (String asked : List.of("能帮忙蒸好吗", "能帮忙绑好吗", "能晚点给钱吗", "冷冻能放多久?", "支付宝付可以吗", "能帮忙开背吗", "能真空包装吗")) {
            assertThat(items(read(Catalogs.strawberries(), "小乔 2盒 " + asked)))
                    .as("how it is prepared, kept or paid: the order stands")
                    .containsExactly(Map.entry("A", "2"));
        }
        for (String asked : List.of("是原切的吗", "能送冰的吗", "能便宜点不")) {
            assertThat(read(Catalogs.strawberries(), "小乔 2盒 " + asked).review())
                    .as("what the product is, or its price: the leader answers first")
                    .isTrue();
        }
        assertThat(read(Catalogs.strawberries(), "后街男孩 *2").name())
                .as("a nickname: anyone, not someone, after the lane")
                .isEqualTo("后街男孩");
        assertThat(read(Catalogs.strawberries(), "根柱 帮南街马奶奶带四盒").name()).isEqualTo("马奶奶");
        assertThat(read(Catalogs.strawberries(), "何伯 帮陈姨攞草莓两盒").name())
                .as("攞: to get")
                .isEqualTo("陈姨");
        assertThat(read(Catalogs.strawberries(), "二嫂 帮刘大娘整俩盒").name()).isEqualTo("刘大娘");
        assertThat(read(Catalogs.strawberries(), "林太 帮家婆订一盒").name())
                .as("the writer's own")
                .isEqualTo("林太");
        assertThat(read(Catalogs.strawberries(), "5座18楼A 1盒").name()).isEqualTo("5座18楼A");
        assertThat(items(read(Catalogs.strawberries(), "林太 1盒 年廿八几点有得攞?"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "项目组老蔡 1盒").name())
                .as("a team stays")
                .isEqualTo("项目组老蔡");
        assertThat(read(Catalogs.strawberries(), "老庄 1盒").name()).isEqualTo("老庄");
        assertThat(read(Catalogs.strawberries(), "阿辉 免啦 厝里还有").cancelled()).isTrue();
    }

    @Test
    void eachAfterSeveralOptionsOfOneProductCountsOnePerOption() {
        List<CatalogItem> yogurt = List.of(Catalogs.item("A", "老酸奶", "瓶", "酸奶"), Catalogs.item("B", "鲜牛奶", "瓶", "牛奶"));
        List<CatalogItem> shirts = List.of(Catalogs.item("A", "纯棉T恤", "件", "T恤"));

        assertThat(items(read(yogurt, "娇娇 酸奶原味、草莓各1瓶"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(yogurt, "小满 酸奶牛奶各1瓶"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(shirts, "大宝二宝 110码 130码 各一件"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(shirts, "锦 四种颜色各一件"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(yogurt, "阿康 牛奶不要了 酸奶还是各2"))).as("还是 is no option").doesNotContainEntry("A", "4");
    }

    @Test
    void aStruckLineWithWordsAfterItOrWrittenAgain() {
        ChainEntry why = read(Catalogs.strawberries(), "~~Jenny 1盒~~ 不好意思点错了");
        ChainEntry again = read(Catalogs.strawberries(), "~~王伯 1盒~~ 王伯 2盒");

        assertThat(why.cancelled()).isTrue();
        assertThat(why.name()).isEqualTo("Jenny");
        assertThat(again.name()).isEqualTo("王伯");
        assertThat(items(again)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void anAmountLeftOpenWithNoCountAsks() {
        List<CatalogItem> pork =
                List.of(Catalogs.item("A", "黑毛猪五花", "斤", "五花"), Catalogs.item("B", "黑毛猪瘦肉", "斤", "瘦肉"));

        for (String line : List.of(
                "黔妹 瘦肉少要点", "蔡姐 五花 来点", "李老师 每样来点", "南南 五花 瘦肉 各来点", "钟老师 少要一点", "甄 瘦肉几斤", "赵姐 五花十来斤", "龙龙 五花几斤吧")) {
            assertThat(read(pork, line).reason()).as(line).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        }
        assertThat(items(read(pork, "阿秀 瘦肉2斤 肥一点"))).containsExactly(Map.entry("B", "2"));
        assertThat(read(pork, "老庄 五花少来一斤").reason())
                .as("one less, of what?")
                .isEqualTo(ReviewReason.CONFLICTING_NUMBERS);
        assertThat(items(read(pork, "谭姐 五花一斤二两 切片"))).as("ten 两 to the 斤").containsExactly(Map.entry("A", "1.2"));
        assertThat(items(read(pork, "向 瘦肉1斤2两"))).containsExactly(Map.entry("B", "1.2"));
        assertThat(items(read(pork, "小满 瘦肉1斤5"))).as("as scales are read out").containsExactly(Map.entry("B", "1.5"));
        assertThat(items(read(pork, "阿霞 五花称个3斤吧"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void someoneElsesShareAsWellIsOnTopOfTheOwnCount() {
        assertThat(items(read(Catalogs.strawberries(), "可可妈 1盒 帮孩子爸爸也带一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "耿 草莓1盒,再帮隔壁带1盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿飞 2盒,帮隔壁带一盒")))
                .as("the neighbour's inside the two")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "张大爷 1盒 给隔壁老孙带一盒")))
                .as("a share that cannot fit inside the own count is on top of it")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "老戴 1盒 我妈也要一盒"))).containsExactly(Map.entry("A", "2"));
        for (String line : List.of("桂芝 4盒 两个闺女一人两盒", "雨辰 4盒 合租的一人一盒", "乔乔 2盒 AA 跟邻居一人一盒", "朱丽 3盒 家里三个男的一人一盒")) {
            ChainEntry e = read(Catalogs.strawberries(), line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e))
                    .as("the own count, shared out: " + line)
                    .containsExactly(Map.entry("A", line.substring(line.indexOf(' ') + 1, line.indexOf('盒'))));
        }
        assertThat(read(Catalogs.strawberries(), "阿宽 3盒 我和我妈一人两盒").review())
                .as("two each does not go into three")
                .isTrue();
        assertThat(items(read(Catalogs.strawberries(), "米米 我和我老公 一人一盒")))
                .as("the people, then each apart")
                .containsExactly(Map.entry("A", "2"));
        ChainEntry father = read(Catalogs.strawberries(), "小蒋 替我爸报2盒");
        assertThat(father.name()).as("the writer, for a relative").isEqualTo("小蒋");
        assertThat(items(father)).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "小周 替我爸接一盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "裘姐 自己也要1盒")))
                .as("the writer, for themself")
                .containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "阿芬 1盒 同宿舍的阿玲也要一盒")))
                .as("a neighbour called by 阿 and her name")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿德 两盒 伊拉屋里也要两盒")))
                .as("Shanghainese: their home too")
                .containsExactly(Map.entry("A", "4"));
        assertThat(items(read(Catalogs.strawberries(), "阿亮 1盒 帮5栋李叔也带一盒")))
                .as("a room between the helper and the neighbour")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "林妹妹 草莓2 帮弟弟带一盒草莓")))
                .as("a smaller share without 也 is inside the count, even when it names what it is")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "林妹妹 草莓2 帮弟弟也带一盒草莓")))
                .as("with 也 it is on top")
                .containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aRangeOfCodesOrAllButSomeBeforeEach() {
        List<CatalogItem> dishes = List.of(
                Catalogs.item("A", "佛跳墙", "盒", "A", "1号"),
                Catalogs.item("B", "梅菜扣肉", "盒", "B", "2号", "扣肉"),
                Catalogs.item("C", "酸菜鱼", "盒", "C", "3号"),
                Catalogs.item("D", "四喜丸子", "盒", "D", "4号", "丸子"),
                Catalogs.item("E", "红烧狮子头", "盒", "E", "5号", "狮子头"));

        assertThat(items(read(dishes, "老纪 1-3号各一")))
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(dishes, "大刚 B到D各两盒")))
                .containsOnly(Map.entry("B", "2"), Map.entry("C", "2"), Map.entry("D", "2"));
        ChainEntry allBut = read(dishes, "12栋1703 除了C都要一份 晚点取");
        assertThat(allBut.name()).isEqualTo("12栋1703");
        assertThat(items(allBut))
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("D", "1"), Map.entry("E", "1"));
        assertThat(items(read(dishes, "凯文 除了扣肉和丸子都来一盒")))
                .containsOnly(Map.entry("A", "1"), Map.entry("C", "1"), Map.entry("E", "1"));
        assertThat(read(dishes, "12-1801 全部各一").name()).isEqualTo("12-1801");
        assertThat(items(read(dishes, "盖 A1 B1 各一盒")))
                .as("said again")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(dishes, "江江 A1 B1 C1 全要")))
                .as("all of those, once")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(read(dishes, "7#2单元301 一盒 A").name()).isEqualTo("7#2单元301");
        assertThat(items(read(dishes, "马丁 D不要了,ABC还是各一盒")))
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(dishes, "大熊 3号到5号各2")))
                .containsOnly(Map.entry("C", "2"), Map.entry("D", "2"), Map.entry("E", "2"));
        assertThat(items(read(dishes, "蓓蓓 2至4号 各一盒")))
                .containsOnly(Map.entry("B", "1"), Map.entry("C", "1"), Map.entry("D", "1"));
        assertThat(items(read(dishes, "小鹤 一到三号各一盒")))
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(dishes, "贺叔 1号到3号都要")))
                .as("one of each when no count is written")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(dishes, "小邱 除了佛跳墙 都要")))
                .containsOnly(Map.entry("B", "1"), Map.entry("C", "1"), Map.entry("D", "1"), Map.entry("E", "1"));
        assertThat(items(read(dishes, "家明 除了1号5号 其他都要")))
                .containsOnly(Map.entry("B", "1"), Map.entry("C", "1"), Map.entry("D", "1"));
        assertThat(items(read(dishes, "老严 每样两盒 除了酸菜鱼")))
                .as("the count before the exception")
                .containsOnly(Map.entry("A", "2"), Map.entry("B", "2"), Map.entry("D", "2"), Map.entry("E", "2"));
        assertThat(items(read(dishes, "阿华 每样一盒,扣肉要三盒")))
                .as("a count for one of them after every one's is that one's instead")
                .containsOnly(
                        Map.entry("A", "1"),
                        Map.entry("B", "3"),
                        Map.entry("C", "1"),
                        Map.entry("D", "1"),
                        Map.entry("E", "1"));
        assertThat(items(read(dishes, "崔 15-3-202 每样一盒 不要扣肉")))
                .as("不要 and a product after every one's count leaves that one out")
                .containsOnly(Map.entry("A", "1"), Map.entry("C", "1"), Map.entry("D", "1"), Map.entry("E", "1"));
        assertThat(items(read(dishes, "健太 样样来一盒")))
                .containsOnly(
                        Map.entry("A", "1"),
                        Map.entry("B", "1"),
                        Map.entry("C", "1"),
                        Map.entry("D", "1"),
                        Map.entry("E", "1"));
        assertThat(items(read(dishes, "春燕 都要除了扣肉和丸子")))
                .containsOnly(Map.entry("A", "1"), Map.entry("C", "1"), Map.entry("E", "1"));
    }

    @Test
    void aCountNotDecidedOnOrHeldOnAConditionAsks() {
        for (String line : List.of("俞老师 3盒(待定)", "阿伦 1盒吧,我再问问老婆", "周大爷 有的话要两盒", "蔡姐 看到货情况,大的话要5盒")) {
            ChainEntry e = parser.parse("#接龙 草莓\n1. 阿芳 2盒\n2. 小周 1盒\n3. 老王 3盒\n4. " + line, Catalogs.strawberries())
                    .entries()
                    .get(3);
            assertThat(e.reason()).as(line).isEqualTo(ReviewReason.QUESTION);
        }
        assertThat(items(read(Catalogs.strawberries(), "乔乔 1盒,前台没人的话放门卫")))
                .as("a condition on handing it over")
                .containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aFirstWordThatReadsAsACommandOrANumeralIsTheNameBeforeAWholeOrder() {
        for (String name : List.of("加一", "一碗面", "三三两两", "X")) {
            ChainEntry e = parser.parse("#接龙 草莓\n1. 阿芳 2盒\n2. 小周 1盒\n3. " + name + " 2盒", Catalogs.strawberries())
                    .entries()
                    .get(2);
            assertThat(e.name()).as(name).isEqualTo(name);
            assertThat(items(e)).as(name).containsExactly(Map.entry("A", "2"));
        }
        assertThat(read(Catalogs.strawberries(), "汪姐 ?").review())
                .as("a question stays one")
                .isTrue();
    }

    @Test
    void classesWardsAndEnglishWordsBesideNames() {
        assertThat(read(Catalogs.strawberries(), "高三(7)班 周老师 1盒").name()).isEqualTo("周老师");
        assertThat(read(Catalogs.strawberries(), "药房 Coco 1盒").name())
                .as("a ward before the name")
                .isEqualTo("Coco");
        assertThat(read(Catalogs.strawberries(), "Tony_Wu add one more 1盒").name())
                .isEqualTo("Tony_Wu");
        assertThat(read(Catalogs.strawberries(), "三队二喜 1盒").name()).isEqualTo("二喜");
    }

    @Test
    void whatWeChatLeavesAroundAMention() {
        ChainEntry toTheLeader = read(Catalogs.strawberries(), "@团长\u2005王姐 1盒 放门卫");
        assertThat(toTheLeader.name()).as("speaking to the leader names no one").isEqualTo("王姐");
        assertThat(items(toTheLeader)).containsExactly(Map.entry("A", "1"));
        ChainEntry forSomeone = read(Catalogs.strawberries(), "帮@刘奶奶\u2005带1盒");
        assertThat(forSomeone.name()).isEqualTo("刘奶奶");
        assertThat(items(forSomeone)).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "俊杰 1盒 帮赵阿姨 也带1盒")))
                .as("a share with 也, written apart")
                .containsExactly(Map.entry("A", "2"));
        ChainEntry answering = read(Catalogs.strawberries(), "梁梁 @小雅 我也来一盒");
        assertThat(answering.name())
                .as("the writer answers 小雅 and orders herself")
                .isEqualTo("梁梁");
        assertThat(items(answering)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void whoSpeaksSaysWhoSheIsAfterTheOrder() {
        assertThat(read(Catalogs.strawberries(), "团长我要一盒 我是七栋小柯").name()).isEqualTo("小柯");
        assertThat(read(Catalogs.strawberries(), "我家要两盒 我是Momo").name()).isEqualTo("Momo");
    }

    @Test
    void aRoundCountOfThreeDigitsAloneAsks() {
        assertThat(read(Catalogs.strawberries(), "阿彬 120").reason()).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        assertThat(items(read(Catalogs.strawberries(), "老宋 1102")))
                .as("a room is the note")
                .containsExactly(Map.entry("A", "1"));
    }

    @Test
    void productsNamedBySizeAreSwappedAndSaidInWords() {
        List<CatalogItem> shoes = List.of(
                Catalogs.item("S38", "健步鞋38码", "双", "38码", "38"),
                Catalogs.item("S39", "健步鞋39码", "双", "39码", "39"),
                Catalogs.item("S40", "健步鞋40码", "双", "40码", "40"));
        assertThat(items(read(shoes, "芸芸 38改39")))
                .as("a size swapped, not 39 pairs")
                .containsExactly(Map.entry("S39", "1"));
        assertThat(items(read(shoes, "左左 40 改 38"))).containsExactly(Map.entry("S38", "1"));
        assertThat(items(read(shoes, "小芳 三十八码 一双"))).containsExactly(Map.entry("S38", "1"));
        assertThat(read(shoes, "蓓蓓 三十七码半").review())
                .as("a half size is not on sale")
                .isTrue();
    }

    @Test
    void aLineForSomeoneElseNamesWhoSheIsAfterWhatIsSaidOfHer() {
        assertThat(read(Catalogs.strawberries(), "帮4栋独居的贺爷爷 2盒").name()).isEqualTo("贺爷爷");
        assertThat(read(Catalogs.strawberries(), "帮上街韦叔接2盒").name()).isEqualTo("韦叔");
        assertThat(read(Catalogs.strawberries(), "那个我是7栋的老胡就要三盒").name()).isEqualTo("老胡");
        assertThat(read(Catalogs.strawberries(), "晨跑的小刘 2盒").name())
                .as("how someone calls themself")
                .isEqualTo("晨跑的小刘");
        assertThat(items(read(Catalogs.strawberries(), "阿勇 2盒 帮我妈也带一盒")))
                .as("a count right after 带 is the share")
                .containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aFlavourChangedKeepsTheCount() {
        List<CatalogItem> mooncakes = List.of(
                Catalogs.item("A", "莲蓉月饼", "盒", "莲蓉"),
                Catalogs.item("B", "豆沙月饼", "盒", "豆沙"),
                Catalogs.item("C", "奶黄月饼", "盒", "奶黄"));
        assertThat(items(read(mooncakes, "阿Ben 莲蓉2盒 口味改成奶黄"))).containsExactly(Map.entry("C", "2"));
        assertThat(items(read(mooncakes, "Yuki 豆沙2盒 改成奶黄"))).containsExactly(Map.entry("C", "2"));
    }

    @Test
    void everydayWaysOfDroppingOut() {
        assertThat(read(Catalogs.strawberries(), "钱钱 撤").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "达达 取销").cancelled())
                .as("a slip of the keyboard")
                .isTrue();
        assertThat(read(Catalogs.strawberries(), "阿泽 我下车了 不好意思").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "O'Neil 2盒").name()).isEqualTo("O'Neil");
    }

    @Test
    void traditionalCharactersAreReadAndTheNameStaysAsWritten() {
        List<CatalogItem> geese = List.of(Catalogs.item("A", "烧鹅", "只", "烧鹅"));
        ChainEntry entry = read(geese, "幫三樓陳婆婆 2隻");
        assertThat(entry.name()).isEqualTo("陳婆婆");
        assertThat(items(entry)).containsExactly(Map.entry("A", "2"));
        assertThat(read(geese, "我係阿晴 燒鵝1隻").name()).isEqualTo("阿晴");
        List<CatalogItem> written = List.of(Catalogs.item("A", "燒鵝", "隻", "燒鵝"));
        assertThat(items(read(written, "何生 4只")))
                .as("a unit in traditional characters fits")
                .containsExactly(Map.entry("A", "4"));
    }

    @Test
    void aPoundIsAWeightSoldWhole() {
        List<CatalogItem> pork = List.of(Catalogs.item("A", "叉烧", "斤", "叉烧"));
        List<CatalogItem> cherries = List.of(Catalogs.item("A", "美国车厘子", "磅", "车厘子"));
        assertThat(read(pork, "Kenneth 叉烧1磅").reason()).isEqualTo(ReviewReason.UNIT_MISMATCH);
        assertThat(items(read(cherries, "何生 2磅"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(cherries, "陈婆婆 半磅").review())
                .as("halves are for jin and kilos")
                .isTrue();
        assertThat(items(read(Catalogs.strawberries(), "梁生 我同老婆各一盒"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void paidMarksBeforeTheNameAreNoName() {
        assertThat(read(Catalogs.strawberries(), "✅已付 老马 1盒").name()).isEqualTo("老马");
        assertThat(read(Catalogs.strawberries(), "🧧 1盒").name())
                .as("a red envelope can be a nickname")
                .isEqualTo("🧧");
    }

    @Test
    void questionsOfWhatItIsAndOrdersNotYetDecidedAsk() {
        assertThat(read(Catalogs.strawberries(), "孙大娘 有5斤装的没").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(Catalogs.strawberries(), "小苗 一盒 是什么馅的").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(Catalogs.strawberries(), "马哥 先给我留一盒,回头定").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "阿May 少啲啦").review()).isTrue();
    }

    @Test
    void aColourAndASizeWrittenApartAreTheProductSoldAsBoth() {
        List<CatalogItem> shoes = List.of(
                Catalogs.item("A", "帆布鞋 白色 35码", "双", "白色35", "白35"),
                Catalogs.item("B", "帆布鞋 黑色 35码", "双", "黑色35", "黑35"),
                Catalogs.item("C", "帆布鞋 黑色 36码", "双", "黑色36", "黑36"));
        assertThat(items(read(shoes, "蕊蕊 黑色 35 1双"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(shoes, "小雨 白色35"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void aQuestionOfHowItIsPreparedKeptOrHandedOverLeavesTheOrderWhateverWordsItUses() {
        List<CatalogItem> snacks = List.of(
                Catalogs.item("A", "卤鸭脖", "份", "1号", "鸭脖"),
                Catalogs.item("B", "卤藕片", "份", "2号", "藕片"),
                Catalogs.item("C", "腊肉", "斤", "3号", "腊肉"));
        assertThat(items(read(snacks, "叶子 1号 2号 明早几点能拿?")))
                .as("products ordered by their codes are an order")
                .containsOnly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(snacks, "阳阳 鸭脖1份 腊肉2斤 腊肉能切好吗")))
                .as("the product just ordered, asked about")
                .containsOnly(Map.entry("A", "1"), Map.entry("C", "2"));
        List<CatalogItem> milk = List.of(Catalogs.item("A", "鲜牛奶", "瓶", "牛奶"));
        assertThat(items(read(milk, "燕子 1瓶 冷藏能放几天"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(milk, "大黄 2瓶,保质期几天?").review())
                .as("how long the product lasts is asked about the product, as 甜不甜 is")
                .isTrue();
        assertThat(items(read(milk, "伏大娘 5瓶 早上几点有"))).containsExactly(Map.entry("A", "5"));
        assertThat(items(read(milk, "吴大爷 1瓶 给现钱中不中"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(milk, "Phoebe 2瓶 可唔可以叮熱先畀我?"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(milk, "Amanda 1瓶 我晚上9点才回 能帮我留着吗"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(milk, "魏阿姨 1瓶 1瓶有几毫升").reason())
                .as("how much there is: about the product")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(milk, "小龙女 1瓶 煮过了吗?").reason())
                .as("whether it has been boiled: about the product")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(milk, "老朱 1瓶 酸奶还有几瓶").reason()).isEqualTo(ReviewReason.QUESTION);
    }

    @Test
    void moreTraditionalCharactersFoldBeforeReading() {
        List<CatalogItem> lychee = List.of(Catalogs.item("A", "荔枝", "箱", "荔枝"));
        ChainEntry entry = read(lychee, "12棟 蔡姐 3箱");
        assertThat(entry.name()).isEqualTo("蔡姐");
        assertThat(items(entry)).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aStreetVillageOrDepartmentBeforeTheNameIsTheNote() {
        List<CatalogItem> rice = List.of(Catalogs.item("A", "新米", "袋", "米"), Catalogs.item("B", "菜油", "桶", "油"));
        assertThat(read(rice, "老街 刘嬢嬢 米2袋").name()).isEqualTo("刘嬢嬢");
        assertThat(read(rice, "东浜 国强 油1桶").name()).isEqualTo("国强");
        assertThat(read(rice, "上宅 根娣 米一袋").name()).isEqualTo("根娣");
        assertThat(read(rice, "人資 美玲 米1袋").name()).isEqualTo("美玲");
        assertThat(read(rice, "老李 米1袋").name())
                .as("老 and a surname is a nickname")
                .isEqualTo("老李");
    }

    @Test
    void aNicknameOfAPrefixAndANumeralIsTheName() {
        List<CatalogItem> rice = List.of(Catalogs.item("A", "新米", "袋", "米"), Catalogs.item("B", "菜油", "桶", "油"));
        ChainEntry entry = read(rice, "阿四头 新米 两袋 夜里来拿");
        assertThat(entry.name()).isEqualTo("阿四头");
        assertThat(items(entry)).containsExactly(Map.entry("A", "2"));
        assertThat(read(rice, "阿三头 B勿要了").name()).isEqualTo("阿三头");
    }

    @Test
    void forOnesOwnFamilyInDialectTheWriterSigns() {
        List<CatalogItem> oil = List.of(Catalogs.item("A", "菜油", "桶", "油"));
        assertThat(read(oil, "小顾 帮伊姆妈报 菜油1桶").name()).isEqualTo("小顾");
        assertThat(read(oil, "李满满 帮我屋里老倌子报1桶").name()).isEqualTo("李满满");
        assertThat(read(oil, "小王 帮15号楼刘奶奶 1桶").name())
                .as("a neighbour named: the order is hers")
                .isEqualTo("刘奶奶");
    }

    @Test
    void questionsAboutTheProductAskInEveryDialect() {
        List<CatalogItem> lychee = List.of(Catalogs.item("A", "荔枝", "斤", "荔枝"));
        assertThat(read(lychee, "芳姐 2斤 甜唔甜㗎").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "宋阿姨 2斤 打没打蜡啊").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "张姐 2斤 是今天摘的吧").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "大白 2斤 熟了没").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "蓉妹 两斤 有桂味的没得").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "梁梁 1斤 甜度多少").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "阿荣 2斤 是咩品种嚟㗎").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "谭阿姨 2斤 几个一斤啊").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(lychee, "kiki 1斤 可以分半斤吗").review())
                .as("half of what is sold")
                .isTrue();
        assertThat(items(read(lychee, "小麦 5斤 可以分两袋吗"))).as("how it is packed").containsExactly(Map.entry("A", "5"));
        assertThat(items(read(lychee, "翠花 1斤 钱咋整 微信还是现金啊"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(lychee, "阿Fai 3斤 同我装箱得唔得 要寄返老家"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void fillersOfSpeechInFrontAreLeftOutAndTheNameAtTheEndSigns() {
        List<CatalogItem> mangosteen = List.of(Catalogs.item("A", "山竹", "斤", "山竹"));
        ChainEntry entry = read(mangosteen, "嗯 就是 山竹一斤半 金阿姨");
        assertThat(entry.name()).isEqualTo("金阿姨");
        assertThat(items(entry)).containsExactly(Map.entry("A", "1.5"));
        assertThat(read(mangosteen, "嗯…就是…要两斤 韦韦").name()).isEqualTo("韦韦");
        assertThat(read(mangosteen, "嗯我要两斤半谢谢团长 —— 阿琳").name()).isEqualTo("阿琳");
        assertThat(read(mangosteen, "那个我是十二栋的王奶奶给我留一斤就行了").name()).isEqualTo("王奶奶");
    }

    @Test
    void aSlipPutRightOnTheSameLineIsAChange() {
        List<CatalogItem> nuts = List.of(
                Catalogs.item("A", "核桃", "斤", "核桃", "A"),
                Catalogs.item("B", "板栗", "斤", "板栗", "B"),
                Catalogs.item("C", "虾仁", "袋", "虾仁", "C"));
        assertThat(items(read(nuts, "小车 虾仁两袋 不对 三袋"))).containsExactly(Map.entry("C", "3"));
        assertThat(items(read(nuts, "小林 C2 哦不 C3"))).containsExactly(Map.entry("C", "3"));
        assertThat(items(read(nuts, "梓梓 核桃2斤 不对 板栗2斤"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(nuts, "周姐 板栗要两斤不对不对要三斤"))).containsExactly(Map.entry("B", "3"));
        assertThat(read(nuts, "阿May 虾仁1袋 哦不要了").cancelled())
                .as("哦, then a cancel")
                .isTrue();
    }

    @Test
    void partOfTheOrderTakenBackOrTheLeadersNoteOfACancel() {
        List<CatalogItem> eggs = List.of(Catalogs.item("A", "咸鸭蛋", "个", "鸭蛋"));
        assertThat(items(read(eggs, "戴叔 三个 退一个"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(eggs, "小溪 四个 其中两个不要了"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(eggs, "老黄 10个 其中4个不要葱")))
                .as("a remark on some of them")
                .containsExactly(Map.entry("A", "10"));
        assertThat(read(eggs, "木木 2个【团长备注:已取消】").cancelled()).isTrue();
        assertThat(read(eggs, "阿明 1个(团长备注:本人已取消)").cancelled()).isTrue();
        assertThat(read(eggs, "大橙子 3个 不要惹").cancelled()).isTrue();
        assertThat(items(read(eggs, "胡爹爹 2个 搞错哒 是3个"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aProductSomeoneDoesNotEatIsNoOrderOfIt() {
        List<CatalogItem> buns = List.of(
                Catalogs.item("A", "奶黄包", "袋", "奶黄包"),
                Catalogs.item("B", "豆沙包", "袋", "豆沙包"),
                Catalogs.item("C", "流沙包", "袋", "流沙"));
        assertThat(items(read(buns, "豆豆爸 豆沙包2,奶黄包1,孩子不吃流沙"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "2"));
    }

    @Test
    void aRoomGluedToAChineseNameIsTheNoteButOtherNumbersStay() {
        assertThat(read(Catalogs.strawberries(), "王阿姨502 2盒").name()).isEqualTo("王阿姨");
        assertThat(read(Catalogs.strawberries(), "1203小孙 1盒").name()).isEqualTo("小孙");
        assertThat(read(Catalogs.strawberries(), "阿强666 2盒").name()).isEqualTo("阿强666");
        assertThat(read(Catalogs.strawberries(), "夏天2021 1盒").name())
                .as("a year")
                .isEqualTo("夏天2021");
        assertThat(read(Catalogs.strawberries(), "阿花123 1盒").name()).isEqualTo("阿花123");
    }

    @Test
    void howItShouldBeIsAPreferenceAndANicknameAroundAWordOfDoubtIsAName() {
        List<CatalogItem> buns = List.of(Catalogs.item("A", "肉夹馍", "个", "肉夹馍"));
        assertThat(items(read(buns, "老邢 肉夹馍三个 要肥瘦的"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(buns, "小苗 十个 要刚出锅的"))).containsExactly(Map.entry("A", "10"));
        assertThat(items(read(buns, "江南 一个 要提前冻好的"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(buns, "5号楼 大明白 1个").name()).isEqualTo("大明白");
        assertThat(read(buns, "王姐 老样子").review())
                .as("listed whole, still a doubt")
                .isTrue();
    }

    @Test
    void aProductCountedAgainAfterAChangeKeepsTheOthers() {
        List<CatalogItem> honey =
                List.of(Catalogs.item("A", "槐花蜜", "瓶", "A", "槐花蜜"), Catalogs.item("B", "枣花蜜", "瓶", "B", "枣花蜜"));
        assertThat(items(read(honey, "秀秀 A1 B2→B1"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(honey, "阿颜 A2 B4→B6"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "6"));
        assertThat(items(read(honey, "苗苗 槐花蜜2瓶 枣花蜜3瓶 改成枣花蜜2瓶"))).containsOnly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(read(honey, "郭老师 A2 是今年的还是去年的").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(honey, "春花 A1 有蜂王浆不").reason()).isEqualTo(ReviewReason.QUESTION);
    }

    @Test
    void aCancelSaidNotToHappenAndAProductLeftOutOrderNothingOfIt() {
        List<CatalogItem> mooncakes =
                List.of(Catalogs.item("A", "五仁月饼", "盒", "五仁"), Catalogs.item("C", "奶黄月饼", "盒", "奶黄"));
        assertThat(items(read(mooncakes, "小芹 五仁的不要,奶黄2盒"))).containsExactly(Map.entry("C", "2"));
        assertThat(items(read(Catalogs.strawberries(), "陶陶 2盒 别取消我的哈 刚才手滑"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(mooncakes, "贾阿姨 奶黄1盒【团长代取消】").cancelled()).isTrue();
    }

    @Test
    void aQuestionOfHandingOverAskedBeforeTheCountLeavesTheOrder() {
        List<CatalogItem> mooncakes = List.of(Catalogs.item("A", "鲜肉月饼", "盒", "鲜肉月饼"));
        assertThat(items(read(mooncakes, "阿毛 放门房间好伐 鲜肉月饼2盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(mooncakes, "Jason 12点能到吗 1盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(mooncakes, "大毛 买一送一吗 买两盒").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(mooncakes, "老葛 能便宜点吗 2盒").reason()).isEqualTo(ReviewReason.QUESTION);
    }

    @Test
    void aQuestionOfHowThePortionIsMadePackedOrPaidLeavesTheOrderInEveryDialect() {
        List<CatalogItem> noodles =
                List.of(Catalogs.item("A", "牛肉拌面", "份", "拌面", "A"), Catalogs.item("B", "凉皮", "份", "凉皮", "B"));
        for (String line : List.of(
                "阿仔 B1 少甜得唔得",
                "阿丽 A1 可唔可以帮我用纸皮箱装",
                "三婶 B1 畀现金得唔得",
                "李婶 A2 钱咋给恁",
                "小飞 A1 要不要自己带保温袋",
                "小葛 A1 7点能拿吗 加班",
                "老金 A1 送人的 有手提袋吗？",
                "贝贝 B1 能开专票吗",
                "东东 B1 晚点能留吗",
                "佳佳 A1 能给个好点的箱子吗 送人",
                "老陕 B2 嘹咋咧",
                "一一妈 A1 能周五给吗?周四我出差",
                "宁宁 B1 周一能带来公司吗",
                "陈陈 A1 能加热吗",
                "大鹏 B1 几号发?",
                "张师傅 A1 能不能送上楼啊 加钱也行",
                "阿顺 B1 6点半有点早 7点能来吗",
                "蔡叔 A1 有冇发票",
                "大鹏 B1 送人的 有没有好点的纸箱",
                "石老师 凉皮咋个洗?B1",
                "大刘 周六能送到吗?凉皮 1份",
                "可儿 B1 周日我早上8点就要出门 能早点拿吗")) {
            ChainEntry e = read(noodles, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(e.items()).as(line).hasSize(1);
        }
        assertThat(read(noodles, "石老师 凉皮咋个洗?A1").review())
                .as("another product asked about than the one ordered")
                .isTrue();
        for (String line : List.of("朱朱 A2 今天做的吗?", "岳阿姨 A2 B1 要几斤起订啊?", "阿辉 A1 点卖啊", "老胡 A1 另请问有无辣的")) {
            assertThat(read(noodles, line).reason()).as(line).isEqualTo(ReviewReason.QUESTION);
        }
        assertThat(read(noodles, "阿敏 有没有辣的 没有就算了").reason())
                .as("if there is none, then not: no cancel yet")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "洪洪 A1 鸡几斤重").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "鍾生 A2 幾錢").reason())
                .as("the price, in traditional characters")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "老廖 A2 一份好多个").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "霖霖 没有就算了 不要了").cancelled()).isTrue();
        assertThat(read(noodles, "阿芬 A2 今天的咸不咸").reason())
                .as("the day named, the taste asked")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "冯子 A1 多加一个鸡蛋可以吗").reason())
                .as("one more of something")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "小冯 A1 能多给一点吗").reason())
                .as("more of the portion")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "小静 A1 能多给点凉皮吗").reason())
                .as("more of a product")
                .isEqualTo(ReviewReason.QUESTION);
        assertThat(read(noodles, "Candy A1 有冇炸过").reason())
                .as("how the product is")
                .isEqualTo(ReviewReason.QUESTION);
    }

    @Test
    void aLoneNumberThatIsTheSizeOfOneProductOrdersOneOfIt() {
        List<CatalogItem> boots = List.of(
                Catalogs.item("A", "儿童雨靴 26码", "双", "26", "26码"),
                Catalogs.item("C", "儿童雨靴 30码", "双", "30", "30码"),
                Catalogs.item("D", "儿童雨靴 32码", "双", "32", "32码"));
        List<CatalogItem> apples = List.of(
                Catalogs.item("A", "红富士 80mm果", "箱", "80", "80mm"), Catalogs.item("B", "红富士 85mm果", "箱", "85", "85mm"));
        List<CatalogItem> menu =
                List.of(Catalogs.item("A", "鸭脖", "份", "12", "12号"), Catalogs.item("B", "鸭翅", "份", "13", "13号"));

        assertThat(items(read(boots, "果冻 26"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(boots, "笑笑 30 2"))).containsExactly(Map.entry("C", "2"));
        assertThat(items(read(apples, "小申 85 2"))).containsExactly(Map.entry("B", "2"));
        assertThat(read(menu, "阿May 12").review())
                .as("a menu number alone could be a count")
                .isTrue();
    }

    @Test
    void householdsCountedThenEachHouseholdsCount() {
        List<CatalogItem> rice = List.of(Catalogs.item("A", "五常大米", "袋", "大米"));
        assertThat(items(read(rice, "小马 我和我哥两家 每家两袋"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(rice, "可乐 两家 一家两袋"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(rice, "莲姐 我们楼三户 每户两袋"))).containsExactly(Map.entry("A", "6"));
        assertThat(items(read(rice, "鲁哥 我家和我丈人家 每家一袋"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aFullNameAfterAPlaceAndATeamIsThePerson() {
        List<CatalogItem> cakes = List.of(Catalogs.item("A", "月饼礼盒", "盒", "月饼"));
        assertThat(read(cakes, "北京-行政-孙琪 2盒").name()).isEqualTo("孙琪");
        assertThat(read(cakes, "一车间 甲班 刘德胜(0312)2盒").name()).isEqualTo("刘德胜");
        assertThat(read(cakes, "上海-财务-王琳 1盒").name()).isEqualTo("王琳");
        assertThat(read(cakes, "小芳 2盒").name()).isEqualTo("小芳");
        assertThat(read(cakes, "人事 小贝 1盒").name()).isEqualTo("小贝");
        assertThat(read(cakes, "技术部-运维 老K 2盒").name()).isEqualTo("老K");
    }

    @Test
    void askingWhatTheProductIsInWuYunnanAndCantoneseAsks() {
        List<CatalogItem> cakes = List.of(Catalogs.item("A", "鲜花饼", "盒", "鲜花饼"));
        for (String line : List.of("段姐 两盒 格是当天做呢", "陶奶奶 2盒 阿是今天做的", "黎姐 两盒 系咪冷冻嘅?")) {
            assertThat(read(cakes, line).reason()).as(line).isEqualTo(ReviewReason.QUESTION);
        }
        assertThat(items(read(cakes, "刘大爷 一盒 阿是明天到"))).as("when it comes").containsExactly(Map.entry("A", "1"));
    }

    @Test
    void productsNamedByTheirPlaceInThePost() {
        List<CatalogItem> braised = List.of(
                Catalogs.item("A", "五香卤牛肉", "斤", "牛肉"),
                Catalogs.item("B", "卤猪耳", "斤", "猪耳"),
                Catalogs.item("C", "卤鸭掌", "斤", "鸭掌"),
                Catalogs.item("D", "卤鸡爪", "斤", "鸡爪"));
        assertThat(items(read(braised, "大刘 第二个1斤 最后一个1斤"))).containsExactly(Map.entry("B", "1"), Map.entry("D", "1"));
        assertThat(items(read(braised, "Cindy 倒数第二个2斤"))).containsExactly(Map.entry("C", "2"));
        assertThat(read(braised, "程程 第6个来一斤").review()).as("no sixth product").isTrue();
    }

    @Test
    void productsNamedByTheirPrice() {
        List<CatalogItem> seafood = List.of(
                new CatalogItem("A", "青岛大虾", List.of("大虾"), "盒", new java.math.BigDecimal("69"), null, null, null),
                new CatalogItem("B", "蓬莱鲅鱼", List.of("鲅鱼"), "条", new java.math.BigDecimal("39"), null, null, null),
                new CatalogItem("C", "鱿鱼须", List.of("鱿鱼"), "袋", new java.math.BigDecimal("32"), null, null, null),
                new CatalogItem("D", "带鱼段", List.of("带鱼"), "袋", new java.math.BigDecimal("32"), null, null, null));
        assertThat(items(read(seafood, "老孙头 39的两条"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(seafood, "小贝壳 69那个来一盒"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(seafood, "阿May 32的一袋").reason())
                .as("two products at 32")
                .isEqualTo(ReviewReason.AMBIGUOUS_PRODUCT);
        assertThat(read(seafood, "钱钱 49的一袋").review()).as("no product at 49").isTrue();
        assertThat(items(read(List.of(Catalogs.item("A", "丹东99草莓", "盒", "草莓")), "安琪 99的 两盒")))
                .as("the number in the name")
                .containsExactly(Map.entry("A", "2"));
    }

    @Test
    void anAdditionWithSpacesAndLessOfAProductAsARemark() {
        List<CatalogItem> fruit =
                List.of(Catalogs.item("A", "车厘子", "盒", "车厘子", "A"), Catalogs.item("C", "菠萝切", "盒", "菠萝", "C"));
        assertThat(items(read(fruit, "老刘 车厘子 1盒 加 1盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(fruit, "Andy 陈 A1 少放点菠萝"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void theErOfNorthernSpeechAfterTheUnitAndTheOldNumeralsForTwentyAndThirty() {
        List<CatalogItem> liquor =
                List.of(Catalogs.item("A", "二锅头", "瓶", "二锅头", "A"), Catalogs.item("B", "花生", "袋", "花生", "B"));
        assertThat(items(read(liquor, "晓光 A两瓶儿"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(liquor, "小翠 B来一袋儿 A整两瓶儿"))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(liquor, "老扬州 A廿瓶"))).containsExactly(Map.entry("A", "20"));
        assertThat(items(read(liquor, "老扬州 B卅袋"))).containsExactly(Map.entry("B", "30"));
    }

    @Test
    void thePriceAskedInDialectAndAnUnscentedKindAsk() {
        List<CatalogItem> soap = List.of(Catalogs.item("A", "薰衣草洗衣液", "瓶", "洗衣液"));
        for (String line : List.of("雪儿 2瓶 一瓶好多钱", "宋幺妹 3瓶 几多钱", "夏夏 1瓶 有冒打折", "汤汤 1瓶 要无香的")) {
            assertThat(read(soap, line).review()).as(line).isTrue();
        }
        assertThat(items(read(soap, "小芳 1瓶 要无糖的"))).as("a preference").containsExactly(Map.entry("A", "1"));
    }

    @Test
    void someOfEveryProductWithoutACountAsks() {
        List<CatalogItem> braised =
                List.of(Catalogs.item("A", "卤牛肉", "份", "牛肉", "A"), Catalogs.item("B", "卤鸡爪", "份", "鸡爪", "B"));
        for (String line : List.of("东北大汉 每样都来点", "阿滨 每样都要一点", "陶陶 卤的都来点")) {
            assertThat(read(braised, line).reason()).as(line).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        }
        assertThat(items(read(braised, "王伯 每样都来一份"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
    }

    @Test
    void aShareForSomeoneWithTheirFloorBetweenIsNoUnknownProduct() {
        List<CatalogItem> rice =
                List.of(Catalogs.item("A", "黑猪烤肠", "袋", "烤肠", "A"), Catalogs.item("C", "午餐肉罐头", "袋", "午餐肉", "C"));
        assertThat(items(read(rice, "宋姐 A2 另外帮3楼王阿姨带A1"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(rice, "静静 A1,帮3楼王阿姨带C1"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
    }

    @Test
    void countsGluedBeforeEachOfSeveralCodes() {
        List<CatalogItem> noodles = List.of(
                Catalogs.item("A", "螺蛳粉", "袋", "螺蛳粉", "A"),
                Catalogs.item("B", "米粉", "袋", "米粉", "B"),
                Catalogs.item("C", "老友粉", "袋", "老友粉", "C"));
        assertThat(items(read(noodles, "阿梁 2A1C"))).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));
        assertThat(items(read(noodles, "阿may 2a1c"))).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));
        assertThat(items(read(noodles, "小周 A2C1"))).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));
    }

    @Test
    void anEmojiGluedToTheCountIsThePictureOfTheProductNotPartOfTheName() {
        List<CatalogItem> fruit =
                List.of(Catalogs.item("A", "芒果", "箱", "芒果", "A"), Catalogs.item("B", "车厘子", "盒", "车厘子", "B"));
        assertThat(read(fruit, "小陈 🍒1盒").name()).isEqualTo("小陈");
        assertThat(read(fruit, "小鹿✨momo 🌙 1箱 A").name()).isEqualTo("小鹿✨momo 🌙");
    }

    @Test
    void partsLeftOutAllTogetherAreNoCancel() {
        List<CatalogItem> cabbage = List.of(Catalogs.item("A", "大白菜", "棵", "白菜"));
        assertThat(read(cabbage, "蒙奶奶 一棵,根和老叶都不要").cancelled()).isFalse();
        assertThat(read(cabbage, "老蒙 一棵 全都不要了").cancelled()).isTrue();
        assertThat(items(read(cabbage, "菊花 3棵 要包心紧的"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(cabbage, "大鹏 2棵 要七八成熟的"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void anEnglishNameWithItsTitleAndTheMoneyACountComesTo() {
        List<CatalogItem> eggs = List.of(Catalogs.item("A", "土鸡蛋", "盒", "土鸡蛋"));
        assertThat(read(eggs, "Tony 老师 1盒").name()).isEqualTo("Tony 老师");
        assertThat(read(eggs, "Tony 1盒").name()).isEqualTo("Tony");
        assertThat(items(read(eggs, "秋秋 土鸡蛋×2=64"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aSizeChangedAfterTheCountOrdersTheOtherSize() {
        List<CatalogItem> boots = List.of(
                Catalogs.item("BK38", "马丁靴 黑色 38码", "双", "黑38", "黑色38"),
                Catalogs.item("BK39", "马丁靴 黑色 39码", "双", "黑39", "黑色39"),
                Catalogs.item("BR38", "马丁靴 棕色 38码", "双", "棕38", "棕色38"));
        assertThat(items(read(boots, "毛毛 黑38 1双 38改39")))
                .as("39 is the size, not 39 pairs")
                .containsExactly(Map.entry("BK39", "1"));
        assertThat(items(read(boots, "大美 黑38→39 2双"))).containsExactly(Map.entry("BK39", "2"));
        assertThat(items(read(boots, "阿青 黑38 2双 2改1"))).containsExactly(Map.entry("BK38", "1"));
        assertThat(read(boots, "小棕 棕38 1双 38改39").items())
                .as("brown 39 is not sold")
                .noneMatch(i -> i.sku().equals("BR38") && i.qty().intValue() == 39);
        List<CatalogItem> suits = List.of(
                Catalogs.item("ZM", "紫色 M", "套", "紫色M"),
                Catalogs.item("ZL", "紫色 L", "套", "紫色L"),
                Catalogs.item("ZXL", "紫色 XL", "套", "紫色XL"),
                Catalogs.item("ZXXL", "紫色 XXL", "套", "紫色XXL"));
        assertThat(items(read(suits, "阿琪 紫色M 1套 改L"))).containsExactly(Map.entry("ZL", "1"));
        assertThat(items(read(suits, "许许 紫色m 1套 M换XL"))).containsExactly(Map.entry("ZXL", "1"));
        assertThat(items(read(suits, "小许 紫色m 1套 m换l"))).containsExactly(Map.entry("ZL", "1"));
        assertThat(items(read(suits, "彩霞 紫色XL 1套 XL换XXL"))).containsExactly(Map.entry("ZXXL", "1"));
        List<CatalogItem> cakes =
                List.of(Catalogs.item("T6", "芒果蛋糕 6寸", "个", "6寸"), Catalogs.item("T8", "芒果蛋糕 8寸", "个", "8寸"));
        assertThat(items(read(cakes, "阿飞 6寸 1个 改成8寸"))).containsExactly(Map.entry("T8", "1"));
        assertThat(items(read(cakes, "小秋 8寸不要了 换6寸")))
                .as("the other size instead of the one dropped")
                .containsExactly(Map.entry("T6", "1"));
    }

    @Test
    void aCountPerHeadOfOneOfSeveralProducts() {
        List<CatalogItem> groceries = List.of(
                Catalogs.item("A", "东北大米", "袋", "大米"),
                Catalogs.item("B", "花生油", "桶", "油"),
                Catalogs.item("C", "奶酪棒", "袋", "奶酪棒"));
        assertThat(items(read(groceries, "罗阿姨 大米一袋 我和老伴每人一桶油")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(groceries, "皮皮 大米1 我和我姐每人一袋奶酪棒 油1")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "2"));
        assertThat(items(read(groceries, "刘师傅 大米三袋 油两桶 油退一桶")))
                .containsExactly(Map.entry("A", "3"), Map.entry("B", "1"));
    }

    @Test
    void aQuestionEndedByAParticleInsteadOfAQuestionMark() {
        List<CatalogItem> crabs =
                List.of(Catalogs.item("A", "大闸蟹", "只", "大闸蟹", "A"), Catalogs.item("B", "青团", "盒", "青团", "B"));
        assertThat(read(crabs, "阿德 大闸蟹4只 活的伐").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(crabs, "小蔡 A1 B1 甜伐").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(crabs, "大刚 青团2盒 豆沙的甜不").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(crabs, "满妹子 青团1盒 新鲜冒").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(crabs, "阿宝 青团一盒 价钿还是20伐").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(items(read(crabs, "田田 青团1盒 周六来拿好伐")))
                .as("when it is fetched: the order stands")
                .containsExactly(Map.entry("B", "1"));
        assertThat(items(read(crabs, "二姐 青团2盒 帮我择好要得啵"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(crabs, "老幺 青团1盒 多给点红油嘛")))
                .as("嘛 softens a request")
                .containsExactly(Map.entry("B", "1"));
    }

    @Test
    void oneColourBeforeSeveralSizesOrOneSizeAfterSeveralColours() {
        List<CatalogItem> tees = List.of(
                Catalogs.item("BK-M", "T恤 黑色 M", "件", "黑色M", "黑M"),
                Catalogs.item("BK-L", "T恤 黑色 L", "件", "黑色L", "黑L"),
                Catalogs.item("BK-XL", "T恤 黑色 XL", "件", "黑色XL", "黑XL"),
                Catalogs.item("WH-M", "T恤 白色 M", "件", "白色M", "白M"),
                Catalogs.item("WH-XL", "T恤 白色 XL", "件", "白色XL", "白XL"));
        assertThat(items(read(tees, "周周 黑色 M L 各一件")))
                .as("the colour of each size")
                .containsOnly(Map.entry("BK-M", "1"), Map.entry("BK-L", "1"));
        assertThat(items(read(tees, "阿娇 黑色 M一件 XL两件"))).containsOnly(Map.entry("BK-M", "1"), Map.entry("BK-XL", "2"));
        assertThat(items(read(tees, "大卫 黑白各一件 都要XL")))
                .as("the size of each colour")
                .containsOnly(Map.entry("BK-XL", "1"), Map.entry("WH-XL", "1"));
        assertThat(items(read(tees, "毛毛 黑色M 1件 M换L")))
                .as("a size changed is not two sizes")
                .containsOnly(Map.entry("BK-L", "1"));
        assertThat(read(tees, "小白 白色 M L 各一件").items())
                .as("white L is not sold")
                .noneMatch(i -> i.sku().equals("BK-L"));
    }

    @Test
    void questionsAboutTheProductWithoutAQuestionMark() {
        List<CatalogItem> fruit =
                List.of(Catalogs.item("A", "海南芒果", "箱", "芒果", "A"), Catalogs.item("B", "纯牛奶", "瓶", "牛奶", "B"));
        assertThat(read(fruit, "老周 芒果2箱 一箱大概几个").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(fruit, "郑阿姨 芒果两箱 是海南哪里的").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(fruit, "阿朗 牛奶1瓶 全脂还是脱脂").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(fruit, "黄小姐 A1 B1 B是纯牛奶的吧").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(read(fruit, "钟 A1 B2 几J的").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(items(read(fruit, "邢邢 芒果2箱 现金还是转账")))
                .as("one way of paying or the other: the order stands")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(fruit, "小卫 芒果1箱 放冷冻还是冷藏"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void theLeadersCorrectionInABracketAndCountsTypedBySound() {
        List<CatalogItem> coconuts = List.of(Catalogs.item("A", "椰青", "个", "椰青"));
        assertThat(items(read(coconuts, "小林 椰青4个(团长:椰青只剩3个了,改你3个)"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(coconuts, "宋老师 3个(团长改:每户限购2个,已改2个)"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(coconuts, "阿娟 3个(原价30改25)")))
                .as("a resident's bracket with a number before the change is no correction")
                .containsExactly(Map.entry("A", "3"));
        assertThat(items(read(coconuts, "蒋老头 liang个"))).containsExactly(Map.entry("A", "2"));
        List<CatalogItem> dates = List.of(Catalogs.item("A", "红枣", "斤", "红枣"));
        assertThat(items(read(dates, "黄婆婆 1斤ban"))).containsExactly(Map.entry("A", "1.5"));
        assertThat(items(read(dates, "杭阿姨 1斤 半"))).containsExactly(Map.entry("A", "1.5"));
        assertThat(items(read(dates, "屠大爷 儿斤"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(dates, "老四川 2斤 微辣不辣无所谓"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void peopleCountedByNumberAsWellInCantoneseAndTheNorthsCancel() {
        List<CatalogItem> dates = List.of(Catalogs.item("A", "红枣", "袋", "红枣"));
        assertThat(items(read(dates, "瑶瑶 我们三个人每人两袋"))).containsExactly(Map.entry("A", "6"));
        assertThat(items(read(dates, "二叔 3袋 我老婆亦要两袋"))).containsExactly(Map.entry("A", "5"));
        assertThat(read(dates, "大鹏 甭了").cancelled()).isTrue();
        assertThat(items(read(dates, "阿强 3袋 阿嫂也要2袋"))).containsExactly(Map.entry("A", "5"));
        assertThat(items(read(dates, "董阿姨 1袋 帮我闺女也接一袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(dates, "周阿姨 2袋 我老头子说要3袋 那就3袋"))).containsExactly(Map.entry("A", "3"));
        List<CatalogItem> pork = List.of(Catalogs.item("A", "五花肉", "斤", "五花肉"));
        assertThat(items(read(pork, "芊芊 2斤 退半斤"))).containsExactly(Map.entry("A", "1.5"));
    }

    @Test
    void aNicknameOfNumeralsBeforeAWholeOrder() {
        List<CatalogItem> meat =
                List.of(Catalogs.item("A", "排骨", "斤", "排骨", "A"), Catalogs.item("B", "五花肉", "斤", "五花", "B"));
        assertThat(read(meat, "三斤 A2").name()).isEqualTo("三斤");
        assertThat(items(read(meat, "十斤 排骨2斤"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(meat, "十斤 排骨2斤").name()).isEqualTo("十斤");
        List<CatalogItem> beef = List.of(Catalogs.item("A", "牛腱", "kg", "牛腱"));
        assertThat(items(read(beef, "二两 1.5kg")))
                .as("a decimal count after the name is not the line's number again")
                .containsExactly(Map.entry("A", "1.5"));
    }

    @Test
    void morePeopleCountedAndNotThatManyButThis() {
        List<CatalogItem> skewers = List.of(Catalogs.item("A", "羊肉串", "串", "羊肉串"));
        assertThat(items(read(skewers, "阿楠 我们仨一人十串"))).containsExactly(Map.entry("A", "30"));
        assertThat(items(read(skewers, "老甘 我们两口子一人十串"))).containsExactly(Map.entry("A", "20"));
        assertThat(items(read(skewers, "安安 我家双胞胎一人五串"))).containsExactly(Map.entry("A", "10"));
        assertThat(items(read(skewers, "高师傅 我们三家每家十串"))).containsExactly(Map.entry("A", "30"));
        assertThat(items(read(skewers, "秀芬 三十串 俺仨闺女一人十串"))).containsExactly(Map.entry("A", "30"));
        assertThat(items(read(skewers, "小路 不要20串了,要30串"))).containsExactly(Map.entry("A", "30"));
        assertThat(items(read(skewers, "宋老师 不要20串了 改10串"))).containsExactly(Map.entry("A", "10"));
        assertThat(items(read(skewers, "胖虎 改40串 不要60串了"))).containsExactly(Map.entry("A", "40"));
        assertThat(items(read(skewers, "喜喜 10串 好吃到不要不要的"))).containsExactly(Map.entry("A", "10"));
    }

    @Test
    void traditionalCharactersNorthernUnitsAndKeepingQuestions() {
        List<CatalogItem> milk = List.of(Catalogs.item("A", "纯牛奶", "箱", "纯牛奶"), Catalogs.item("B", "茶叶礼盒", "盒", "礼盒"));
        assertThat(items(read(milk, "黄婉儀 純牛奶一箱 禮盒两盒"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(milk, "海子 纯牛奶一箱子"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(milk, "小鹿妈妈 礼盒两盒 能放冰箱几天?"))).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void signUpsNumberedWithADashOrGluedToTheirNumber() {
        List<CatalogItem> buns = List.of(Catalogs.item("A", "鲜肉包", "个", "鲜肉包", "A"));
        List<ChainEntry> dashed =
                parser.parse("#接龙 包子\n1- 阿珍 A2\n2- 陈伯 A3\n3- 靓靓 A1", buns).entries();
        assertThat(dashed).extracting(ChainEntry::name).containsExactly("阿珍", "陈伯", "靓靓");
        List<ChainEntry> glued =
                parser.parse("#接龙 包子\n1阿梅 A5\n2小郑 A4\n3Ivy A3\n4三哥 A2", buns).entries();
        assertThat(glued).extracting(ChainEntry::name).containsExactly("阿梅", "小郑", "Ivy", "三哥");
    }

    @Test
    void aKindTheDealDoesNotSellAsks() {
        List<CatalogItem> base = List.of(Catalogs.item("A", "牛油火锅底料 中辣", "袋", "火锅底料", "中辣"));
        assertThat(read(base, "阿依 微辣的3袋").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(items(read(base, "阿依 中辣的3袋"))).containsExactly(Map.entry("A", "3"));
        List<CatalogItem> yoghurt = List.of(Catalogs.item("A", "草莓酸奶 500ml", "瓶", "草莓酸奶", "酸奶"));
        assertThat(read(yoghurt, "小葵 原味2瓶").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(items(read(yoghurt, "小葵 2瓶(不要原味的)")))
                .as("in a bracket, how it should be")
                .containsExactly(Map.entry("A", "2"));
        List<CatalogItem> lychees = List.of(Catalogs.item("A", "妃子笑荔枝 5斤装", "箱", "妃子笑", "5斤装"));
        assertThat(read(lychees, "雷叔 10斤装").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(items(read(lychees, "雷叔 5斤装一箱"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(lychees, "二楼的猫 一箱").name())
                .as("a place glued into a nickname stays in it")
                .isEqualTo("二楼的猫");
        assertThat(read(lychees, "我是2栋的小马要一箱").name()).isEqualTo("小马");
    }

    @Test
    void theFirstSignUpNamedLikeAProductIsNoMenuLine() {
        List<CatalogItem> prawns = List.of(Catalogs.item("A", "阿根廷红虾", "盒", "红虾"));
        List<ChainEntry> entries = parser.parse("#接龙 阿根廷红虾 2kg/盒 150元\n周日截单\n\n1. 阿根 1盒\n2. 小红 2盒", prawns)
                .entries();
        assertThat(entries).extracting(ChainEntry::name).containsExactly("阿根", "小红");
        List<CatalogItem> teas =
                List.of(Catalogs.item("A", "焦糖布丁奶茶", "杯", "布丁奶茶", "布丁"), Catalogs.item("B", "生椰拿铁", "杯", "生椰"));
        assertThat(parser.parse("#接龙 下午茶\n1. 布丁 布丁奶茶1杯 少糖\n2. 阿柠 生椰2", teas).entries())
                .extracting(ChainEntry::name)
                .containsExactly("布丁", "阿柠");
        assertThat(parser.parse("剩下的 要的私我\n1. 布丁奶茶 2杯\n2. 生椰 5杯", teas).isChain())
                .as("a list of what is left")
                .isFalse();
    }

    @Test
    void theCountAfterARoomWrittenWithDashes() {
        List<CatalogItem> mangoes = List.of(Catalogs.item("A", "凯特芒", "箱", "芒果"));
        ChainEntry li = read(mangoes, "李姐-6-1-602-2箱");
        assertThat(li.name()).isEqualTo("李姐");
        assertThat(items(li)).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(mangoes, "小叶-12栋2单元-3箱"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(mangoes, "老王 6-1-602 1箱"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void howItIsWrappedIsNoOtherProductAndAVerticalStrokeParts() {
        List<CatalogItem> roses = List.of(Catalogs.item("A", "红玫瑰", "束", "玫瑰"));
        assertThat(items(read(roses, "Coco酱 1束 包装要粉色的"))).containsExactly(Map.entry("A", "1"));
        ChainEntry song = read(roses, "宋宋丨1束丨8栋");
        assertThat(song.name()).isEqualTo("宋宋");
        assertThat(items(song)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void arrowsBetweenTheFieldsOfALineAreSeparators() {
        List<CatalogItem> fish = List.of(Catalogs.item("A", "酸菜鱼", "份", "酸菜鱼"));
        for (String line : List.of("蓓蓓 → 1份 → 5栋", "大鹏=>2份=>11栋", "小蕊~1份~微辣")) {
            ChainEntry e = read(fish, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(e.name()).as(line).isEqualTo(line.substring(0, 2));
        }
        assertThat(items(read(fish, "大鹏=>2份=>11栋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(fish, "老王 2份→3份"))).as("a change of the count").containsExactly(Map.entry("A", "3"));
    }

    @Test
    void anUnknownWordWithItsOwnBareCountAmongPairsAsks() {
        List<CatalogItem> hotpot = List.of(
                Catalogs.item("A", "手切羊肉卷", "盒", "羊肉卷"),
                Catalogs.item("B", "雪花肥牛", "盒", "肥牛"),
                Catalogs.item("C", "虾滑", "盒"));
        for (String line : List.of("金哥 肥牛1 午餐肉2", "毛毛 虾滑1 鸭肠1", "阿杰 肥牛1 午餐肉2 虾滑1")) {
            assertThat(read(hotpot, line).reason()).as(line).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        }
        assertThat(items(read(hotpot, "郭老师 肥牛1 虾滑1 已付定金40")))
                .as("the money paid is no pair")
                .containsExactly(Map.entry("B", "1"), Map.entry("C", "1"));
    }

    @Test
    void aPaidMarkBeforeTheNameIsNoPartOfIt() {
        assertThat(read(Catalogs.strawberries(), "✅老耿 2盒").name()).isEqualTo("老耿");
        assertThat(read(Catalogs.strawberries(), "阿玲✅ 1盒").name()).isEqualTo("阿玲");
    }

    @Test
    void aVillaAWardOrABedNumberedBeforeTheNameIsThePlace() {
        ChainEntry linda = read(Catalogs.strawberries(), "7号别墅 Linda 1盒");
        assertThat(linda.name()).isEqualTo("Linda");
        assertThat(items(linda)).containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "骨科3病区 阿兰 2盒").name()).isEqualTo("阿兰");
        List<CatalogItem> meals = List.of(Catalogs.item("A", "排骨饭", "份", "A"), Catalogs.item("B", "鸡腿饭", "份", "B"));
        ChainEntry lin = read(meals, "A2病区 小林 B1");
        assertThat(lin.name()).isEqualTo("小林");
        assertThat(items(lin)).as("A2 is the ward, not two of A").containsExactly(Map.entry("B", "1"));
    }

    @Test
    void aHospitalDepartmentADormOrAVillageSchoolBeforeTheNameIsNoName() {
        for (String line : List.of("心内-杨洁-2", "内分泌 刘燕 2盒 放护士站就行", "8舍 老六 2盒", "村小 韩老师 2盒", "土木 铁头 2盒")) {
            ChainEntry e = read(Catalogs.strawberries(), line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(e.name()).as(line).isEqualTo(line.split("[- ]")[1]);
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "2"));
        }
    }

    @Test
    void someoneNamedBeforeAlsoAddsTheirShare() {
        for (String line : List.of("大毛 1盒 二毛也要1盒", "周老师 1盒 园长也要1盒", "大周 1盒 额媳妇也要1盒")) {
            assertThat(items(read(Catalogs.strawberries(), line))).as(line).containsExactly(Map.entry("A", "2"));
        }
    }

    @Test
    void wordsOfTheDialectsAndTraditionalFormsOfFoods() {
        List<CatalogItem> buns = List.of(Catalogs.item("A", "肉夹馍", "个"), Catalogs.item("B", "白吉馍", "袋"));
        assertThat(items(read(buns, "孙姐 肉夾饃1个 白吉饃两袋"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(parser.parse("#接龙 草莓\n1. 小丁 1盒\n2. 阿东 2盒\n3. 小北 1盒\n4. 锅锅 2盒 阿有奶油的", Catalogs.strawberries())
                        .entries()
                        .get(3)
                        .review())
                .as("阿有 asks whether there is")
                .isTrue();
        assertThat(items(read(Catalogs.strawberries(), "晶晶 2盒 多大事啊 买就完了"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "老王头 2盒 要红透的"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aWholeAddressBeforeTheNameEvenWhenItsCityNamesTheProduct() {
        List<CatalogItem> shrimp = List.of(Catalogs.item("A", "长沙口味虾", "盒", "口味虾"));
        ChainEntry luo = read(shrimp, "长沙市芙蓉区XX小区 1栋 2单元 1101 罗娭毑 2盒 孙子暑假回来了");
        assertThat(luo.name()).isEqualTo("罗娭毑");
        assertThat(items(luo)).containsExactly(Map.entry("A", "2"));
        ChainEntry lv = read(Catalogs.strawberries(), "青山区红钢城街 21街坊 5号楼 301 吕婆婆 5盒");
        assertThat(lv.name()).isEqualTo("吕婆婆");
        assertThat(items(lv)).containsExactly(Map.entry("A", "5"));
    }

    @Test
    void whatTheGrandchildLikesToEatIsARemark() {
        List<CatalogItem> veg = List.of(Catalogs.item("A", "洪山红菜薹", "斤", "菜薹"), Catalogs.item("C", "农家腊肉", "斤", "腊肉"));
        ChainEntry luo = read(veg, "罗婆婆 菜薹3斤 腊肉1斤 孙子就喜欢菜薹炒腊肉");
        assertThat(luo.review()).isFalse();
        assertThat(items(luo)).containsExactly(Map.entry("A", "3"), Map.entry("C", "1"));
        assertThat(items(read(Catalogs.strawberries(), "聂爹爹 2盒 孙女也要1盒"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void theCountAfterChangingTheMindBackIsTheOrder() {
        Map<String, String> expected = Map.of(
                "乔乔 算了 还是要一盒", "1",
                "幺妹 还是要三盒算了", "3",
                "甘姐 3盒 取消 又要了 2盒", "2",
                "老四 1盒,不对要2盒,算了还是1盒吧", "1");
        expected.forEach((line, count) ->
                assertThat(items(read(Catalogs.strawberries(), line))).as(line).containsExactly(Map.entry("A", count)));
        assertThat(read(Catalogs.strawberries(), "小米 2盒 算了 不要了").cancelled()).isTrue();
    }

    @Test
    void sharesInHokkienAndCancelsInHakka() {
        assertThat(items(read(Catalogs.strawberries(), "黄姊 一盒 我阿弟也欲一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "阿惠 4盒 阮阿母也卜2盒"))).containsExactly(Map.entry("A", "6"));
        assertThat(parser.parse("#接龙 草莓\n1. 卢细妹 2盒\n2. 阿珠 1盒\n3. 卢细妹 毋要了", Catalogs.strawberries())
                        .entries()
                        .get(2)
                        .cancelled())
                .isTrue();
    }

    @Test
    void someoneElseWantingTheSameDoublesTheOrder() {
        List<CatalogItem> yunnan = List.of(Catalogs.item("A", "饵块", "袋"), Catalogs.item("B", "乳扇", "包"));
        assertThat(items(read(yunnan, "小和 饵块1袋 乳扇1包 帮我舅舅也订一样的")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(items(read(yunnan, "阿强 饵块2袋 我同事也要一样的"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(yunnan, "阿梅 饵块2袋 口味一样的"))).as("no one else named").containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aCancelBetweenCommasInTheBracket() {
        assertThat(read(Catalogs.strawberries(), "周师傅 1盒(他出差了,取消,他老婆说的)").cancelled())
                .isTrue();
        assertThat(read(Catalogs.strawberries(), "周师傅 1盒(不取消,他老婆说的)").cancelled())
                .isFalse();
    }

    @Test
    void anEmojiAndTheWordsGluedToItAreOneName() {
        List<CatalogItem> shrimp = List.of(Catalogs.item("A", "基围虾", "斤", "虾"));
        assertThat(read(shrimp, "🦞虾虾 6斤(家里来客)").name()).isEqualTo("🦞虾虾");
        List<CatalogItem> coconut = List.of(Catalogs.item("A", "椰子", "个"));
        ChainEntry yezi = read(coconut, "🥥椰子Yezi 4");
        assertThat(yezi.name()).isEqualTo("🥥椰子Yezi");
        assertThat(items(yezi)).containsExactly(Map.entry("A", "4"));
        assertThat(read(Catalogs.strawberries(), "小陈 🍓2盒").name())
                .as("the picture of the order")
                .isEqualTo("小陈");
    }

    @Test
    void moreWaysToSayAShareACancelAndAPurpose() {
        assertThat(items(read(Catalogs.strawberries(), "阿沁 1盒 我嫂子也来1盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "师大妈 1盒 酸奶也来一盒").review())
                .as("a product nobody sells, not grandma")
                .isTrue();
        assertThat(items(read(Catalogs.strawberries(), "陈太 2盒 俾埋我阿妈一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "张大爷 您给我留两盒 谢谢您嘞"))).containsExactly(Map.entry("A", "2"));
        List<CatalogItem> plums = List.of(Catalogs.item("A", "青脆李", "斤", "李子", "A"));
        assertThat(items(read(plums, "朱伯 A10斤 泡李子酒"))).containsExactly(Map.entry("A", "10"));
        assertThat(parser.parse("#接龙 草莓\n1. 金金 2盒\n2. 阿珠 1盒\n3. 金金 退脱", Catalogs.strawberries())
                        .entries()
                        .get(2)
                        .cancelled())
                .isTrue();
    }

    @Test
    void aUnitTypedByItsSoundAfterACountStandingAlone() {
        List<CatalogItem> dumplings = List.of(Catalogs.item("A", "水饺", "袋"));
        assertThat(items(read(dumplings, "郑叔 二代"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(dumplings, "廖爷爷 给我来两代"))).containsExactly(Map.entry("A", "2"));
        ChainEntry second = read(dumplings, "兵团二代 3袋");
        assertThat(second.name()).as("inside a name, no unit").isEqualTo("兵团二代");
        assertThat(items(second)).containsExactly(Map.entry("A", "3"));
        List<CatalogItem> cakes = List.of(Catalogs.item("A", "月饼", "盒"));
        assertThat(read(cakes, "百合 2盒").name()).isEqualTo("百合");
        assertThat(items(read(List.of(Catalogs.item("A", "纯净水", "桶")), "严孃孃 一通")))
                .containsExactly(Map.entry("A", "1"));
    }

    @Test
    void countsEachForAPersonOrAHouseholdAddUp() {
        List<CatalogItem> rice = List.of(Catalogs.item("A", "大米", "斤"));
        Map<String, String> expected = Map.of(
                "老马 我家3斤 我闺女家2斤", "5",
                "二嫂 俺家2斤 俺娘家2斤", "4",
                "老邹 我爸2斤 我1斤", "3",
                "小吴 我家2斤 我妈家也2斤", "4",
                "老凌 20斤 我家10斤 岳母家10斤", "20");
        expected.forEach(
                (line, count) -> assertThat(items(read(rice, line))).as(line).containsExactly(Map.entry("A", count)));
        assertThat(read(rice, "老凌 20斤 我家10斤 岳母家5斤").review())
                .as("the shares do not make the total")
                .isTrue();
    }

    @Test
    void moneyPaidOnTopABigFruitAndAShrugAreNoOrders() {
        List<CatalogItem> plums = List.of(Catalogs.item("A", "李子", "斤"));
        assertThat(items(read(plums, "小丽 2斤 再补35"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(plums, "小丽 2斤 再补1斤")))
                .as("one more jin, no money")
                .containsExactly(Map.entry("A", "3"));
        assertThat(items(read(plums, "张张 1斤 要大果的"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(plums, "大强子 ~~整10斤~~ 整5斤得了"))).containsExactly(Map.entry("A", "5"));
    }

    @Test
    void anEverydayGoodTheDealDoesNotSellWithACountOfItsOwnAsks() {
        List<CatalogItem> dumplings = List.of(Catalogs.item("A", "三鲜水饺", "袋", "饺子", "水饺"));
        assertThat(read(dumplings, "毛大爷 包子 2袋").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(items(read(dumplings, "毛大爷 饺子 2袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(dumplings, "汤圆 2袋")))
                .as("a nickname where the name stands")
                .containsExactly(Map.entry("A", "2"));
        List<CatalogItem> plum = List.of(Catalogs.item("A", "酸梅汤", "瓶", "梅汤"));
        assertThat(read(plum, "熊大妈 北冰洋 2瓶").review()).isTrue();
    }

    @Test
    void askingToPryScaleOrSendItOnLeavesTheOrder() {
        Map<String, String> expected = Map.of("阿杰 5盒 能帮撬吗", "5", "谈 2盒 能不能帮忙打鳞?", "2", "黄黄 1盒 五点能好不?", "1");
        expected.forEach((line, count) ->
                assertThat(items(read(Catalogs.strawberries(), line))).as(line).containsExactly(Map.entry("A", count)));
    }

    @Test
    void askingWhetherItCanBeHadOrIsTheBetterBuyAsks() {
        for (String line : List.of("波波 9盒 能订到吗", "小咪 1盒 大盒的更划算吗")) {
            assertThat(parser.parse("#接龙 草莓\n1. 小丁 1盒\n2. 阿东 2盒\n3. 小北 1盒\n4. " + line, Catalogs.strawberries())
                            .entries()
                            .get(3)
                            .review())
                    .as(line)
                    .isTrue();
        }
    }

    @Test
    void aDrinksCodeWithHowItIsServedGluedOnIsTheCode() {
        List<CatalogItem> coffee = List.of(
                Catalogs.item("A", "美式", "杯", "A"),
                Catalogs.item("B", "拿铁", "杯", "B"),
                Catalogs.item("C", "燕麦拿铁", "杯", "C"));
        ChainEntry both = read(coffee, "老梁 A冰 B热");
        assertThat(both.name()).isEqualTo("老梁");
        assertThat(items(both)).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        ChainEntry before = read(coffee, "gary.w 冰B");
        assertThat(before.name()).isEqualTo("gary.w");
        assertThat(items(before)).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(coffee, "波波 A去冰 C正常冰"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
        assertThat(items(read(coffee, "叶叶 B冰 二杯"))).containsExactly(Map.entry("B", "2"));
        assertThat(read(coffee, "阿峥 A热A冰").review())
                .as("two of one drink, served two ways")
                .isTrue();
    }

    @Test
    void codesWrittenTogetherAfterTheNameAreOneOfEach() {
        List<CatalogItem> coded = List.of(
                Catalogs.item("A", "抽纸", "提", "A"),
                Catalogs.item("B", "湿巾", "包", "B"),
                Catalogs.item("C", "洗衣液", "瓶", "C"));
        ChainEntry three = read(coded, "5-2-902 晓东 ABC");
        assertThat(three.name()).isEqualTo("晓东");
        assertThat(items(three)).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(coded, "小彤彤 ac 放门口"))).containsExactly(Map.entry("A", "1"), Map.entry("C", "1"));
        assertThat(read(coded, "AB 2").name()).as("the first word is a name").isEqualTo("AB");
        assertThat(read(coded, "小王 AC 2").review()).as("2 of each, or of both?").isTrue();
    }

    @Test
    void theKindsCountedByWhatTellsThemApartAreAllOfThem() {
        List<CatalogItem> cups = List.of(
                Catalogs.item("A", "红色水杯", "个", "红色"),
                Catalogs.item("B", "蓝色水杯", "个", "蓝色"),
                Catalogs.item("C", "绿色水杯", "个", "绿色"));
        for (String line : List.of("婉婉 三个颜色各一个", "婉婉 3个颜色各1")) {
            assertThat(items(read(cups, line)))
                    .as(line)
                    .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"), Map.entry("C", "1"));
        }
        assertThat(read(cups, "婉婉 两个颜色各一个").review()).as("which two?").isTrue();
    }

    @Test
    void whatIsLeftOutMayBeNamedAfterEveryOne() {
        List<CatalogItem> mooncakes = List.of(
                Catalogs.item("A", "五仁月饼", "盒", "五仁"),
                Catalogs.item("B", "蛋黄月饼", "盒", "蛋黄"),
                Catalogs.item("C", "豆沙月饼", "盒", "豆沙"));
        assertThat(items(read(mooncakes, "冯姐 每样一盒 五仁除外"))).containsExactly(Map.entry("B", "1"), Map.entry("C", "1"));
        assertThat(items(read(mooncakes, "冯姐 五仁、豆沙以外 各两盒"))).containsExactly(Map.entry("B", "2"));
        assertThat(read(mooncakes, "冯姐 1盒 有五仁以外的吗").review()).isTrue();
    }

    @Test
    void anotherCountThatWouldDoAsWellLeavesTheCountOpen() {
        List<CatalogItem> pork = List.of(Catalogs.item("A", "五花肉", "斤"));
        assertThat(read(pork, "阿蕾 三斤 两斤也行").reason()).isEqualTo(ReviewReason.CONFLICTING_NUMBERS);
        assertThat(items(read(pork, "笑笑 2斤 晚点送也行")))
                .as("a handover that would do")
                .containsExactly(Map.entry("A", "2"));
        assertThat(items(read(pork, "老王 两斤也行"))).containsExactly(Map.entry("A", "2"));
    }
}
