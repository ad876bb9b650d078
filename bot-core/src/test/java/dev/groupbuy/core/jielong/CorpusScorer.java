package dev.groupbuy.core.jielong;

import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
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
        Map<Integer, ChainEntry> bySeq = new HashMap<>();
        parsed.entries().forEach(e -> bySeq.putIfAbsent(e.seq(), e));
        for (CorpusCase.Expected want : c.entries()) {
            ChainEntry got = bySeq.get(want.seq());
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

    static boolean sameItems(Map<String, BigDecimal> want, List<OrderItem> got) {
        Map<String, BigDecimal> gotMap = new HashMap<>();
        got.forEach(i -> gotMap.merge(i.sku(), i.qty(), BigDecimal::add));
        if (!want.keySet().equals(gotMap.keySet())) {
            return false;
        }
        return want.entrySet().stream().allMatch(e -> e.getValue().compareTo(gotMap.get(e.getKey())) == 0);
    }
}
