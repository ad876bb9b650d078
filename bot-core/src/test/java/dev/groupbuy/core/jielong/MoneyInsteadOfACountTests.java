package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Money asked for instead of a count: the leader weighs that much out, so she is asked; money paid is no such thing. */
class MoneyInsteadOfACountTests extends LineReading {

    private static final List<CatalogItem> STRAWBERRIES = List.of(Catalogs.priced("A", "红颜草莓", "盒", "29.9", "草莓"));
    private static final List<CatalogItem> FRUIT = List.of(
            Catalogs.priced("A", "红富士苹果", "斤", "5.8", "苹果", "A"), Catalogs.priced("B", "秘鲁蓝莓", "盒", "15.9", "蓝莓", "B"));
    private static final List<CatalogItem> FISH_BALLS = List.of(Catalogs.priced("A", "潮汕鱼丸", "斤", "28", "鱼丸", "魚丸"));

    @Test
    void anAmountOfMoneyWithNoCountIsAskedAbout() {
        for (String line : List.of("张大姐 100块的", "老唐 60元的", "萌萌 20块钱哩", "小宝 要100块的")) {
            ChainEntry entry = read(STRAWBERRIES, line);
            assertThat(entry.review()).as(line).isTrue();
            assertThat(entry.reason()).as(line).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        }
        assertThat(read(FRUIT, "老杨 苹果要30块的").review()).isTrue();
    }

    @Test
    void cantoneseDollarsAreMoneyNotACount() {
        assertThat(read(FISH_BALLS, "肥佬 魚丸要50蚊").review())
                .as("fifty dollars of fish balls")
                .isTrue();
        assertThat(read(FISH_BALLS, "Kelvin 俾我100蚊嘅").review()).isTrue();
        assertThat(items(read(FISH_BALLS, "阿May 2斤 56蚊")))
                .as("the money two jin come to, after the count")
                .containsExactly(Map.entry("A", "2"));
    }

    @Test
    void moneyPaidBesideACountLeavesTheCount() {
        assertThat(items(read(STRAWBERRIES, "超哥 3盒 共89.7"))).containsExactly(Map.entry("A", "3"));
        assertThat(items(read(STRAWBERRIES, "晓东 4盒（已转119.6）"))).containsExactly(Map.entry("A", "4"));
        assertThat(items(read(STRAWBERRIES, "阿敏 已付29.9"))).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void moneyAloneThatIsNotThePriceIsAskedAbout() {
        List<CatalogItem> oil = List.of(Catalogs.priced("A", "压榨花生油", "桶", "88", "花生油"));
        for (String line : List.of("李大哥 ￥176", "玉兰 转了278", "闵阿姨 200元", "老毕 转了50")) {
            ChainEntry entry = second(oil, line);
            assertThat(entry.review()).as(line).isTrue();
            assertThat(entry.reason()).as(line).isEqualTo(ReviewReason.UNCLEAR_QUANTITY);
        }
        assertThat(items(second(oil, "林林 转了¥88"))).as("the price paid: one").containsExactly(Map.entry("A", "1"));
        assertThat(items(second(oil, "小秦 1桶 已转88"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(second(oil, "老邹 1桶 定金50已付"))).containsExactly(Map.entry("A", "1"));
        List<CatalogItem> tofu = List.of(Catalogs.priced("A", "手工老豆腐", "块", "3.5", "豆腐"));
        assertThat(items(second(tofu, "侯姐 1块 已付3.5"))).containsExactly(Map.entry("A", "1"));
    }

    /** {@code line} read as the second line of a chain whose first orders one. */
    private ChainEntry second(List<CatalogItem> catalog, String line) {
        return parser.parse("#接龙\n1. 阿梅 1\n2. " + line, catalog).entries().get(1);
    }
}
