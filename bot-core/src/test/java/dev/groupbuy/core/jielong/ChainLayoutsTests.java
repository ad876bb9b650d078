package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a whole message is laid out: numbers glued to names, the leader's tally below, the first line. */
class ChainLayoutsTests extends LineReading {

    private static List<String> names(ParsedChain chain) {
        return chain.entries().stream().map(ChainEntry::name).toList();
    }

    @Test
    void numbersGluedToNamesAreLineNumbersWhenTheyFollowOnFromTheLineAbove() {
        ParsedChain chain = parser.parse("#接龙 桂花糕\n1糖糖 2盒\n2阿飞 1盒\n3. 老严 1盒\n4小鱼儿 3盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 3, 4);
        assertThat(names(chain)).containsExactly("糖糖", "阿飞", "老严", "小鱼儿");
    }

    @Test
    void aRisingColumnOfStudentNumbersBeforeTheNamesIsNoCount() {
        String chain = "毕业纪念册 58元/本\n例：学号+名字+本数\n1. 01 安然 1本\n2. 05 程诺 2本\n3. 10 侯思远 一本\n4. 14 康乐\n"
                + "5. 17 孟想 2本\n6. 阿May 1本";
        ParsedChain read = parser.parse(chain, List.of(Catalogs.item("A", "毕业纪念册", "本", "纪念册")));

        assertThat(names(read)).containsExactly("安然", "程诺", "侯思远", "康乐", "孟想", "阿May");
        assertThat(read.entries()).extracting(e -> items(e).get("A")).containsExactly("1", "2", "1", "1", "2", "1");
    }

    @Test
    void bareCountsBeforeTheNamesAreNoColumnOfNumbers() {
        ParsedChain read =
                parser.parse("#接龙 草莓\n1. 2 小王\n2. 1 老李\n3. 2 阿芳\n4. 3 小周\n5. 1 阿May", Catalogs.strawberries());

        assertThat(read.entries()).extracting(e -> items(e).get("A")).containsExactly("2", "1", "2", "3", "1");
    }

    @Test
    void aFormFilledInOneFieldALineIsOneSignUp() {
        List<CatalogItem> jerky =
                List.of(Catalogs.item("A", "五香牛肉干", "袋", "五香", "A"), Catalogs.item("B", "麻辣牛肉干", "袋", "麻辣", "B"));
        String chain = "#接龙 牛肉干\n请按格式填写：\n姓名：\n数量：\n\n1. 姓名：乌兰\n楼号：4号楼\n数量：A2 B1\n"
                + "2. 姓名：老白 楼号：1号楼 数量：B2\n3. Name: Lucas | Room: 7-303 | Order: A1\n4. 阿May B1";
        ParsedChain read = parser.parse(chain, jerky);

        assertThat(names(read)).containsExactly("乌兰", "老白", "Lucas", "阿May");
        assertThat(items(read.entries().get(0))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read.entries().get(2))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void pointersBulletsAndFieldPicturesSeparateThePartsOfALine() {
        List<CatalogItem> noodles =
                List.of(Catalogs.item("A", "螺蛳粉", "提", "螺蛳粉", "A"), Catalogs.item("B", "酸笋", "提", "酸笋", "B"));
        ParsedChain read =
                parser.parse("#接龙\n1. 莉莉👉A3👉B1\n2. 牛牛爸▶️A2▶️B2\n3. 🏠3栋 👤郝姐 📦2提 A\n4. 潘潘🔸A1🔸B1", noodles);

        assertThat(names(read)).containsExactly("莉莉", "牛牛爸", "郝姐", "潘潘");
        assertThat(items(read.entries().get(0))).containsExactly(Map.entry("A", "3"), Map.entry("B", "1"));
    }

    @Test
    void anOrderWrappedBelowTheNameIsThatLinesOrder() {
        List<CatalogItem> dumplings = List.of(
                Catalogs.item("A", "黑芝麻汤圆", "袋", "芝麻", "A"),
                Catalogs.item("B", "花生汤圆", "袋", "花生", "B"),
                Catalogs.item("C", "鲜肉汤圆", "袋", "鲜肉", "C"));
        ParsedChain read =
                parser.parse("#接龙 汤圆\n1. 阿娣\nA2 B1\n2. 王家伯伯 A1 C1\n3. 小贝\n芝麻2袋\n4. 莉娜（14幢）\n各一袋\n5. 林老师 B2", dumplings);

        assertThat(names(read)).containsExactly("阿娣", "王家伯伯", "小贝", "莉娜", "林老师");
        assertThat(items(read.entries().get(0))).containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read.entries().get(2))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read.entries().get(3))).hasSize(3);
    }

    @Test
    void aGluedNumberThatIsNoLineNumberStaysWhatItIs() {
        ParsedChain rooms = parser.parse("#接龙\n1. 老严 1盒\n2. 阿飞 1盒\n3栋 小宋 1盒\n3. 阿May 1盒", Catalogs.strawberries());
        ParsedChain alone = parser.parse("#接龙 桂花糕\n1糖糖 2盒\n阿飞 1盒", Catalogs.strawberries());

        assertThat(names(rooms)).containsExactly("老严", "阿飞", "阿May");
        assertThat(alone.entries()).isEmpty();
    }

    @Test
    void theLeadersRunningTallyBelowTheListIsNoSignUp() {
        ParsedChain chain =
                parser.parse("#接龙 青芒 10斤/箱\n1. 周姐 1箱\n2. 胖哥 2箱\n\n目前3箱 满10箱发车 大家再喊喊邻居", Catalogs.strawberries());
        ParsedChain cut = parser.parse("#接龙\n1. 周姐 1箱\n2. 胖哥 2箱\n\n截至中午 共3箱", Catalogs.strawberries());

        assertThat(names(chain)).containsExactly("周姐", "胖哥");
        assertThat(names(cut)).containsExactly("周姐", "胖哥");
    }

    @Test
    void aFirstLineWhoseNicknameHasARecipeWordOrDeIsASignUp() {
        ParsedChain chain = parser.parse("#接龙 海鲜\n1. 海边的风 2盒\n2. 阿琪 1盒", Catalogs.strawberries());
        ParsedChain rule = parser.parse("#接龙\n1. 每人限购2盒\n1. 阿琪 1盒", Catalogs.strawberries());

        assertThat(names(chain)).containsExactly("海边的风", "阿琪");
        assertThat(names(rule)).containsExactly("阿琪");
    }

    @Test
    void aLineWithNoOtherNameIsSignedByTheProductWordInFront() {
        List<CatalogItem> eggs = List.of(Catalogs.item("A", "散养土鸡蛋 30枚", "箱", "土鸡蛋", "鸡蛋", "蛋"));

        ChainEntry dandan =
                parser.parse("#接龙\n1. 老葛 1箱\n2. 蛋蛋 两箱 一箱给我妈", eggs).entries().get(1);
        ChainEntry room =
                parser.parse("#接龙\n1. 老葛 1箱\n2. 8-302 鸡蛋2箱", eggs).entries().get(1);

        assertThat(dandan.name()).isEqualTo("蛋蛋");
        assertThat(items(dandan)).containsExactly(Map.entry("A", "2"));
        assertThat(room.name()).isEqualTo("8-302");
        assertThat(items(room)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void digitsGluedAfterAPaidMarkAreTheMoneyPaid() {
        ParsedChain chain = parser.parse("#接龙\n1. 乐乐 ✅45\n2. 阿May ✅2", Catalogs.strawberries());

        assertThat(items(chain.entries().get(0))).containsExactly(Map.entry("A", "1"));
        assertThat(items(chain.entries().get(1))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void stepsOfARecipeAndAComplaintToTheLeaderAreNoChains() {
        ParsedChain recipe = parser.parse(
                "有人问酸菜鱼怎么做，我写一下\n1. 鱼片用1勺盐腌10分钟\n2. 锅里放2勺油 把酸菜炒香\n3. 加水煮开 放鱼片煮2分钟", Catalogs.strawberries());
        ParsedChain complaint =
                parser.parse("@团长 昨天的货有点问题\n1. 草莓2盒里有一盒压坏了\n2. 少了1盒\n我是5-1-202 老严", Catalogs.strawberries());

        assertThat(recipe.isChain()).isFalse();
        assertThat(complaint.isChain()).isFalse();
    }

    @Test
    void numberedRulesThatRunOnIntoOneSignUpAreNoChain() {
        ParsedChain rules =
                parser.parse("【接龙须知】\n1. 接龙请写名字和楼号\n2. 截单后不接受取消\n3. 有问题24小时内反馈，过时不处理", Catalogs.strawberries());

        assertThat(rules.isChain()).isFalse();
    }

    @Test
    void aPricedDealPostThatSaysWhenTheGoodsArriveIsAChain() {
        ParsedChain chain = parser.parse("【蔬菜团】明天到货\n青菜 3元/斤\n下午4点截\n\n1. 周姨 2斤\n2. 阿宽 1斤", Catalogs.strawberries());
        ParsedChain notice = parser.parse("到货啦 请以下邻居来拿\n1. 周姨 2盒\n2. 阿宽 1盒", Catalogs.strawberries());

        assertThat(names(chain)).containsExactly("周姨", "阿宽");
        assertThat(notice.isChain()).isFalse();
    }

    @Test
    void aTallyFramedInDashesIsNoSignUp() {
        ParsedChain chain = parser.parse("#接龙 手抓饼\n1. 阿黎 1包\n2. 洛洛 3包\n\n——已接2人，共4包，还差6包——", Catalogs.strawberries());

        assertThat(names(chain)).containsExactly("阿黎", "洛洛");
    }

    @Test
    void numberedInstructionsBeforeTheSignUpsStartAgainAreTheLeaders() {
        ParsedChain chain = parser.parse(
                "#接龙 酸奶\n须知：\n1. 周二晚9点截单\n2. 周四上午冷链到，南门快递柜旁取\n3. 当天取，放不住\n1. 小橘子 2盒\n2. 菲菲 1盒",
                Catalogs.strawberries());

        assertThat(names(chain)).containsExactly("小橘子", "菲菲");
    }

    @Test
    void aChainPastedFromTheMiddleWithTheLeadersTallyBelow() {
        ParsedChain chain =
                parser.parse("…接上条，1-13号见上面👆\n14. 老顾 2盒\n15. 虾虾 1盒\n16. 阿芬 3盒\n共6盒，明早8点到货", Catalogs.strawberries());

        assertThat(names(chain)).containsExactly("老顾", "虾虾", "阿芬");
    }

    @Test
    void aNoticeThatSpeaksOfTheChainIsNoChain() {
        ParsedChain notice = parser.parse(
                "【取货通知】草莓今天下午到了\n按接龙序号分批取\n以下几位要求送货的，我晚上统一送：\n1. 蟹老板 7-2-301\n2. 何太 12栋\n3. 王哥 5-1-1002",
                Catalogs.strawberries());

        assertThat(notice.isChain()).isFalse();
    }

    @Test
    void aPostEndingItsProductLinesWithPricesThatSaysWhenTheGoodsComeIsADeal() {
        ParsedChain chain = parser.parse(
                "秋季水果团\nA 红富士 10斤/箱 49\nB 香梨 5斤/箱 35\n周六到货 物业前台自提\n\n1. 芝芝 A1 B1\n2. 老卓 A2",
                List.of(Catalogs.item("A", "红富士", "箱", "A"), Catalogs.item("B", "香梨", "箱", "B")));

        assertThat(names(chain)).containsExactly("芝芝", "老卓");
    }

    @Test
    void anOfficeMenuPricedInOneDigitAndATimeAreTheLeadersAndCountingWhoWantsIsNoSummary() {
        String post = "【明天午餐团】行政小冯统计\n1. 黄焖鸡米饭 22\n2. 梅菜扣肉饭 25\n3. 加卤蛋 3\n4. 冰红茶 4\n"
                + "10:30截止,12点前台取餐\n\n1. 财务小周 1+3\n2. 小林 2x2\n3. Amy 黄焖鸡米饭1 冰红茶2";
        List<dev.groupbuy.core.deal.CatalogItem> menu = List.of(
                Catalogs.item("A", "黄焖鸡米饭", "份", "1", "黄焖鸡"),
                Catalogs.item("B", "梅菜扣肉饭", "份", "2", "扣肉饭"),
                Catalogs.item("C", "加卤蛋", "个", "3", "卤蛋"),
                Catalogs.item("D", "冰红茶", "瓶", "4"));

        ParsedChain chain = new ChainParser().parse(post, menu);

        assertThat(chain.isChain()).isTrue();
        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("财务小周", "小林", "Amy");
    }

    @Test
    void aPlaceInTheQueueInTheLeadersLastWordsIsNoSignUp() {
        ParsedChain chain = new ChainParser()
                .parse("#接龙 水蜜桃 69元/箱\n1. 罗姐 1箱\n2. 陶陶 1箱\n满了满了 第3位往后排下一批 不好意思", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("罗姐", "陶陶");
    }

    @Test
    void aLinePastedTwiceInARowIsOneOrder() {
        ParsedChain chain = new ChainParser()
                .parse("#接龙 草莓\n12. 小燕子 1盒\n13. 阿梅 2盒 一盒送我妈那边\n13. 阿梅 2盒 一盒送我妈那边\n14. 小黄 1盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("小燕子", "阿梅", "小黄");
    }

    @Test
    void theSameAsAboveWithoutOneProduct() {
        List<CatalogItem> zongzi = List.of(
                Catalogs.item("A", "鲜肉粽", "个", "A"),
                Catalogs.item("B", "豆沙粽", "个", "B"),
                Catalogs.item("C", "咸鸭蛋", "个", "C"));

        List<ChainEntry> entries = new ChainParser()
                .parse("#接龙\n1. 小美 A2 B1 C2\n2. Coco 同上,C不要", zongzi)
                .entries();

        assertThat(items(entries.get(1))).containsOnly(Map.entry("A", "2"), Map.entry("B", "1"));
    }

    @Test
    void theLeadersNotesNumberedAfreshBelowTheSignUpsAreNoSignUps() {
        ParsedChain chain = parser.parse(
                "#接龙 牛腱子 52元/斤\n1. 大胡 2斤\n2. 静怡 3斤\n3. 老韩头 4斤\n\n⚠️注意事项：\n"
                        + "1. 按块发货，实际重量会有出入，到货后统一多退少补\n2. 周四晚7点到，东门冷链车现场取\n"
                        + "3. 冷冻品不退不换，请接龙前想清楚",
                Catalogs.strawberries());
        ParsedChain twice = parser.parse("#接龙\n1. 吉姐 1盒\n2. 阿鹏 2盒\n2. 萍萍 两盒\n3. 季 1盒", Catalogs.strawberries());

        assertThat(names(chain)).containsExactly("大胡", "静怡", "老韩头");
        assertThat(names(twice)).as("two residents on one number").containsExactly("吉姐", "阿鹏", "萍萍", "季");
    }

    @Test
    void theExpectedNumberGluedToARoom() {
        ParsedChain chain = parser.parse("#接龙\n1. 大胡 2盒\n2.1102 3盒\n3.9-303 小祝 1盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 3);
        assertThat(names(chain)).containsExactly("大胡", "1102", "小祝");
    }

    @Test
    void talliesWeighingsAndSizeChartsAreNoChains() {
        ParsedChain tally = parser.parse(
                "葱油饼接龙统计（已经按大家改过的数字更新）\n1. 张家阿婆 1袋\n2. 小囡 2袋\n3. 王老师 2袋\n一共5袋，请大家核对", Catalogs.strawberries());
        ParsedChain weighed = parser.parse(
                "【昨天土猪五花肉 称重结果】\n1. 周阿姨 订2斤 实称2.3斤 补8元\n2. 老韩 订1.5斤 实称1.4斤 退2.7元", Catalogs.strawberries());
        ParsedChain sizes =
                parser.parse("【码数参考】\n1. 35码 脚长22.5cm\n2. 36码 脚长23cm\n3. 37码 脚长23.5cm", Catalogs.strawberries());
        ParsedChain soldOut = parser.parse("#接龙 健步鞋 ❌黑色150已断码\n1. 小米粒 37码\n2. 胡姐 38码", Catalogs.strawberries());

        assertThat(tally.isChain()).isFalse();
        assertThat(weighed.isChain()).isFalse();
        assertThat(sizes.isChain()).isFalse();
        assertThat(soldOut.isChain()).as("a size sold out, in the deal's post").isTrue();
    }

    @Test
    void listsThatNameWinnersCheckPaymentsOrTeachHowToSignAreNoChain() {
        ParsedChain lottery =
                parser.parse("【本周抽奖结果】按接龙序号抽的\n1. 一等奖 第5号 阿杰 草莓1盒\n2. 二等奖 第9号 小林 草莓1盒", Catalogs.strawberries());
        ParsedChain payments =
                parser.parse("草莓接龙付款核对：\n1. 阿兰 ✅\n2. 小飞 ✅\n3. 周姐 1盒\n4. Tina 2盒", Catalogs.strawberries());
        ParsedChain howTo =
                parser.parse("新来的邻居，接龙咋个接：\n1. 长按接龙消息点接龙\n2. 比如：15. 6栋 黄姐 2盒\n3. 写错了在后面改", Catalogs.strawberries());
        ParsedChain market = parser.parse("今天早市的价，大家比比：\n1. 草莓 38/斤\n2. 蓝莓 25/盒", Catalogs.strawberries());
        ParsedChain chain = parser.parse("#接龙 草莓 接满50盒团购价\n1. 阿兰 1盒\n2. 小飞 2盒\n还差几盒，大家帮忙转发", Catalogs.strawberries());

        assertThat(lottery.isChain()).isFalse();
        assertThat(payments.isChain()).isFalse();
        assertThat(howTo.isChain()).isFalse();
        assertThat(market.isChain()).isFalse();
        assertThat(chain.isChain()).as("forwarding asked for under a chain").isTrue();
    }

    @Test
    void aCountOnTheLineUnderANameIsTheRestOfThatSignUp() {
        ParsedChain chain = parser.parse(
                "#接龙 草莓\n1. 陈阿姨 3号楼\n2盒\n2. 许老师 11号楼1202\n   一盒 谢谢\n3. 娟娟 1盒\n4. 柯柯\n2盒", Catalogs.strawberries());

        assertThat(chain.entries()).hasSize(4);
        assertThat(chain.entries().get(0).name()).isEqualTo("陈阿姨");
        assertThat(chain.entries().get(0).items())
                .extracting(i -> i.qty().intValue())
                .containsExactly(2);
        assertThat(chain.entries().get(1).items())
                .extracting(i -> i.qty().intValue())
                .containsExactly(1);
        assertThat(chain.entries().get(2).items())
                .extracting(i -> i.qty().intValue())
                .containsExactly(1);
        assertThat(chain.entries().get(3).items())
                .extracting(i -> i.qty().intValue())
                .containsExactly(2);
    }

    @Test
    void linesNumberedInChineseNumeralsBeforeAnEnumerationComma() {
        ParsedChain chain = parser.parse(
                "接龙:草莓 59元/盒\n例:张三 1盒\n\n一、阿芬 1盒\n二、陈伯 两盒\n三、Kiki 1盒 夜晚先嚟拎\n十、十一 2盒\n十一、阿May +1",
                Catalogs.strawberries());
        assertThat(chain.isChain()).isTrue();
        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 3, 10, 11);
        assertThat(chain.entries().get(3).name())
                .as("a nickname that is a numeral")
                .isEqualTo("十一");
        assertThat(chain.entries().get(3).items()).hasSize(1);
        ParsedChain rules =
                parser.parse("团购须知\n一、每周四晚上8点截单,过时不候\n二、请在群里接龙,不要私聊\n三、收货后24小时内有问题找团长", Catalogs.strawberries());
        assertThat(rules.isChain())
                .as("rules numbered the same way are no chain")
                .isFalse();
    }

    @Test
    void aReminderOfWhoHasNotPaidInTheDialectsIsNoChain() {
        assertThat(parser.parse("【收钱喽】香肠的钱还有几家没给哈，麻烦看到的转一下：\n1、王幺爸 190\n2、刘婆婆 95\n3、何三哥 76", Catalogs.strawberries())
                        .isChain())
                .isFalse();
        assertThat(parser.parse(
                                "@所有人 昨天接龙还有以下几位冇付钱，看到麻烦转一下哈：\n1. 熊姐 2盒 24元\n2. 细毛奶奶 1盒 12元\n3. 涂涂 3盒 36元",
                                Catalogs.strawberries())
                        .isChain())
                .isFalse();
    }

    @Test
    void theFieldsThePostSpellsOutTellTheCountFromTheBuilding() {
        List<CatalogItem> oranges = List.of(Catalogs.item("A", "武鸣沃柑", "箱", "沃柑"));
        ParsedChain dashed = parser.parse(
                "#接龙 沃柑 45元/箱\n接龙格式：名字-楼栋-数量\n例：张三-6栋-1\n1. 小蔓-12栋-2\n2. 钟叔-15-3\n3. 阿May-7栋-1箱\n"
                        + "4. 小何 9栋 2箱\n5. 丽丽-3栋801-2-送人的",
                oranges);
        assertThat(names(dashed)).containsExactly("小蔓", "钟叔", "阿May", "小何", "丽丽");
        assertThat(dashed.entries()).extracting(e -> items(e).get("A")).containsExactly("2", "3", "1", "2", "2");

        ParsedChain slashed = parser.parse("#接龙 欧包 22元/袋\n按\"名字/楼号/数量\"接，例：小王/3/2\n1. 小叶/6/1\n2. 老庞/12/2", oranges);
        assertThat(slashed.entries()).extracting(e -> items(e).get("A")).containsExactly("1", "2");

        ParsedChain placeFirst = parser.parse("#接龙 大包 12元/袋\n格式：楼号-名字-数量-备注\n1. 3-502-小陈-2-不要葱\n2. 7栋-阿伟-1", oranges);
        assertThat(names(placeFirst)).containsExactly("小陈", "阿伟");
        assertThat(placeFirst.entries()).extracting(e -> items(e).get("A")).containsExactly("2", "1");
    }

    @Test
    void aRefundPromisedIfTheDealFailsIsPartOfTheDealNotARefundNotice() {
        List<CatalogItem> rice = List.of(Catalogs.item("A", "五常大米", "袋", "大米"));
        ParsedChain chain = parser.parse("#接龙 五常大米 10斤/袋\n满100袋厂家直发，不满退款\n例：张三 2袋\n\n1. 老韩 2袋\n2. 李婶 3栋 1袋", rice);
        assertThat(chain.isChain()).isTrue();
        assertThat(names(chain)).containsExactly("老韩", "李婶");
        ParsedChain refunds = parser.parse("退款名单\n1. 老韩 2袋 已退\n2. 李婶 1袋 已退", rice);
        assertThat(refunds.isChain()).as("a list of refunds made").isFalse();
    }

    @Test
    void aProductMarkedSoldOutOnItsLineLeavesTheChainAndOrdersOfItAreAsked() {
        List<CatalogItem> nuts = List.of(
                Catalogs.item("A", "每日坚果", "盒", "A"),
                Catalogs.item("C", "碧根果", "袋", "C"),
                Catalogs.item("D", "开心果", "袋", "D"));
        ParsedChain chain = parser.parse(
                "#接龙 进口坚果\nA 每日坚果 89元\nB 夏威夷果 45元（缺货，到了另外通知）\nC 碧根果 42元\nD 开心果 55元\n"
                        + "1. 松鼠 A1 C1\n2. 老聂 D1 C1 B1\n3. 阿宽 A1",
                nuts);
        assertThat(chain.isChain()).isTrue();
        assertThat(names(chain)).containsExactly("松鼠", "老聂", "阿宽");
        assertThat(chain.entries().get(1).review())
                .as("B is not sold: the leader is asked")
                .isTrue();
        assertThat(chain.entries().get(1).reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(parser.parse("缺货通知\n1. 松鼠 A1 换C1\n2. 老聂 D1", nuts).isChain())
                .as("a notice of what ran out")
                .isFalse();
    }
}
