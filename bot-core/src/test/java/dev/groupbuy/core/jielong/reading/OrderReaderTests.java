package dev.groupbuy.core.jielong.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.Catalogs;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.order.OrderItem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Cancels, changes, 同上 and plain quantities, read from one line after its name. */
class OrderReaderTests {

    private static LineOrder read(List<CatalogItem> catalog, String body, List<OrderItem> previous) {
        CatalogMatcher matcher = new CatalogMatcher(catalog);
        LineTokenizer tokenizer = new LineTokenizer(matcher);
        List<Token> tokens = EntryReader.anchors(tokenizer, matcher, TextNormalizer.normalize(body));
        NameExtractor.Name name = NameExtractor.extract(tokens);
        return new OrderReader(matcher, tokenizer).read(EntryReader.orderPart(tokens, name), previous);
    }

    private static LineOrder read(List<CatalogItem> catalog, String body) {
        return read(catalog, body, List.of());
    }

    private static Map<String, String> items(LineOrder order) {
        Map<String, String> out = new TreeMap<>();
        order.items().forEach(i -> out.put(i.sku(), i.qty().toPlainString()));
        return out;
    }

    @Test
    void cancelWordsCancelTheLine() {
        for (String body :
                List.of("孙悦 取消", "胡军 1盒 不要了", "何平 退了", "袁野（取消）", "张三 ~~2盒~~", "岁月 全部取消", "李三（已退）", "李四 退款", "王三 算了")) {
            assertThat(read(Catalogs.strawberries(), body).cancelled()).as(body).isTrue();
        }
    }

    @Test
    void aCancelBetweenTwoQuantitiesIsReviewedNotCancelled() {
        for (String body : List.of("子 1盒 不要了 改成2盒")) {
            LineOrder order = read(Catalogs.strawberries(), body);
            assertThat(order.cancelled()).as(body).isFalse();
            assertThat(order.review()).as(body).isTrue();
        }
        assertThat(read(Catalogs.strawberries(), "壬 取消 1盒").review())
                .as("one less, or none?")
                .isTrue();
    }

    @Test
    void aCountAfterTheCancelThatSaysWhatStaysIsTheNewOrder() {
        Map<String, String> expected = Map.of(
                "铁蛋 取消1盒 剩2盒", "2",
                "海燕 取消一盒,改2盒", "2",
                "老尚 取消一盒,还要一盒", "1",
                "小贺 取消一个 只要一个", "1",
                "老潘 我妈那盒不要了 剩1盒", "1");
        expected.forEach((body, qty) -> {
            LineOrder order = read(Catalogs.strawberries(), body);
            assertThat(order.cancelled()).as(body).isFalse();
            assertThat(order.review()).as(body).isFalse();
            assertThat(items(order)).as(body).isEqualTo(Map.of("A", qty));
        });
        assertThat(read(Catalogs.strawberries(), "小蔡 我妈那盒不要了").review())
                .as("one share of the earlier order dropped: how many stay is for the leader")
                .isTrue();
        assertThat(read(Catalogs.strawberries(), "小蔡 我那盒不要了").cancelled()).isTrue();
        assertThat(read(Catalogs.strawberries(), "苗苗 1盒 不要了 改成2盒").review()).isTrue();
    }

    @Test
    void dialectCancelsCancelAndADialectNoAfterAnIngredientIsARemark() {
        for (String body : List.of("小囡 伐要了", "黎姐 唔使了", "伟仔 全部唔要", "胖虎 1盒 不弄了", "阿海 1箱 拉倒吧,太贵了")) {
            assertThat(read(Catalogs.strawberries(), body).cancelled()).as(body).isTrue();
        }
        LineOrder scales = read(Catalogs.strawberries(), "阿Sam 草莓1盒 叶子唔要");
        assertThat(scales.cancelled()).isFalse();
        assertThat(items(scales)).isEqualTo(Map.of("A", "1"));
    }

    @Test
    void aFloorOrDeskBeforeTheNameIsNoCountOfTheProductWithThatCode() {
        List<CatalogItem> menu = List.of(
                Catalogs.item("C", "芝士蛋糕", "块", "C"),
                Catalogs.item("D", "提拉米苏", "块", "D"),
                Catalogs.item("F", "黑森林", "块", "F"));
        assertThat(items(read(menu, "9F-小卢 C1 D1"))).isEqualTo(Map.of("C", "1", "D", "1"));
        assertThat(items(read(menu, "C-18 嘉欣 D2"))).isEqualTo(Map.of("D", "2"));
        assertThat(items(read(menu, "小卢 2F 1C"))).isEqualTo(Map.of("C", "1", "F", "2"));
    }

