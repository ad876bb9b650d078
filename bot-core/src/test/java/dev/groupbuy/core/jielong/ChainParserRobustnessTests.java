package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.CatalogLimits;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards against blow-ups on huge input. The bounds are deliberately generous: they catch quadratic or
 * catastrophic behaviour, not slow machines.
 */
class ChainParserRobustnessTests {

    private static final Duration GENEROUS = Duration.ofSeconds(5);

    private final ChainParser parser = new ChainParser();

    @Test
    void parsesATwentyThousandLineChainInBoundedTime() {
        StringBuilder text = new StringBuilder("#接龙 草莓蓝莓\n丹东草莓 25元/盒\n蓝莓 30元/盒\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append(i)
                    .append(". 邻居")
                    .append(i % 97)
                    .append(" 草莓")
                    .append(1 + i % 3)
                    .append(" 蓝莓x2\n");
        }

        long start = System.nanoTime();
        ParsedChain chain = parser.parse(text.toString(), Catalogs.berries());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS);
        assertThat(chain.entries()).hasSize(20_000);
    }

    @Test
    void parsesAOneMegabyteMessageInBoundedTime() {
        String text = "#接龙\n1. " + "草莓1盒~~(（【改取消各".repeat(60_000) + "\n2. 张三 2盒\n" + "3栋502".repeat(50_000);

        long start = System.nanoTime();
        ParsedChain chain = parser.parse(text, Catalogs.berries());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS);
        assertThat(chain.entries().get(0).review()).isTrue();
    }

    @Test
    void parsesOneMegabyteOfDigitsAndBracketsOnOneLineInBoundedTime() {
        String text = "1. " + "1".repeat(500_000) + "(".repeat(300_000) + "~~".repeat(100_000);

        long start = System.nanoTime();
        parser.parse(text, Catalogs.strawberries());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS);
    }

    /**
     * 500 products (2,000 names and aliases of 64 characters, at the caps) that share a 60-character
     * prefix, and 1 MB of lines repeating it. The bucket scan tried every word at every position of the
     * prefix (2,000 words × 61 character comparisons each, 20 s for this chain); the trie walks at most 64
     * characters. The bound only guards against a hang.
     */
    @Test
    void parsesAOneMegabyteChainAgainstAHostileCatalogAtTheCaps() {
        String prefix = "草".repeat(60);
        List<CatalogItem> catalog = hostileCatalog(prefix, 3);
        CatalogLimits.check(catalog);
        String order = prefix + "莓010";

        ParsedChain parsed = parseOneMegabyteWithin60Seconds(order, catalog);

        assertThat(parsed.entries().get(9).items()).containsExactly(OrderItem.of("S10", "2"));
        assertThat(parsed.entries().get(0).review()).isTrue();
    }

    /**
     * The parser itself does not rely on the caps: the largest catalog the database columns allowed
     * before them (500 products with 30 aliases each, every word 60 characters or more sharing a prefix)
     * still reads 1 MB in bounded time, where the bucket scan needed far longer than a minute.
     */
    @Test
    void parsesAOneMegabyteChainAgainstAHostileCatalogPastTheCaps() {
        String prefix = "草".repeat(56);
        List<CatalogItem> catalog = hostileCatalog(prefix, 30);
        String order = prefix + "莓010";

        ParsedChain parsed = parseOneMegabyteWithin60Seconds(order, catalog);

        assertThat(parsed.entries().get(9).items()).containsExactly(OrderItem.of("S10", "2"));
    }

    /** Products {@code S0…S499} named prefix + 莓 + number, with aliases prefix + another fruit + number. */
    private static List<CatalogItem> hostileCatalog(String prefix, int aliasesEach) {
        String fruits = "蓝桃梨杏李枣柿橙柚橘瓜芒荔桂榴椰蕉柑莲枇杷棠樱楂菠萝柠檬葡桑";
        List<CatalogItem> catalog = new ArrayList<>();
        for (int k = 0; k < CatalogLimits.MAX_PRODUCTS; k++) {
            String n = String.format("%03d", k);
            List<String> aliases = new ArrayList<>();
            for (int a = 0; a < aliasesEach; a++) {
                aliases.add(prefix + fruits.charAt(a) + n);
            }
            catalog.add(CatalogItem.of("S" + k, prefix + "莓" + n, aliases, "盒", BigDecimal.ONE));
        }
        return catalog;
    }

    /**
     * About 1 MB (UTF-8) of lines {@code N. 邻居 <480 × 草> 2盒}; every tenth line orders {@code S10} by
     * its name instead.
     */
    private ParsedChain parseOneMegabyteWithin60Seconds(String tenthOrder, List<CatalogItem> catalog) {
        StringBuilder text = new StringBuilder("#接龙\n");
        int lines = 0;
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
            for (int k = 0; k < 100; k++) {
                lines++;
                String order = lines % 10 == 0 ? tenthOrder : "草".repeat(480);
                text.append(lines).append(". 邻居 ").append(order).append(" 2盒\n");
            }
        }
        String chain = text.toString();

        ParsedChain parsed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parser.parse(chain, catalog));

        assertThat(parsed.entries()).hasSize(lines);
        return parsed;
    }
}
