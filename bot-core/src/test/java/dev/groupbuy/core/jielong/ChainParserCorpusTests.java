package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public corpus case, every extra case and every holdout case of ours must be read exactly. */
class ChainParserCorpusTests {

    private final ChainParser parser = new ChainParser();

    static Stream<CorpusCase> publicCases() throws Exception {
        return CorpusCase.load("corpus/jielong");
    }

    static Stream<CorpusCase> extraCases() throws Exception {
        return CorpusCase.load("corpus/jielong-extra");
    }

    static Stream<CorpusCase> holdoutCases() throws Exception {
        return CorpusCase.load("corpus/jielong-holdout");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicCases")
    void readsPublicCaseExactly(CorpusCase c) {
        assertThat(CorpusScorer.mismatches(c, parser.parse(c.text(), c.catalog())))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extraCases")
    void readsExtraCaseExactly(CorpusCase c) {
        assertThat(CorpusScorer.mismatches(c, parser.parse(c.text(), c.catalog())))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holdoutCases")
    void readsHoldoutCaseExactly(CorpusCase c) {
        assertThat(CorpusScorer.mismatches(c, parser.parse(c.text(), c.catalog())))
                .isEmpty();
    }
}
