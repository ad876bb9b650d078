package dev.groupbuy.benchmarks.load;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The harness's figures as a Markdown table, ready for docs/benchmarks.md. */
record Report(
        LoadOptions options,
        long sent,
        int failures,
        long elapsedNanos,
        List<Long> latenciesNanos,
        SqlCounters.Snapshot before,
        SqlCounters.Snapshot after,
        double rawInsertsPerSecond,
        double rawInsertsPerSecondConcurrent,
        int groupsWithWrongOrders) {

    String markdown() {
        Collections.sort(latenciesNanos);
        double seconds = elapsedNanos / 1e9;
        double perMessage = (after.writeStatements() - before.writeStatements()) / (double) sent;
        double rowsPerMessage = (after.rowsWritten() - before.rowsWritten()) / (double) sent;
        double commitsPerMessage = (after.commits() - before.commits()) / (double) sent;
        return String.format(
                Locale.ROOT,
                """
                | figure | value |
                |---|---|
                | groups x entries (senders in flight per group) | %d x %d (%d) |
                | chain messages sent / failed | %d / %d |
                | throughput | %.0f messages/s |
                | latency p50 / p99 / max | %.1f / %.1f / %.1f ms |
                | SQL write statements per message (server-wide) | %.2f |
                | rows written per message (Handler_write + _update + _delete, server-wide) | %.2f |
                | explicit COMMITs per message (Com_commit; autocommitted statements not included) | %.2f |
                | raw single-row INSERT rate, 1 connection | %.0f rows/s |
                | raw single-row INSERT rate, %d connections | %.0f rows/s |
                | groups whose active orders != entries | %d |
                """,
                options.groups(),
                options.entries(),
                options.sendersPerGroup(),
                sent,
                failures,
                sent / seconds,
                percentile(0.50),
                percentile(0.99),
                percentile(1.0),
                perMessage,
                rowsPerMessage,
                commitsPerMessage,
                rawInsertsPerSecond,
                options.sendersPerGroup(),
                rawInsertsPerSecondConcurrent,
                groupsWithWrongOrders);
    }

    private double percentile(double p) {
        if (latenciesNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(latenciesNanos.size() - 1, Math.ceil(p * latenciesNanos.size()) - 1);
        return latenciesNanos.get(Math.max(0, index)) / 1e6;
    }
}
