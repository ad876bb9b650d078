package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names that read like something else on the line: a clothing size, an adding word, a place, a count. */
class NamesThatLookLikeOtherThingsTests extends LineReading {

    private static final List<CatalogItem> SOCKS = List.of(Catalogs.item("A", "纯棉睡衣", "件", "睡衣"));

    private static final List<CatalogItem> FISH = List.of(Catalogs.item("A", "三文鱼", "袋", "三文鱼"));

    @Test
    void aClothingSizeIsNoName() {
        for (String size : List.of("XL", "XXL", "2XL", "xs", "XXXL")) {
            ChainEntry e = read(SOCKS, "二胎妈妈 " + size + " 3件");
            assertThat(e.name()).as(size).isEqualTo("二胎妈妈");
            assertThat(items(e)).as(size).containsExactly(Map.entry("A", "3"));
        }
        assertThat(read(SOCKS, "橙子 XXL 2件").name()).isEqualTo("橙子");
        assertThat(read(SOCKS, "Lily 2件").name()).isEqualTo("Lily");
        for (String line : List.of("许姐 L 豆沙 1件", "萍萍 M 浅灰 1件")) {
            ChainEntry e = read(SOCKS, line);
            assertThat(e.name()).as(line).isEqualTo(line.substring(0, 2));
            assertThat(e.review()).as(line).isFalse();
        }
    }

    @Test
    void aJiaGluedToTheEndOfANameIsPartOfIt() {
        ChainEntry alaska = read(FISH, "阿拉斯加 1袋");
        assertThat(alaska.name()).isEqualTo("阿拉斯加");
        assertThat(items(alaska)).containsExactly(Map.entry("A", "1"));
        assertThat(read(FISH, "加加 2袋").name()).isEqualTo("加加");
        // still adding after a count, or after 再
        assertThat(items(read(FISH, "小王 1袋 再加 1袋"))).containsExactly(Map.entry("A", "2"));
        assertThat(items(read(FISH, "小王 三文鱼1袋加 1袋"))).containsExactly(Map.entry("A", "2"));
    }

    @Test
    void aChildsFullNameEndingLikeAnEstateIsAName() {
        List<CatalogItem> uniforms = List.of(Catalogs.item("A", "夏季校服", "件", "校服"));
        ChainEntry e = read(uniforms, "宋子轩 602班 3件");
        assertThat(e.name()).isEqualTo("宋子轩");
        assertThat(items(e)).containsExactly(Map.entry("A", "3"));
        assertThat(read(uniforms, "韩明轩 四年级 身高140 三件").name()).isEqualTo("韩明轩");
    }