    @Test
    void aCodeRightAfterItsCountOrBeforeATimesSignIsTheCode() {
        List<CatalogItem> menu = List.of(
                Catalogs.item("A", "芝士蛋糕", "块", "A"),
                Catalogs.item("C", "绿萝", "盆", "C"),
                Catalogs.item("D", "提拉米苏", "块", "D"));
        assertThat(items(read(menu, "阿峰 Ax2 Dx1"))).isEqualTo(Map.of("A", "2", "D", "1"));
        assertThat(items(read(menu, "阿柒 再加一盆C"))).isEqualTo(Map.of("C", "1"));
    }

    @Test
    void regionalWordsForIWantAndForChangeTo() {
        assertThat(items(read(Catalogs.strawberries(), "老秦 俺要草莓两盒"))).isEqualTo(Map.of("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "二丫 两盒嘞"))).isEqualTo(Map.of("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "沈家姆妈 拨我留两盒"))).isEqualTo(Map.of("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "佳佳 1盒 搞成3盒"))).isEqualTo(Map.of("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "杜哥 叁盒"))).isEqualTo(Map.of("A", "3"));
        assertThat(read(Catalogs.strawberries(), "老杨 少要一盒").review()).isTrue();
        assertThat(items(read(Catalogs.strawberries(), "毛豆 草莓少要2盒,改8盒"))).isEqualTo(Map.of("A", "8"));
        assertThat(items(read(Catalogs.strawberries(), "阿红 2盒 说错了 1盒"))).isEqualTo(Map.of("A", "1"));
        assertThat(read(Catalogs.strawberries(), "Mandy 1盒 30个是吧").reason()).isEqualTo(ReviewReason.QUESTION);
        assertThat(items(read(Catalogs.strawberries(), "阿国伯 我欲三盒"))).isEqualTo(Map.of("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "王婆 额要三盒"))).isEqualTo(Map.of("A", "3"));
        for (String body : List.of("宝珠姐 免了 拍谢", "阿娟 勿爱了 家里还有", "李哥 甭给我留了", "小熊 1盒 不要哩")) {
            assertThat(read(Catalogs.strawberries(), body).cancelled()).as(body).isTrue();
        }
    }

    @Test
    void meatAloneInADealOfSeveralMeatsAsksWhich() {
        List<CatalogItem> meats =
                List.of(Catalogs.item("A", "五花肉", "斤"), Catalogs.item("B", "肋排", "斤"), Catalogs.item("C", "菠菜", "斤"));
        assertThat(read(meats, "老邹 肉2斤").reason()).isEqualTo(ReviewReason.AMBIGUOUS_PRODUCT);
        List<CatalogItem> oneMeat = List.of(Catalogs.item("A", "五花肉", "斤"), Catalogs.item("C", "菠菜", "斤"));
        assertThat(items(read(oneMeat, "老邹 肉2斤"))).isEqualTo(Map.of("A", "2"));
    }

    @Test
    void aBlockAndFlatAfterALetterIsNoCountOfThatCode() {
        List<CatalogItem> menu = List.of(Catalogs.item("B", "带鱼", "袋", "B"), Catalogs.item("C", "鱿鱼", "袋", "C"));
        assertThat(items(read(menu, "C3-701 喵喵 B1"))).isEqualTo(Map.of("B", "1"));
        assertThat(read(menu, "黄哥 B1 不得要了").cancelled()).isTrue();
        assertThat(items(read(menu, "李太 C唔要喇,B照要两袋"))).isEqualTo(Map.of("B", "2"));
    }

    @Test
    void aChangeLeftAfterAProductIsDroppedIsReadAsTheChangeNotASum() {
        List<CatalogItem> menu =
                List.of(Catalogs.item("P2", "沃柑", "箱", "2", "2号"), Catalogs.item("P3", "脐橙", "箱", "3", "3号"));
        assertThat(items(read(menu, "老唐 3号1箱 2号1箱 改成3号2箱 2号不要了"))).isEqualTo(Map.of("P3", "2"));
    }

    @Test
    void cancellingOneCodedProductAfterAnArrowKeepsTheOthers() {
        List<CatalogItem> menu = List.of(
                Catalogs.item("A", "芝士蛋糕", "块", "A"),
                Catalogs.item("B", "提拉米苏", "块", "B"),
                Catalogs.item("C", "黑森林", "块", "C"));
        assertThat(items(read(menu, "静静 A1 B1 C1 → 取消B"))).isEqualTo(Map.of("A", "1", "C", "1"));
    }

    @Test
    void theLeadersMenuNumbersNameProductsAndTheNumberAfterATimesSignCountsThem() {
        List<CatalogItem> menu = List.of(
                Catalogs.item("A", "阳光玫瑰葡萄", "串", "葡萄", "1"),
                Catalogs.item("B", "丹东草莓", "盒", "草莓", "2"),
                Catalogs.item("C", "赣南脐橙", "箱", "脐橙", "3"));

        assertThat(items(read(menu, "王 1+2"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(menu, "刘姐 2x2"))).containsExactly(Map.entry("B", "2"));
        assertThat(items(read(menu, "阿亮 1×2+3"))).containsExactly(Map.entry("A", "2"), Map.entry("C", "1"));
    }

    @Test
    void aUnitOnlyOneProductIsSoldInNamesThatProduct() {
        List<CatalogItem> water = List.of(
                Catalogs.item("A", "桶装矿泉水", "桶", "桶装水"),
                Catalogs.item("B", "农夫山泉550ml", "箱", "矿泉水"),
                Catalogs.item("C", "苏打水", "箱"));

        assertThat(items(read(water, "老宗 2桶"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(water, "小甘 3箱").review()).isTrue();
        assertThat(read(water, "小甘 3个").review()).isTrue();
    }

    @Test
    void aLetterCodeGluedToAnOrderWordIsTheProduct() {
        List<CatalogItem> fruit = List.of(
                Catalogs.item("A", "赣南脐橙", "箱", "A", "脐橙"),
                Catalogs.item("B", "四川丑橘", "箱", "B", "丑橘"),
                Catalogs.item("C", "广西沃柑", "箱", "C", "沃柑"));

        assertThat(items(read(fruit, "老周 C改成3箱"))).containsExactly(Map.entry("C", "3"));
        assertThat(items(read(fruit, "阿琳 B不要了 A还要1"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(fruit, "阿晶 B不要了").cancelled()).isTrue();
    }

    @Test
    void liangAloneIsAWeightThatDoesNotFitJinButAfterJinItIsTenths() {
        assertThat(read(Catalogs.crayfish(), "甲 8两").review()).isTrue();
        for (String body : List.of("乙 1斤2两", "丙 一斤二两")) {
            assertThat(items(read(Catalogs.crayfish(), body))).as(body).containsExactly(Map.entry("A", "1.2"));
        }
        assertThat(items(read(Catalogs.crayfish(), "丁 龙虾两斤"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void buyingAndPickupWordsBeforeAQuantityAreFillers() {
        for (String body : List.of("王六 需要2盒", "王七 定2盒", "赵八 下单2盒", "李五 自提 2盒", "王二 3栋 东门取 2盒", "王三 帮我留2盒")) {
            assertThat(items(read(Catalogs.strawberries(), body))).as(body).containsExactly(Map.entry("A", "2"));
        }
        assertThat(read(Catalogs.strawberries(), "梅姐 待定").review()).isTrue();
    }

    @Test
    void aQuantityOnlyInsideBracketsIsReviewedNotReadAsOne() {
        for (String body : List.of("沈七 草莓（2盒）", "花方 【2盒】")) {
            assertThat(read(Catalogs.strawberries(), body).review()).as(body).isTrue();
        }
        assertThat(items(read(Catalogs.strawberries(), "青青 1盒（10斤装）"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "豆豆妈（15栋）"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void joiningWordsBetweenProductsAreFillers() {
        assertThat(items(read(Catalogs.berries(), "钱七 草莓2盒和蓝莓1盒")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(Catalogs.berries(), "孙八 草莓2盒 还有蓝莓1盒")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
    }

    @Test
    void sameAsAboveInOtherWordsCopiesThePreviousItems() {
        List<OrderItem> previous = List.of(new OrderItem("A", java.math.BigDecimal.valueOf(2)));
        assertThat(items(read(Catalogs.strawberries(), "李九 跟上面一样", previous))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void anEmojiArrowIsAChange() {
        assertThat(items(read(Catalogs.strawberries(), "申 1盒➡️2盒"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aCountedUnitThatIsNotTheProductsGoesToReview() {
        assertThat(read(Catalogs.strawberries(), "小李 草莓10根").review()).isTrue();
        assertThat(items(read(Catalogs.strawberries(), "小李 草莓1个"))).containsExactly(Map.entry("A", "1"));
        assertThat(read(Catalogs.strawberries(), "小李 草莓6个").reason())
                .as("six pieces of a product sold by the box: pieces or boxes?")
                .isEqualTo(ReviewReason.UNIT_MISMATCH);
    }

    @Test
    void aRemarkThatOnlyContainsCancelCharactersDoesNotCancel() {
        LineOrder order = read(Catalogs.strawberries(), "张叔 2盒（不要太熟的）");

        assertThat(order.cancelled()).isFalse();
        assertThat(items(order)).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aPartialCancelKeepsTheOtherProducts() {
        LineOrder order = read(Catalogs.berries(), "米粒 蓝莓不要了，草莓还要1");

        assertThat(order.cancelled()).isFalse();
        assertThat(items(order)).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void changesGiveTheNewFinalQuantity() {
        for (String body : List.of(
                "罗娟 改3盒",
                "郑浩 2盒改3盒",
                "梁燕 改成三盒",
                "宋涛 1盒（改为3盒）",
                "珊迪 2盒→3盒",
                "周哥 原3份，改为3盒",
                "痞老板 加到3盒",
                "蟹老板 ~~2盒~~ 3盒")) {
            assertThat(items(read(Catalogs.strawberries(), body))).as(body).containsExactly(Map.entry("A", "3"));
        }
    }

    @Test
    void aChangeOfOneProductKeepsTheOthers() {
        LineOrder order = read(Catalogs.berries(), "芝麻 草莓1盒，蓝莓改成3盒");

        assertThat(items(order)).containsExactly(Map.entry("A", "1"), Map.entry("B", "3"));
    }

    @Test
    void sameAsAboveCopiesThePreviousItems() {
        List<OrderItem> previous = List.of(OrderItem.of("A", "1"), OrderItem.of("B", "2"));

        assertThat(items(read(Catalogs.berries(), "暖暖 同上", previous)))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(read(Catalogs.berries(), "暖暖 同上", List.of()).review()).isTrue();
    }

    @Test
    void readsSingleProductShorthands() {
        assertThat(items(read(Catalogs.strawberries(), "李四 2"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "刘洋"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "徐强 +1"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "朱琳 加一"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "马超 1盒+1盒（帮隔壁带的）"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "汤圆 3盒 共3盒"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void readsHalvesOnlyForWeighedProducts() {
        assertThat(items(read(Catalogs.crayfish(), "杜鹃 一斤半"))).containsExactly(Map.entry("A", "1.5"));
        assertThat(items(read(Catalogs.crayfish(), "阿珍 半斤"))).containsExactly(Map.entry("A", "0.5"));
        assertThat(read(Catalogs.strawberries(), "郑 1.5盒").review()).isTrue();
    }

    @Test
    void readsMultiProductNotations() {
        assertThat(items(read(Catalogs.berries(), "小美 草莓蓝莓各一盒")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(Catalogs.berries(), "Kevin 各2盒")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "2"));
        assertThat(items(read(Catalogs.berries(), "小鹿 每样一份")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
        assertThat(items(read(Catalogs.berries(), "陈哥 A2 B1")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
        assertThat(items(read(Catalogs.berries(), "欢欢 草莓1蓝莓2")))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(items(read(Catalogs.berries(), "胡 蓝莓"))).containsExactly(Map.entry("B", "1"));
    }

    @Test
    void flagsWhatACarefulLeaderWouldAskAbout() {
        assertThat(read(Catalogs.berries(), "彭丽 2").reason()).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        assertThat(read(Catalogs.berries(), "王姨 草莓或者蓝莓都行").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "肖红 榴莲1个").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
        assertThat(read(Catalogs.strawberries(), "王姐 老样子").reason()).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        assertThat(read(Catalogs.strawberries(), "黄 草莓2斤").review()).isTrue();
        assertThat(read(Catalogs.dumplings(), "大宝 水饺2袋").review()).isTrue();
    }

    @Test
    void aLongBareNumberIsARoomOrAPhoneNotACount() {
        assertThat(items(read(Catalogs.strawberries(), "孙七 1102"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(Catalogs.strawberries(), "孙七 2盒 13812345678"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "孙七 2 尾号6688"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void wordsBesideAnOrderAreRemarksUnlessTheyCouldBeAProduct() {
        for (String body : List.of("张三 少饭", "李姐 不要葱 微辣", "王 明天下午取", "小周 放门卫", "KK B2 少辣", "Lily 已付 ✅")) {
            assertThat(items(read(Catalogs.strawberries(), body))).as(body).containsExactly(Map.entry("A", "1"));
        }
        assertThat(items(read(Catalogs.strawberries(), "张三 2盒 少辣 放门卫"))).containsExactly(Map.entry("A", "2"));
        assertThat(read(Catalogs.strawberries(), "张三 2盒 加一份榴莲").review()).isTrue();
        assertThat(read(Catalogs.strawberries(), "张三 榴莲2个").reason()).isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
    }

    @Test
    void countsInsideRemarksSplitTheOrderRatherThanAddToIt() {
        assertThat(items(read(Catalogs.strawberries(), "人事部 11盒 其中2盒少糖"))).containsExactly(Map.entry("A", "11"));
        assertThat(items(read(Catalogs.strawberries(), "小雨 2盒 一盒送我妈那"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "沈阿姨 2盒,帮隔壁带一盒"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "小艺 要2盒 不是1盒"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void withdrawalsInEverydayWordsCancel() {
        for (String body : List.of("张三 不拿了", "李四 这次不参加", "王五 撤了", "赵六 划掉", "小周 不买了哈", "阿May 先不要")) {
            assertThat(read(Catalogs.strawberries(), body).cancelled()).as(body).isTrue();
        }
        assertThat(read(Catalogs.strawberries(), "老胡 2盒,切半的不要").cancelled()).isFalse();
    }

    @Test
    void oneMoreOrOneLessAsksInsteadOfGuessing() {
        for (String body : List.of("张三 少一盒", "李四 2盒 再减1盒", "王五 多1盒")) {
            assertThat(read(Catalogs.strawberries(), body).review()).as(body).isTrue();
        }
    }

    @Test
    void questionsAsk() {
        for (String body : List.of("王姐 ？", "小周 还有吗", "Amy 能要5盒吗")) {
            assertThat(read(Catalogs.strawberries(), body).reason()).as(body).isEqualTo(ReviewReason.QUESTION);
        }
    }

    @Test
    void aProductCalledByCodeAndNameIsOneItem() {
        assertThat(items(read(Catalogs.berries(), "小石 B 蓝莓 2盒"))).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void aNumberGluedBeforeAProductIsItsQuantity() {
        assertThat(items(read(Catalogs.berries(), "小石 2草莓1蓝莓")))
                .containsExactly(Map.entry("A", "2"), Map.entry("B", "1"));
    }

    @Test
    void readsProductsByTheShortFormsResidentsWrite() {
        List<CatalogItem> catalog = List.of(
                CatalogItem.of("A", "新疆西梅 1斤装", List.of(), "份", null),
                CatalogItem.of("B", "新疆西梅 3斤装", List.of(), "份", null),
                CatalogItem.of("C", "云南高山蓝莓125g*4盒", List.of(), "份", null));

        assertThat(items(read(catalog, "张三 3斤装1份"))).containsExactly(Map.entry("B", "1"));
        assertThat(items(read(catalog, "张三 蓝莓2"))).containsExactly(Map.entry("C", "2"));
        assertThat(read(catalog, "张三 西梅2份").reason()).isEqualTo(ReviewReason.AMBIGUOUS_PRODUCT);
    }

    @Test
    void aProductNamedInsideARemarkIsNotOrdered() {
        List<CatalogItem> lunch = List.of(
                CatalogItem.of("A", "红烧肉饭", List.of(), "份", null), CatalogItem.of("B", "青菜", List.of(), "份", null));

        assertThat(items(read(lunch, "张三 红烧肉饭1份 不要青菜"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(lunch, "李四 红烧肉饭 土豆换青菜"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(lunch, "王五 红烧肉饭1 加青菜1"))).containsExactly(Map.entry("A", "1"), Map.entry("B", "1"));
    }

    @Test
    void oneMoreInWordsIsASumAndColloquialNumeralsCount() {
        assertThat(items(read(Catalogs.strawberries(), "张三 2盒 再来一盒"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(Catalogs.strawberries(), "李四 俩"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(Catalogs.strawberries(), "王五 仨"))).containsExactly(Map.entry("A", "3"));
    }

    @Test
    void aPackSpecificationBesideTheOrderIsNoQuantity() {
        List<CatalogItem> milk = List.of(CatalogItem.of("A", "纯牛奶", List.of(), "箱", null));

        assertThat(items(read(milk, "张三 250ml*16 2箱"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(milk, "李四 2箱 250ml*16盒"))).containsExactly(Map.entry("A", "2"));
    }
}
