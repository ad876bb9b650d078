package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints the figures of every corpus folder (cases exact, entries right, confidently wrong), and with
 * {@code -Djielong.report.misses=true} every miss. Run alone with
 * {@code ./mvnw -q -pl bot-core test -Dtest=CorpusReportTests -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CorpusReportTests {

    /** Held-back sets whose misses are never printed: only their totals may be looked at. */
    private static final List<String> SEALED = List.of(
            "corpus/jielong-real-holdout-3",
            "corpus/jielong-real-holdout-4",
            "corpus/jielong-real-holdout-5",
            "corpus/jielong-real-holdout-6",
            "corpus/jielong-real-holdout-7",
            "corpus/jielong-real-holdout-8",
            "corpus/jielong-real-holdout-9",
            "corpus/jielong-real-holdout-10",
            "corpus/jielong-real-holdout-11",
            "corpus/jielong-real-holdout-12",
            "corpus/jielong-real-holdout-13",
            "corpus/jielong-real-holdout-14",
            "corpus/jielong-real-holdout-15",
            "corpus/jielong-real-holdout-16",
            "corpus/jielong-real-holdout-17",
            "corpus/jielong-real-holdout-18",
            "corpus/jielong-real-holdout-19",
            "corpus/jielong-real-holdout-20",
            "corpus/jielong-real-holdout-21",
            "corpus/jielong-real-holdout-22",
            "corpus/jielong-real-holdout-23",
            "corpus/jielong-real-holdout-24",
            "corpus/jielong-real-holdout-25",
            "corpus/jielong-real-holdout-26",
            "corpus/jielong-real-holdout-27",
            "corpus/jielong-real-holdout-28",
            "corpus/jielong-real-holdout-29",
            "corpus/jielong-real-holdout-30",
            "corpus/jielong-real-holdout-31",
            "corpus/jielong-real-holdout-32",
            "corpus/jielong-real-holdout-33",
            "corpus/jielong-real-holdout-34",
            "corpus/jielong-real-holdout-35",
            "corpus/jielong-real-holdout-36",
            "corpus/jielong-real-holdout-37",
            "corpus/jielong-real-holdout-38",
            "corpus/jielong-real-holdout-39",
            "corpus/jielong-real-holdout-40");

    /** Every folder reported: the public corpus, our own sets, the opened held-back sets, then the sealed ones. */
    private static final List<String> FOLDERS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            "corpus/jielong",
                            "corpus/jielong-extra",
                            "corpus/jielong-holdout",
                            "corpus/jielong-real-dev",
                            "corpus/jielong-real-holdout",
                            "corpus/jielong-real-holdout-2"),
                    SEALED.stream())
            .toList();

    private final ChainParser parser = new ChainParser();

    @Test
    void printsTheFiguresOfEveryFolder() throws Exception {
        boolean misses = Boolean.getBoolean("jielong.report.misses");
        for (String folder : FOLDERS) {
            CorpusFigures figures = CorpusFigures.of(CorpusCase.load(folder).toList(), parser);
            System.out.println("[jielong] " + folder + ": " + figures.summary());
            if (misses && !SEALED.contains(folder)) {
                figures.misses().forEach(m -> System.out.println("[jielong]   " + m));
            }
            assertThat(figures.cases()).isPositive();
        }
    }

    /**
     * The development set of realistic chains (20,100 cases written in batches of sixty to a hundred and forty, many to be
     * harder than the parser's rules) is not read exactly everywhere — many lines need knowledge no rule has, and writers
     * disagree on some conventions — but it must stay where the twenty-third round brought it (see docs/jielong.md): a
     * guard against regressions, not a target.
     */
    @Test
    void keepsTheRealisticDevelopmentSetWhereItIs() throws Exception {
        CorpusFigures figures =
                CorpusFigures.of(CorpusCase.load("corpus/jielong-real-dev").toList(), parser);

        assertThat(figures.rightEntries()).as(figures.summary()).isGreaterThanOrEqualTo(figures.entries() * 978 / 1000);
        assertThat(figures.confidentlyWrong())
                .as(figures.summary())
                .isLessThanOrEqualTo(figures.entries() * 69 / 10000);
        assertThat(figures.exactCases()).as(figures.summary()).isGreaterThanOrEqualTo(figures.cases() * 83 / 100);
    }
}
