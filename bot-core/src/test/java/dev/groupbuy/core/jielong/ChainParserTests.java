package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainParserTests {

    private final ChainParser parser = new ChainParser();

    @Test
    void namesWrittenInFullWidthLettersOrDigitsStayAsWritten() {
        ParsedChain chain = parser.parse("#接龙 草莓团\r\n１．ＫＫ　２盒\n2. ８－１－５０２ 1盒\n3. 李四\u200B 1盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("ＫＫ", "８－１－５０２", "李四");
        assertThat(chain.entries().get(0).items())
                .extracting(i -> i.qty().intValue())
                .containsExactly(2);
    }

    @Test
    void keepsTheLineAfterItsNumberAndTheRawLine() {
        ParsedChain chain = parser.parse("#接龙 草莓团\n1. 李四 3栋502 2盒（晚点取）", Catalogs.strawberries());

        ChainEntry entry = chain.entries().get(0);
        assertThat(chain.title()).isEqualTo("草莓团");
        assertThat(entry.text()).isEqualTo("李四 3栋502 2盒(晚点取)");
        assertThat(entry.line()).isEqualTo("1. 李四 3栋502 2盒(晚点取)");
        assertThat(entry.note()).isEqualTo("3栋502 晚点取");
    }

    @Test
    void aPriceSignAfterTheFirstSignUpIsAPaymentMarkNotAProductLine() {
        ParsedChain chain =
                parser.parse("#接龙\n1. 丹东草莓 ¥25\n1. 张三 1盒\n2. 李四 2盒 ￥50\n3. 王五 2盒 已转50", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 3);
        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("张三", "李四", "王五");
        assertThat(chain.entries().get(2).review()).isFalse();
    }

    @Test
    void keepsSequenceNumbersAsWritten() {
        ParsedChain chain = parser.parse("#接龙\n1. 张三 1盒\n2. 李四 1盒\n5. 王五 1盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 5);
    }

    @Test
    void countsAClearUnnumberedLastLineAsTheNextEntry() {
        ParsedChain chain = parser.parse("#接龙\n1. 张三 1盒\n2. 李四 1盒\n余华 2盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::seq).containsExactly(1, 2, 3);
        assertThat(chain.entries().get(2).name()).isEqualTo("余华");
    }

    @Test
    void ignoresUnnumberedFootersAndChatter() {
        for (String footer : List.of("接龙人数：2", "请大家核对，明天准时自提", "王五也要，麻烦团长加一下", "谢谢大家")) {
            ParsedChain chain = parser.parse("#接龙\n1. 张三 1盒\n2. 李四 1盒\n" + footer, Catalogs.strawberries());

            assertThat(chain.entries()).as(footer).hasSize(2);
        }
    }

    @Test
    void skipsTheExampleAndTheLeadersNumberedProducts() {
        String text = "#接龙\n1. 猪肉白菜\n2. 韭菜鸡蛋\n例：张三 1号2袋\n1. 李四 1号1袋\n2. 王五 2号2袋";

        ParsedChain chain = parser.parse(text, Catalogs.dumplings());

        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("李四", "王五");
    }

    @Test
    void skipsTheLeadersNumberedRulesBeforeTheFirstSignUp() {
        String text = "#接龙 草莓\n1. 每人限购5盒\n2. 截单时间今晚8点\n1. 李四 2盒\n2. 王五 1盒 明天自提";

        ParsedChain chain = parser.parse(text, Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::name).containsExactly("李四", "王五");
        assertThat(chain.entries().get(1).note()).isEqualTo("明天自提");
    }

    @Test
    void flagsOverlongLinesInsteadOfReadingThem() {
        String text = "#接龙\n1. 张三 1盒\n2. 李四 " + "很".repeat(600) + " 1盒";

        ChainEntry entry = parser.parse(text, Catalogs.strawberries()).entries().get(1);

        assertThat(entry.review()).isTrue();
        assertThat(entry.reason()).isEqualTo(ReviewReason.TOO_LONG);
    }

    @Test
    void readsAnEmptyCatalogAsNothingToOrder() {
        ParsedChain chain = parser.parse("#接龙\n1. 张三 2盒\n2. 李四", List.of());

        assertThat(chain.entries()).allMatch(ChainEntry::review);
        assertThat(parser.parse("#接龙\n1. 张三 2盒", null).isChain()).isTrue();
    }

    @Test
    void reusesItsCatalogMatcherButFollowsACatalogChange() {
        ParsedChain berries = parser.parse("#接龙\n1. 张三 蓝莓2", Catalogs.berries());
        ParsedChain strawberries = parser.parse("#接龙\n1. 张三 蓝莓2", Catalogs.strawberries());

        assertThat(berries.entries().get(0).items()).extracting(i -> i.sku()).containsExactly("B");
        assertThat(strawberries.entries().get(0).review()).isTrue();
    }

    @Test
    void tellsWhoMarkedTheirLinePaid() {
        ParsedChain chain = parser.parse(
                "#接龙\n1. 王姐 2盒 已付\n2. 李四 1盒 ✅\n3. 张三 1盒 还没付\n4. 赵六 2盒 已转50\n5. 小周 1盒", Catalogs.strawberries());

        assertThat(chain.entries()).extracting(ChainEntry::paid).containsExactly(true, true, false, true, false);
    }

    @Test
    void asksWhoItIsWhenTwoWordGroupsCouldEachBeTheName() {
        ParsedChain chain = parser.parse(
                "#接龙\n1. 大熊 小李 1盒\n2. 龙湖天街 Vicky 1盒\n3. 张三 少辣 1盒\n4. 林场 老李 1盒\n5. 大屋 阿明 1盒\n6. IT 小郑 1盒",
                Catalogs.strawberries());

        assertThat(chain.entries().get(0).reason()).isEqualTo(ReviewReason.UNCLEAR_NAME);
        assertThat(chain.entries().get(4).name()).isEqualTo("阿明");
        assertThat(chain.entries().get(5).name()).isEqualTo("小郑");
        assertThat(chain.entries().get(3).name()).isEqualTo("老李");
        assertThat(chain.entries().get(1).name()).isEqualTo("Vicky");
        assertThat(chain.entries().get(2).name()).isEqualTo("张三");
        assertThat(chain.entries().get(2).review()).isFalse();
    }
}
