package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What stands around the sign-ups: the leader's post pasted again halfway down, and numbered lists that only look
 * like a chain (a driver's delivery route).
 */
class AroundTheChainTests extends LineReading {

    private static final List<CatalogItem> PEARS = List.of(
            Catalogs.item("A", "砀山酥梨", "箱", "酥梨"),
            Catalogs.item("B", "库尔勒香梨", "箱", "香梨"),
            Catalogs.item("C", "秋月梨", "箱"));

    @Test
    void thePostsNumberedProductsPastedAgainBelowSignUpsAreStillTheLeaders() {
        String post = "#接龙 梨子专场\n1. 砀山酥梨 39元/箱\n2. 库尔勒香梨 58元/箱\n3. 秋月梨 66元/箱\n周五截单\n例：张三 酥梨1\n";
        ParsedChain chain = parser.parse(post + "1. 小樊 酥梨1\n2. 阿迪 香梨2\n" + post + "3. 秀秀 秋月梨1\n4. 老车 酥梨2 香梨1", PEARS);
        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 3, 4);
        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("小樊", "阿迪", "秀秀", "老车");
    }

    @Test
    void aDeliveryRouteIsNoChain() {
        String route = "今日配送顺序（梨）\n1. 3-201 小樊 1箱\n2. 5栋 阿迪 2箱\n3. 2-1-602 秀秀 1箱\n下午2点开始送";
        assertThat(parser.parse(route, PEARS.subList(0, 1)).isChain()).isFalse();
        String order = "梨子到了，按这个顺序找自己的袋子\n1. 12F 小樊 1箱\n2. 15F 阿迪 2箱\n3. 9楼 秀秀 1箱";
        assertThat(parser.parse(order, PEARS.subList(0, 1)).isChain()).isFalse();
        String left = "⚠️还没取的邻居，请今晚8点前到南门取：\n1. 3-2-501 小樊 1箱\n2. 5栋 阿迪 2箱\n3. 北门 秀秀 1箱";
        assertThat(parser.parse(left, PEARS.subList(0, 1)).isChain()).isFalse();
        String night = "夜班补给团 砀山酥梨 39元一箱\n明晚交班前截止\n1. 急诊 小樊 1箱\n2. ICU 阿迪 2箱\n3. 急诊 秀秀 1箱";
        assertThat(parser.parse(night, PEARS.subList(0, 1)).isChain()).isTrue();
        String split = "【梨子分货表】\n昨天梨子接龙一共28箱，按楼栋分好：\n1. 3栋 共6箱\n2. 5栋 共4箱\n3. 7栋 共10箱";
        assertThat(parser.parse(split, PEARS.subList(0, 1)).isChain()).isFalse();
        String rename = "【群公告】请大家把群昵称改成 楼栋-名字，比如：\n1. 3栋-小周\n2. 南区-阿琴\n3. 7-2-301 刘姐";
        assertThat(parser.parse(rename, PEARS.subList(0, 1)).isChain()).isFalse();
        String milk = "明早送奶路线（师傅看这个）\n1. 3-502 王姐 A2 B1\n2. 2栋 小谢 A1\n3. A区 老周 B2";
        assertThat(parser.parse(milk, PEARS).isChain()).isFalse();
    }

    @Test
    void aCheckOfWhoPaidIsNoChain() {
        String check = "【核对付款】梨子接龙付款情况：\n1. 小樊 1箱 ✅\n2. 阿迪 2箱 ✅\n3. 秀秀 1箱 ❌\n没打钩的今天转一下";
        assertThat(parser.parse(check, PEARS.subList(0, 1)).isChain()).isFalse();
        String format = "接龙｜酥梨 39元/箱\n格式：楼号-房号 名字 数量 付款情况\n1. 8-502 小樊 1箱 已付\n2. 阿迪 2箱\n3. 秀秀 1箱";
        assertThat(parser.parse(format, PEARS.subList(0, 1)).isChain()).isTrue();
    }

    @Test
    void aQuestionOfHowItIsHandedOverOrPreparedLeavesTheOrderEvenAfterTheSameAsAbove() {
        ParsedChain chain =
                parser.parse("#接龙\n1. 小樊 酥梨1 香梨1\n2. 阿迪 同上,七点前能到吗\n3. 秀秀 香梨1 能片成片吗\n4. 老车 秋月梨1 可以写卡片吗", PEARS);
        assertThat(chain.entries()).noneMatch(ChainEntry::review);
        assertThat(items(chain.entries().get(1)))
                .containsExactly(java.util.Map.entry("A", "1"), java.util.Map.entry("B", "1"));
        for (String line : List.of("小樊 酥梨1 周几发?", "阿迪 香梨1 学校发还是自己拿?", "秀秀 秋月梨1 多冻几天没事吧")) {
            assertThat(read(PEARS, line).review()).as(line).isFalse();
        }
        assertThat(read(PEARS, "阿迪 香梨1 还有秋月梨吗").review())
                .as("availability is asked")
                .isTrue();
    }

    @Test
    void aDealPostsPickupFieldDoesNotMakeItANotice() {
        String post = "【团购】砀山酥梨\n一箱约10斤 39元\n截单：今天18:00\n取货：后天上午 3号楼快递柜\n1. 一休 1箱\n2. 二丫 2箱\n3. 三石 一箱";
        ParsedChain chain = parser.parse(post, PEARS.subList(0, 1));
        assertThat(chain.isChain()).isTrue();
        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("一休", "二丫", "三石");
        String notice = "梨子到了，请大家今天取货\n1. 一休 1箱\n2. 二丫 2箱\n3. 三石 一箱";
        assertThat(parser.parse(notice, PEARS.subList(0, 1)).isChain()).isFalse();
    }

    @Test
    void aPricedPostThatSaysHowToCollectOrPayIsADeal() {
        String bagels = "砀山酥梨 39元/箱 明早7点到8点 社区食堂窗口 老人家可以来拿\n1. 阿芸 2箱\n2. 老公 同上\n3. 婆婆 1箱";
        assertThat(parser.parse(bagels, PEARS.subList(0, 1)).entries()).hasSize(3);
        String ward = "夜班水果 酥梨 39/箱\n下午4点截 5点送到护士站，交班时候来拿\n1. 急诊科 小雅 2箱\n2. 儿科 护士长 1箱\n3. ICU 阿峰 1";
        assertThat(parser.parse(ward, PEARS.subList(0, 1)).entries()).hasSize(3);
        String ticks = "明早酥梨 39元/箱 付款后在名字后面打✅\n1. 研发 Eric ✅ 2箱\n2. 财务 晓晓 1箱✅\n3. 设计 阿飞 1箱";
        assertThat(parser.parse(ticks, PEARS.subList(0, 1)).entries()).hasSize(3);
        String arrived = "梨子到了，请大家今天来拿，39元一箱的尽快转账\n1. 一休 1箱\n2. 二丫 2箱\n3. 三石 一箱";
        assertThat(parser.parse(arrived, PEARS.subList(0, 1)).isChain()).isFalse();
    }

    @Test
    void aDealThatSaysWhenItClosesIsAChainWhateverItSaysOfPickup() {
        String snails = "研发部 酥梨拼单 39一箱\n今天下午6点截，到了放前台\n1. 阿Ben 3箱\n2. 老K 5\n3. 测试组 小冉 2箱";
        assertThat(parser.parse(snails, PEARS.subList(0, 1)).entries()).hasSize(3);
        String ward = "儿科病区 水果拼团\n酥梨 39元/箱 周五截单\n下夜班的同事记得来拿\n1. 小林 1箱\n2. 张主任 2箱\n3. 小欧 1箱";
        assertThat(parser.parse(ward, PEARS.subList(0, 1)).entries()).hasSize(3);
        String rabbit = "#接龙 冷吃兔 45元一罐\n正宗自贡做法\n1. 幺妹 2罐\n2. 老谢 三罐\n3. 熊二娃 1罐";
        assertThat(parser.parse(rabbit, List.of(Catalogs.item("A", "冷吃兔", "罐"))).entries())
                .hasSize(3);
        String arrived = "酥梨拼团 到了，请大家来拿\n1. 小林 1箱\n2. 张主任 2箱\n3. 小欧 1箱";
        assertThat(parser.parse(arrived, PEARS.subList(0, 1)).isChain()).isFalse();
    }

    @Test
    void aDealPostsRulesAboveItsExampleLineDoNotMakeItASummaryOrAReminder() {
        String post = "#接龙【物流年货礼盒】酥梨 39元/箱\n各站点负责人统计好本站人数后接龙，未付款的截单时删除\n例：王站长 5箱\n" + "1. 刘站长 15箱\n2. 小贝 6箱\n3. 老应 2箱";
        assertThat(parser.parse(post, PEARS.subList(0, 1)).entries()).hasSize(3);
        String closed = "#接龙 酥梨\n例：王站长 5箱\n已截单，统计如下\n1. 刘站长 15箱\n2. 小贝 6箱\n3. 老应 2箱";
        assertThat(parser.parse(closed, PEARS.subList(0, 1)).isChain()).isFalse();
        String notice = "【群公告】请大家把群昵称改成 楼号+名字\n格式举例：\n1. 6-2-602王丽\n2. 3栋502 小李\n3. 二期-小周";
        assertThat(parser.parse(notice, PEARS.subList(0, 1)).isChain()).isFalse();
    }

    @Test
    void howToMarkPaymentAndABuyingForOthersTitleKeepADealAChain() {
        String marks = "【周六鲜果团】酥梨 39/箱\n周五晚8点截\n付款：接龙时备注已付/未付\n1. 小林 1箱 已付\n2. 张主任 2箱 未付\n3. 小欧 1箱";
        assertThat(parser.parse(marks, PEARS.subList(0, 1)).entries()).hasSize(3);
        String proxy = "中医科 小何代购 酥梨 39元/箱\n周日晚上截单，下周二科室领取\n1. 何大夫 2箱\n2. 针灸科-小骆 1箱\n3. 老甘 1箱";
        assertThat(parser.parse(proxy, PEARS.subList(0, 1)).entries()).hasSize(3);
    }

    @Test
    void aPickupPointTheLeaderNumberedIsAPlaceAndCollectingOrdersIsClosing() {
        String points = "#接龙 酥梨\n自提点：1号点=南门保安亭 2号点=小卖部\n1. 1号点 韩姐 1箱\n2. 2号点 兰兰 2箱\n3. 1号点 阿彩 1箱";
        ParsedChain chain = parser.parse(points, PEARS.subList(0, 1));
        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("韩姐", "兰兰", "阿彩");
        String taiwan = "砀山酥梨 團購開跑\n收單：7/10(三) 晚上10點\n到貨後管理室領取\n1. 陳媽媽 +1\n2. 阿宏 兩箱\n3. 小惠 1箱 謝謝";
        assertThat(parser.parse(taiwan, PEARS.subList(0, 1)).entries()).hasSize(3);
    }

    @Test
    void theLeaderSpeakingToEveryoneOrPromisingToTellIsStillADeal() {
        String everyone = "@所有人 本周五团建酥梨采购，需要的接一下\n1. 石头 1箱\n2. 阿凯 2箱\n3. 小敏 1箱";
        assertThat(parser.parse(everyone, PEARS.subList(0, 1)).entries()).hasSize(3);
        String promise = "砀山酥梨 39/箱\n周五到货 到了群里通知\n1. 海哥 2箱\n2. 小贝壳 1箱\n3. 唐姐 3箱";
        assertThat(parser.parse(promise, PEARS.subList(0, 1)).entries()).hasSize(3);
        String unpaid = "@所有人 酥梨的钱还有这几位没转哈👇\n1. 刘姐 2箱 78\n2. 小辉 1箱 39\n3. 蔡叔 1箱 39";
        assertThat(parser.parse(unpaid, PEARS.subList(0, 1)).isChain()).isFalse();
        String uncollected = "@所有人 今天的酥梨还有几家没拿：\n1. 5栋 王姐 2箱\n2. 阿明 1箱\n3. 12栋 刘老师 1箱";
        assertThat(parser.parse(uncollected, PEARS.subList(0, 1)).isChain()).isFalse();
    }

    @Test
    void signUpsInTheFieldsAPostSpellsOutWithADepartmentAreAllRead() {
        String post = "酥梨接龙 39/箱\n格式：部门/名字/数量/要求\n";
        ParsedChain chain = parser.parse(post + "1. 品牌/暖暖/1/少糖\n2. 电商/阿力/2/正常\n3. 客服/三三/1箱/无糖", PEARS.subList(0, 1));
        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("暖暖", "阿力", "三三");
        assertThat(chain.entries()).extracting(e -> items(e).get("A")).containsExactly("1", "2", "1");
        ParsedChain unspelled = parser.parse("酥梨接龙 39/箱\n1. 品牌/暖暖/1/少糖\n2. 电商/阿力/2/正常", PEARS.subList(0, 1));
        assertThat(unspelled.entries())
                .as("a count between slashes is no price per unit")
                .hasSize(2);
    }

    @Test
    void aRegistrationThatPricesNothingIsNoChain() {
        String parking = "#接龙 春节期间访客临时停车登记\n格式：楼栋房号 姓名 车牌\n1. 3-1-402 王建国 鲁B·7H21K\n2. 5-2-101 孙 鲁U·66R0T\n3. 老钟 两辆车";
        assertThat(parser.parse(parking, PEARS.subList(0, 1)).isChain()).isFalse();
        String priced = "#接龙 酥梨登记 39元/箱\n1. 王建国 1箱\n2. 孙 2箱\n3. 老钟 1箱";
        assertThat(parser.parse(priced, PEARS.subList(0, 1)).entries()).hasSize(3);
    }

    @Test
    void aQuestionOfHowTheProductIsUsedOrHowLongItLastsAsks() {
        List<CatalogItem> tablets = List.of(Catalogs.item("A", "钙片", "瓶"));
        for (String line : List.of("老郝 2瓶 一天吃几片啊", "冬梅 1瓶 有效期到哪年", "钟婆婆 钙片几年的", "桑阿姨 1瓶 口罩是独立包装吗")) {
            assertThat(read(tablets, line).reason()).as(line).isEqualTo(ReviewReason.QUESTION);
        }
        assertThat(read(tablets, "老郝 2瓶 几点到").review()).as("when it comes").isFalse();
    }

    @Test
    void aDateHoldingAProductsCodeDoesNotGiveThatProductThePostsOptions() {
        List<CatalogItem> roses = List.of(
                Catalogs.item("A", "9枝红玫瑰花束", "束", "1号"),
                Catalogs.item("B", "19枝红玫瑰花束", "束", "2号"),
                Catalogs.item("C", "33枝红玫瑰花束", "束", "3号"));
        String post = "情人节花束预订\n1号：9枝 129\n2号：19枝 219\n3号：33枝 359\n" + "2月13号晚8点截单 2月14号全天配送（上午/下午/晚上 三个时段可选）\n";
        ParsedChain chain = parser.parse(post + "1. 阿Ken 1号1束 晚上\n2. 大鹏 2号 下午", roses);
        assertThat(items(chain.entries().get(0))).containsExactly(java.util.Map.entry("A", "1"));
        assertThat(items(chain.entries().get(1))).containsExactly(java.util.Map.entry("B", "1"));
    }
}
