package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
}
