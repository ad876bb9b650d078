package dev.groupbuy.core.jielong;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading aid, not a test of behaviour: with {@code -Djielong.debug.case=<corpus folder>/<id>} and
 * {@code -Djielong.debug.line=<text>} it prints how that line is tokenised and read against the case's
 * catalog; with an empty line, every entry the case's text gives. Without the properties it does nothing.
 */
class LineDebugTests {

    @Test
    void printsHowALineIsRead() throws Exception {
        String id = System.getProperty("jielong.debug.case");
        String line = System.getProperty("jielong.debug.line");
        if (id == null) {
            return;
        }
        String folder = id.substring(0, id.lastIndexOf('/'));
        String name = id.substring(id.lastIndexOf('/') + 1);
        CorpusCase c = CorpusCase.load(folder)
                .filter(k -> k.id().equals(name))
                .findFirst()
                .orElseThrow();
        if (line == null || line.isBlank()) {
            new ChainParser().parse(c.text(), c.catalog()).entries().forEach(e -> System.out.println("[debug] " + e));
            return;
        }
        CatalogMatcher matcher = new CatalogMatcher(c.catalog());
        LineTokenizer tokenizer = new LineTokenizer(matcher);
        List<Token> tokens = EntryReader.anchors(tokenizer, matcher, line);
        System.out.println("[debug] tokens " + tokens);
        tokens.stream()
                .filter(t -> t.is(TokenKind.TEXT))
                .forEach(
                        t -> System.out.println("[debug] name-likeness " + t.text() + " " + NameLikeness.of(t.text())));
        NameExtractor.Name n = NameExtractor.extract(tokens);
        System.out.println("[debug] name " + n);
        System.out.println("[debug] entry "
                + new ChainParser().parse("#接龙\n1. " + line, c.catalog()).entries());
    }
}
