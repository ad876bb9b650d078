package dev.groupbuy.core.jielong;

import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores a parse against a corpus case the way the corpus README suggests; lists every mismatch. */
public final class CorpusScorer {

    private CorpusScorer() {}

    static List<String> mismatches(CorpusCase c, ParsedChain parsed) {
        List<String> out = new ArrayList<>();
        if (parsed.isChain() != c.isChain()) {
            out.add("isChain: expected " + c.isChain() + " got " + parsed.isChain());
            return out;
        }
        if (!c.isChain()) {
            return out;
        }
        if (parsed.entries().size() != c.entries().size()) {
            out.add("entry count: expected " + c.entries().size() + " got "
                    + parsed.entries().size());
        }
        Map<Integer, ArrayDeque<ChainEntry>> bySeq = bySeq(parsed);
        for (CorpusCase.Expected want : c.entries()) {
            ChainEntry got = next(bySeq, want.seq());
            if (got == null) {
                out.add("seq " + want.seq() + ": missing");
                continue;
            }
            String where = "seq " + want.seq() + " [" + got.line() + "]: ";
            if (!got.name().strip().equals(want.name().strip())) {
                out.add(where + "name expected '" + want.name() + "' got '" + got.name() + "'");
            }
            if (got.cancelled() != want.cancelled()) {
                out.add(where + "cancelled expected " + want.cancelled());
            }
            if (got.review() != want.review()) {
                out.add(where + "review expected " + want.review() + " (reason: " + got.reason() + ")");
            }
            if (!want.review() && !sameItems(want.items(), got.items())) {
                out.add(where + "items expected " + want.items() + " got " + got.items());
            }
        }
        return out;
    }

    /**
     * The parsed entries by seq, in text order. A list whose numbering starts again repeats seqs: the first
     * expected entry with a seq is matched with the first parsed one, the second with the second.
     */
    static Map<Integer, ArrayDeque<ChainEntry>> bySeq(ParsedChain parsed) {
        Map<Integer, ArrayDeque<ChainEntry>> bySeq = new HashMap<>();
        if (parsed.isChain()) {
            parsed.entries()
                    .forEach(e -> bySeq.computeIfAbsent(e.seq(), k -> new ArrayDeque<>())
                            .add(e));
        }
        return bySeq;
    }

    static ChainEntry next(Map<Integer, ArrayDeque<ChainEntry>> bySeq, int seq) {
        ArrayDeque<ChainEntry> queue = bySeq.get(seq);
        return queue == null ? null : queue.poll();
    }

    static boolean sameItems(Map<String, BigDecimal> want, List<OrderItem> got) {
        Map<String, BigDecimal> gotMap = new HashMap<>();
        got.forEach(i -> gotMap.merge(i.sku(), i.qty(), BigDecimal::add));
        if (!want.keySet().equals(gotMap.keySet())) {
            return false;
        }
        return want.entrySet().stream().allMatch(e -> e.getValue().compareTo(gotMap.get(e.getKey())) == 0);
    }
}
