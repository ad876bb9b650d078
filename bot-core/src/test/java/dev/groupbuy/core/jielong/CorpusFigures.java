package dev.groupbuy.core.jielong;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures a corpus folder is judged by: cases read exactly, entries read right, and entries read
 * confidently wrong (an order the parser would write without asking, and that is not the expected one).
 *
 * <p>An expected entry is right when name, cancelled and review match and, unless it is under review, the
 * items too. It is confidently wrong when the parser does not ask (no review) but the order it makes differs:
 * the entry should have been a review, or name, items or cancelled differ. Entries the parser invents where
 * none are expected (a non-chain read as a chain, or an extra seq) count as confidently wrong as well.
 */
public record CorpusFigures(
        int cases, int exactCases, int entries, int rightEntries, int confidentlyWrong, List<String> misses) {

    static CorpusFigures of(List<CorpusCase> cases, ChainParser parser) {
        int exact = 0;
        int entries = 0;
        int right = 0;
        int wrong = 0;
        List<String> misses = new ArrayList<>();
        for (CorpusCase c : cases) {
            ParsedChain parsed = parser.parse(c.text(), c.catalog());
            List<String> mismatches = CorpusScorer.mismatches(c, parsed);
            List<Integer> wrongSeqs = new ArrayList<>();
            Map<Integer, ArrayDeque<ChainEntry>> bySeq = CorpusScorer.bySeq(parsed);
            entries += c.entries().size();
            for (CorpusCase.Expected want : c.entries()) {
                ChainEntry got = CorpusScorer.next(bySeq, want.seq());
                if (got == null) {
                    continue;
                }
                boolean nameRight = got.name().strip().equals(want.name().strip());
                boolean itemsRight = CorpusScorer.sameItems(want.items(), got.items());
                boolean orderRight = got.cancelled() == want.cancelled() && (want.review() || itemsRight);
                if (nameRight && orderRight && got.review() == want.review()) {
                    right++;
                } else if (!got.review() && (want.review() || !nameRight || !orderRight)) {
                    wrong++;
                    wrongSeqs.add(want.seq());
                }
            }
            int invented = (int) bySeq.values().stream()
                    .flatMap(ArrayDeque::stream)
                    .filter(e -> !e.review() && (!e.items().isEmpty() || e.cancelled()))
                    .count();
            wrong += invented;
            entries += invented;
            if (mismatches.isEmpty()) {
                exact++;
            } else {
                misses.add(c.id() + ": " + String.join("; ", mismatches)
                        + (wrongSeqs.isEmpty() && invented == 0
                                ? ""
                                : " [confidently wrong: seq " + wrongSeqs + (invented > 0 ? " +" + invented : "")
                                        + "]"));
            }
        }
        return new CorpusFigures(cases.size(), exact, entries, right, wrong, misses);
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "cases exact %d/%d (%.1f%%), entries right %d/%d (%.1f%%), confidently wrong %d (%.2f%%)",
                exactCases,
                cases,
                percent(exactCases, cases),
                rightEntries,
                entries,
                percent(rightEntries, entries),
                confidentlyWrong,
                percent(confidentlyWrong, entries));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