    @Test
    void aDepartmentsCapitalsAndDeskBeforeTheNameAreNoName() {
        List<CatalogItem> water = List.of(Catalogs.item("A", "桶装水", "桶", "水"));
        for (String line : List.of("IT-07 老邓 1桶", "HR-12 阿琳 1桶", "FIN-203 Tracy 1桶")) {
            ChainEntry e = read(water, line);
            assertThat(e.name()).as(line).isEqualTo(line.substring(line.indexOf(' ') + 1, line.lastIndexOf(' ')));
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "1"));
        }
    }

    @Test
    void aChildsHeightAndWeightAreForTheSizeNeitherNameNorCount() {
        List<CatalogItem> uniforms = List.of(Catalogs.item("A", "夏季校服", "件", "校服"));
        for (String line : List.of("孙浩然 身高1米38 2件", "周芷晴 四年级3班 体重60斤 身高143 2件", "石头 身高 1.35 2件")) {
            ChainEntry e = read(uniforms, line);
            assertThat(e.name()).as(line).isEqualTo(line.substring(0, line.indexOf(' ')));
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "2"));
        }
        assertThat(items(read(uniforms, "小布丁 一件 身高118 体重20公斤"))).containsExactly(Map.entry("A", "1"));
        List<CatalogItem> sized = List.of(
                Catalogs.item("110", "儿童卫衣 110码", "件", "110"),
                Catalogs.item("120", "儿童卫衣 120码", "件", "120"),
                Catalogs.item("130", "儿童卫衣 130码", "件", "130"));
        ParsedChain chart = parser.parse(
                "【童装尺码参考】接龙前先看这里\n1. 110码：身高100-110cm，3-4岁\n2. 120码：身高110-120cm，5-6岁\n"
                        + "3. 130码：身高120-130cm，7-8岁\n拿不准的私聊我，报身高体重帮你选",
                sized);
        assertThat(chart.entries())
                .as("a size chart's ranges sign nobody up")
                .allMatch(e -> e.items().isEmpty());
    }

    @Test
    void aTeamNumberedInDigitsIsAPlaceNotSets() {
        List<CatalogItem> lunch = List.of(
                Catalogs.item("A", "红烧肉饭", "份", "1号"),
                Catalogs.item("B", "宫保鸡丁饭", "份", "2号"),
                Catalogs.item("C", "麻婆豆腐饭", "份", "3号"));
        ChainEntry he = read(lunch, "研发1组 小何 2号");
        assertThat(he.name()).isEqualTo("小何");
        assertThat(items(he)).containsExactly(Map.entry("B", "1"));
        ChainEntry man = read(lunch, "运维1组 满哥 3号 不放辣椒 谢谢");
        assertThat(man.name()).isEqualTo("满哥");
        assertThat(items(man)).containsExactly(Map.entry("C", "1"));
    }

    @Test
    void aDozenWhereTheNameStandsIsTheNicknameAsWritten() {
        List<CatalogItem> beer = List.of(Catalogs.item("A", "精酿原浆啤酒", "箱", "啤酒"));
        ChainEntry dozen = read(beer, "一打 1箱");
        assertThat(dozen.name()).isEqualTo("一打");
        assertThat(items(dozen)).containsExactly(Map.entry("A", "1"));
        assertThat(read(beer, "半打 2箱").name()).isEqualTo("半打");
        List<CatalogItem> eggs = List.of(Catalogs.item("A", "土鸡蛋", "个", "鸡蛋"));
        assertThat(items(read(eggs, "老葛 一打"))).containsExactly(Map.entry("A", "12"));
    }

    @Test
    void anOkMarkAfterTheNameIsNoPartOfIt() {
        ChainEntry ok = read(FISH, "瑞瑞 🆗 1袋");
        assertThat(ok.name()).isEqualTo("瑞瑞");
        assertThat(items(ok)).containsExactly(Map.entry("A", "1"));
        assertThat(read(FISH, "阿锋 👌 2袋").name()).isEqualTo("阿锋");
    }

    @Test
    void aProductInsideAFanNameAndADoubleBarAfterTheNameAreNoOrderNorName() {
        List<CatalogItem> yams = List.of(Catalogs.item("A", "沙地蜜薯", "箱", "蜜薯", "红薯"));
        ChainEntry fan = read(yams, "烤红薯爱好者 2箱");
        assertThat(fan.name()).isEqualTo("烤红薯爱好者");
        assertThat(items(fan)).containsExactly(Map.entry("A", "2"));
        assertThat(read(yams, "戎姐‖5箱").name()).isEqualTo("戎姐");
    }

    @Test
    void aVillageOrAMaskedPhoneBeforeTheNameIsNoName() {
        List<CatalogItem> oil = List.of(Catalogs.item("A", "菜籽油", "桶", "油"));
        ChainEntry village = read(oil, "李家庄 王德顺 2桶 已转");
        assertThat(village.name()).isEqualTo("王德顺");
        assertThat(items(village)).containsExactly(Map.entry("A", "2"));
        ChainEntry phone = read(oil, "138****2046 宋姐 2桶");
        assertThat(phone.name()).isEqualTo("宋姐");
        assertThat(items(phone)).containsExactly(Map.entry("A", "2"));
        assertThat(read(oil, "小庄 1桶").name()).isEqualTo("小庄");
    }

    @Test
    void aStaffNumberBeforeTheNameIsNeitherNameNorCount() {
        List<CatalogItem> bread = List.of(Catalogs.item("A", "欧包", "个"), Catalogs.item("B", "吐司", "条"));
        for (String line :
                List.of("研发-1021-王可 欧包2", "消费事业部-30215-王可 欧包2", "ID:3302 王可 欧包2", "No.0231 王可 欧包2", "工号1021 王可 欧包2")) {
            ChainEntry entry = read(bread, line);
            assertThat(entry.name()).as(line).isEqualTo("王可");
            assertThat(items(entry)).as(line).containsExactly(Map.entry("A", "2"));
        }
        assertThat(read(bread, "3-2-501-王姐 欧包1").name()).isEqualTo("王姐");
    }

    @Test
    void aWearersSexAfterTheNameIsForTheSizeNotASecondName() {
        List<CatalogItem> outfits =
                List.of(Catalogs.item("A", "白色纱裙", "条", "纱裙"), Catalogs.item("B", "白衬衫", "件", "衬衫"));
        for (String line : List.of("李若曦 女 125 纱裙1", "李若曦 女孩 纱裙1", "女 李若曦 纱裙1")) {
            ChainEntry entry = read(outfits, line);
            assertThat(entry.name()).as(line).isEqualTo("李若曦");
            assertThat(entry.review()).as(line).isFalse();
        }
    }

    @Test
    void theSideOfTownOrTheHillBeforeTheNameIsAPlace() {
        List<CatalogItem> eggs = List.of(Catalogs.item("A", "土鸡蛋", "箱"));
        assertThat(read(eggs, "城南 卜桂芳 1箱").name()).isEqualTo("卜桂芳");
        assertThat(read(eggs, "后山头 翠英 三箱").name()).isEqualTo("翠英");
        assertThat(read(eggs, "山上 老岩 1箱").name()).isEqualTo("老岩");
        assertThat(read(eggs, "后山头 翠英 三箱").review()).isFalse();
    }

    @Test
    void aNicknamesFaceOrTildesAreKeptAndBySignsIt() {
        List<CatalogItem> berries = List.of(Catalogs.item("A", "草莓", "盒"));
        assertThat(read(berries, "娜娜^_^ 3盒").name()).isEqualTo("娜娜^_^");
        assertThat(read(berries, "B-03 ^_^阿花 2盒").name()).isEqualTo("^_^阿花");
        assertThat(read(berries, "21F ~Lily~ 2盒").name()).isEqualTo("~Lily~");
        assertThat(read(berries, "两盒 by Annie 2栋").name()).isEqualTo("Annie");
        assertThat(read(berries, "小蕊~1盒~微辣").name()).as("tildes between fields").isEqualTo("小蕊");
    }

    @Test
    void aTradeOrASubjectBeforeTheNameIsTheTeam() {
        List<CatalogItem> meals = List.of(Catalogs.item("A", "1号饭", "份", "1号"), Catalogs.item("B", "2号饭", "份", "2号"));
        assertThat(read(meals, "木工 老赵 1号 2号").name()).isEqualTo("老赵");
        assertThat(read(meals, "音乐 小邹老师 2号").name()).isEqualTo("小邹老师");
    }

    @Test
    void aNumberPlateOrWhereItIsFromIsNeitherNameNorCount() {
        List<CatalogItem> wash = List.of(Catalogs.item("A", "洗车", "次"));
        for (String line : List.of("小蒋 浙B 7M6Q3 3次", "小蒋 粤B-D5B22 3次", "粤B 小蒋 3次")) {
            ChainEntry entry = read(wash, line);
            assertThat(entry.name()).as(line).isEqualTo("小蒋");
            assertThat(items(entry)).as(line).containsExactly(Map.entry("A", "3"));
        }
    }

    @Test
    void aHospitalBedOrABusRouteFirstIsWhereAndAQuiltCountAfterTheNameIsACount() {
        List<CatalogItem> breakfast = List.of(Catalogs.item("A", "早餐套餐", "份"));
        ParsedChain ward = parser.parse("陪护早餐 8元\n1. 3床 老秦 1\n2. 9床 田姐 2份\n3. 16床 小付 一份 鸡蛋不要", breakfast);
        assertThat(ward.entries()).extracting(ChainEntry::name).containsExactly("老秦", "田姐", "小付");
        ParsedChain fleet = parser.parse("公交三车队 明天午饭 16元\n1. 23路 王师傅 1份\n2. 105路 老熊 2份", breakfast);
        assertThat(fleet.entries()).extracting(ChainEntry::name).containsExactly("王师傅", "老熊");
        List<CatalogItem> quilts = List.of(Catalogs.item("A", "棉被", "床"));
        assertThat(items(read(quilts, "凤 2床"))).containsExactly(Map.entry("A", "2"));
    }
}
