package dev.groupbuy.benchmarks.jielong;

import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.jielong.ParsedChain;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parses a generated multi-product chain of 20 or 300 entries. SampleTime gives the median and p99 per
 * parse; Throughput also reports {@code bytes} (UTF-8 bytes parsed per second) through an auxiliary
 * counter, so MB/s is read directly from the run.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChainParserBenchmark {

    @Param({"20", "300"})
    public int entries;

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+)[.、)）]\\s*(\\S+)\\s*.*?(\\d+)");

    private final ChainParser parser = new ChainParser();
    private String text;
    private int bytes;

    /** Counts the bytes parsed, reported per second in throughput mode. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    /** Distinct chains for {@link #parseLatencyCold}: more lines than the parser keeps readings of. */
    private static final int COLD_VARIANTS = 64;

    private String[] coldTexts;
    private int nextCold;

    @Setup
    public void generate() {
        coldTexts = new String[COLD_VARIANTS];
        for (int v = 0; v < COLD_VARIANTS; v++) {
            coldTexts[v] = ChainFixtures.chain(entries, v);
        }
        text = ChainFixtures.chain(entries);
        bytes = text.getBytes(StandardCharsets.UTF_8).length;
        ParsedChain check = parser.parse(text, ChainFixtures.CATALOG);
        if (!check.isChain() || check.entries().size() != entries) {
            throw new IllegalStateException("fixture is not read as a " + entries + "-entry chain");
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ParsedChain parseLatency() {
        return parser.parse(text, ChainFixtures.CATALOG);
    }

    /**
     * A chain none of whose lines the parser has read before (each call takes the next of 64 chains whose
     * names differ): the cost of reading lines for the first time. {@link #parseLatency} reads the same chain
     * again, as the service does when each message repeats the earlier lines.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ParsedChain parseLatencyCold() {
        nextCold = (nextCold + 1) % COLD_VARIANTS;
        return parser.parse(coldTexts[nextCold], ChainFixtures.CATALOG);
    }

    /**
     * The floor to compare the parser with: the same text split into lines and one precompiled regular
     * expression ({@link #LINE}: number, name, first quantity) matched per line, nothing else.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int baselineOneRegexPerLine() {
        int matched = 0;
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                matched += m.group(3).length();
            }
        }
        return matched;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ParsedChain parseThroughput(Bytes counter) {
        counter.bytes += bytes;
        return parser.parse(text, ChainFixtures.CATALOG);
    }
}
