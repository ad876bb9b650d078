package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DealPostParserTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Wednesday 2026-11-25 10:00 in Shanghai. */
    private static final Instant NOW =
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, SHANGHAI).toInstant();

    private final DealPostParser parser = new DealPostParser(Clock.fixed(NOW, SHANGHAI), SHANGHAI);

    private static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    @Test
    void readsASingleProductPostWithCutOffAndPickup() {
        DealPost post = parser.parse("#开团\n丹东草莓 25元/盒\n截单：今晚8点\n自提：明天下午3点 3号门");

        assertThat(post.title()).isEqualTo("丹东草莓");
        assertThat(post.catalog()).hasSize(1);
        CatalogItem item = post.catalog().get(0);
        assertThat(item.sku()).isEqualTo("A");
        assertThat(item.name()).isEqualTo("丹东草莓");
        assertThat(item.aliases()).contains("草莓");
        assertThat(item.unit()).isEqualTo("盒");
        assertThat(item.price()).isEqualByComparingTo("25");
        assertThat(post.closesAt()).isEqualTo(at(25, 20, 0));
        assertThat(post.closesAtText()).isEqualTo("今晚8点");
        assertThat(post.pickup()).isEqualTo("明天下午3点 3号门");
        assertThat(post.notUnderstood()).isEmpty();
    }

    @Test
    void keepsTheLeadersCodesAsAliasesAndAssignsSkusInOrder() {
        DealPost post = parser.parse("#开团 夏日水果团\nA. 麒麟西瓜 29.9元/个\nB：新疆哈密瓜 19.9元/个\nC. 水蜜桃 39元/箱（约5斤）\n截单：明天中午12点");

        assertThat(post.title()).isEqualTo("夏日水果团");
        assertThat(post.catalog()).extracting(CatalogItem::sku).containsExactly("A", "B", "C");
        assertThat(post.catalog()).extracting(CatalogItem::name).containsExactly("麒麟西瓜", "新疆哈密瓜", "水蜜桃");
        assertThat(post.catalog().get(0).aliases()).contains("A", "西瓜");
        assertThat(post.catalog().get(1).aliases()).contains("B");
        assertThat(post.catalog().get(2).unit()).isEqualTo("箱");
        assertThat(post.catalog().get(0).price()).isEqualByComparingTo(new BigDecimal("29.9"));
        assertThat(post.closesAt()).isEqualTo(at(26, 12, 0));
    }

    @Test
    void numberCodesBecomeHaoAliases() {
        DealPost post = parser.parse("1号 猪肉白菜水饺 20元/袋\n【2号】韭菜鸡蛋水饺 20元/袋");

        assertThat(post.catalog()).hasSize(2);
        assertThat(post.catalog().get(0).aliases()).contains("1号");
        assertThat(post.catalog().get(1).aliases()).contains("2号");
        assertThat(post.catalog().get(0).aliases()).doesNotContain("水饺");
    }

    @Test
    void splitsVariantsWrittenOnOneLine() {
        DealPost post = parser.parse("麻辣卤鸭脖 大份39元 小份22元\n下午4点截单");

        assertThat(post.catalog()).extracting(CatalogItem::name).containsExactly("麻辣卤鸭脖（大份）", "麻辣卤鸭脖（小份）");
        assertThat(post.catalog().get(0).aliases()).contains("大份");
        assertThat(post.catalog().get(1).price()).isEqualByComparingTo("22");
        assertThat(post.closesAt()).isEqualTo(at(25, 16, 0));
    }

    @Test
    void takesTheUnitFromThePackSizeWhenThePriceHasNone() {
        DealPost post = parser.parse("农家散养土鸡蛋 30枚/盒 32元");

        assertThat(post.catalog().get(0).name()).isEqualTo("农家散养土鸡蛋");
        assertThat(post.catalog().get(0).unit()).isEqualTo("盒");
    }

    @Test
    void readsTheCutOffWhenItIsWrittenBeforeTheWord() {
        DealPost post = parser.parse("今日团：海南贵妃芒 团购价45/箱\n今晚8点截单，后天下午东门自提");

        assertThat(post.catalog().get(0).name()).isEqualTo("海南贵妃芒");
        assertThat(post.closesAtText()).isEqualTo("今晚8点");
        assertThat(post.closesAt()).isEqualTo(at(25, 20, 0));
        assertThat(post.pickup()).isEqualTo("后天下午东门自提");
    }

    @Test
    void reportsLinesItDoesNotUnderstand() {
        DealPost post = parser.parse("#开团\n丹东草莓 25元/盒\n数量有限先到先得\n截单：周五晚8点");

        assertThat(post.notUnderstood()).containsExactly("数量有限先到先得");
        assertThat(post.closesAt()).isEqualTo(at(27, 20, 0));
    }

    @Test
    void leavesTheCutOffEmptyWhenTheTimeCannotBeRead() {
        DealPost post = parser.parse("丹东草莓 25元/盒\n截单时间另行通知");

        assertThat(post.closesAt()).isNull();
    }

    @Test
    void neverThrowsOnOddText() {
        assertThat(parser.parse("").catalog()).isEmpty();
        assertThat(parser.parse(null).catalog()).isEmpty();
        assertThat(parser.parse("元/元/元 ¥ 截单 99:99 周八").catalog()).isEmpty();
    }
}
