package dev.groupbuy.benchmarks.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.jielong.ParsedChain;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The probe of issue 7 (finding 4) as a benchmark: a catalog at the caps whose words share a long prefix
 * (500 products named 60 × 草 + 莓 + number, each with three 60-character aliases 56 × 草 + fruit +
 * number: 2,000 words) and a 1 MB chain of lines repeating the prefix's character, every tenth line
 * ordering a product by its full name. {@code parseHostileChain} reads the chain with the catalog
 * prepared once (as the service reuses it); {@code prepareHostileCatalog} prepares the catalog afresh
 * and reads one line, the cost a request with a new catalog pays first. Uses only the public parser API,
 * so the same class runs against older versions of bot-core.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostileCatalogBenchmark {

    private static final String PREFIX = "草".repeat(60);
    private static final String FRUITS = "蓝桃梨";

    private final ChainParser parser = new ChainParser();
    private List<CatalogItem> catalog;
    private String text;

    @Setup
    public void generate() {
        catalog = catalog();
        StringBuilder chain = new StringBuilder("#接龙\n");
        int lines = 0;
        while (chain.toString().getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
            for (int k = 0; k < 100; k++) {
                lines++;
                String order = lines % 10 == 0 ? PREFIX + "莓" + String.format("%03d", lines % 500) : "草".repeat(480);
                chain.append(lines).append(". 邻居 ").append(order).append(" 2盒\n");
            }
        }
        text = chain.toString();
        ParsedChain check = parser.parse(text, catalog);
        if (check.entries().size() != lines
                || check.entries().get(9).items().size() != 1
                || !check.entries().get(9).items().get(0).sku().equals("S10")) {
            throw new IllegalStateException("the hostile chain is not read as " + lines + " entries");
        }
    }

    private static List<CatalogItem> catalog() {
        List<CatalogItem> items = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            String n = String.format("%03d", k);
            List<String> aliases = new ArrayList<>();
            for (int a = 0; a < FRUITS.length(); a++) {
                aliases.add(PREFIX.substring(4) + FRUITS.charAt(a) + n);
            }
            items.add(CatalogItem.of("S" + k, PREFIX + "莓" + n, aliases, "盒", BigDecimal.ONE));
        }
        return items;
    }

    @Benchmark
    public ParsedChain parseHostileChain() {
        return parser.parse(text, catalog);
    }

    @Benchmark
    public ParsedChain prepareHostileCatalog() {
        return new ChainParser().parse("#接龙\n1. 邻居 " + PREFIX + "莓007 2盒\n2. 王五 2盒", catalog);
    }
}
