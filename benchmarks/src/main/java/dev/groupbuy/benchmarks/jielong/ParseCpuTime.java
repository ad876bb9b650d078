package dev.groupbuy.benchmarks.jielong;

import dev.groupbuy.core.jielong.ChainParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time per parse of the generated chain, measured on the parsing thread itself rather than on the
 * wall clock: on a shared machine, two builds run at the same time (one of main, one of a branch) see the
 * same load, and their CPU time per parse can be compared where JMH's wall-clock figures swing with
 * whatever else runs. Usage: {@code java -cp benchmarks.jar dev.groupbuy.benchmarks.jielong.ParseCpuTime
 * [entries=300] [rounds=8]}; prints one figure per round of 5,000 parses, after 20,000 to warm up.
 */
public final class ParseCpuTime {

    private static final int WARM_UP = 20_000;
    private static final int PER_ROUND = 5_000;

    private ParseCpuTime() {}

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String text = ChainFixtures.chain(entries);
        ChainParser parser = new ChainParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long entriesRead = 0;
        for (int k = 0; k < WARM_UP; k++) {
            entriesRead += parser.parse(text, ChainFixtures.CATALOG).entries().size();
        }
        StringBuilder figures = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < PER_ROUND; k++) {
                entriesRead +=
                        parser.parse(text, ChainFixtures.CATALOG).entries().size();
            }
            long cpu = threads.getCurrentThreadCpuTime() - start;
            figures.append(String.format(" %.1f", cpu / 1_000.0 / PER_ROUND));
        }
        System.out.println(
                "CPU µs per parse of " + entries + " entries:" + figures + " (" + entriesRead + " entries read)");
    }
}
