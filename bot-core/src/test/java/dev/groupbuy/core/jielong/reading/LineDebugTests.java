package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.Catalogs;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.jielong.CorpusCase;
import dev.groupbuy.core.jielong.ParsedChain;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading aid, not a test of behaviour: with {@code -Djielong.debug.case=<corpus folder>/<id>} and
 * {@code -Djielong.debug.line=<text>} it prints how that line is tokenised and read against the case's
 * catalog; with an empty line, every entry the case's text gives. Without the properties it does nothing.
 */
class LineDebugTests {

    /**
     * With {@code -Djielong.debug.file=<path>}: a file of {@code @ sku|name|alias,alias|unit} catalog lines and
     * then a message; prints every entry the message gives.
     */
    @Test
    void printsHowAMessageIsRead() throws Exception {
        String file = System.getProperty("jielong.debug.file");
        if (file == null) {
            return;
        }
        List<dev.groupbuy.core.deal.CatalogItem> catalog = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
            if (line.startsWith("@ ")) {
                String[] f = line.substring(2).split("\\|", -1);
                String[] aliases = f[2].isBlank() ? new String[0] : f[2].split(",");
                dev.groupbuy.core.deal.CatalogItem item = Catalogs.item(f[0], f[1], f[3], aliases);
                catalog.add(
                        f.length > 4 && !f[4].isBlank() // an optional price after the unit
                                ? new dev.groupbuy.core.deal.CatalogItem(
                                        item.sku(),
                                        item.name(),
                                        item.aliases(),
                                        item.unit(),
                                        new java.math.BigDecimal(f[4]),
                                        null,
                                        null,
                                        null)
                                : item);
            } else {
                text.append(line).append('\n');
            }
        }
        String line = System.getProperty("jielong.debug.line");
        if (line != null && !line.isBlank()) {
            CatalogMatcher matcher = new CatalogMatcher(catalog);
            System.out.println("[debug] tokens " + EntryReader.anchors(new LineTokenizer(matcher), matcher, line));
        }
        ParsedChain chain = new ChainParser().parse(text.toString(), catalog);
        System.out.println("[debug] chain " + chain.isChain());
        chain.entries()
                .forEach(e -> System.out.println(
                        "[debug] " + e.seq() + " " + e.name() + " " + e.items() + (e.cancelled() ? " CANCELLED" : "")
                                + (e.review() ? " REVIEW " + e.reason() : "") + " | " + e.line()));
    }

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
                .filter(t -> t.is(TokenKind.REMARK))
                .forEach(t ->
                        System.out.println("[debug] remark " + EntryReader.anchors(tokenizer, matcher, t.content())));
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
