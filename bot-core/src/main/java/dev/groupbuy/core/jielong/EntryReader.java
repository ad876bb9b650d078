package dev.groupbuy.core.jielong;

import dev.groupbuy.core.order.OrderItem;
import java.util.List;

/** Reads one numbered line (its body after the number) into a {@link ChainEntry}. */
final class EntryReader {

    static final int MAX_LINE_LENGTH = 500;

    private final LineTokenizer tokenizer;
    private final OrderReader orders;

    EntryReader(CatalogMatcher catalog) {
        this.tokenizer = new LineTokenizer(catalog);
        this.orders = new OrderReader(catalog, tokenizer);
    }

    ReadLine read(int seq, String body, String rawLine, List<OrderItem> previous) {
        String text = body.strip();
        if (text.length() > MAX_LINE_LENGTH) {
            String name = NameExtractor.extract(tokenizer.tokenize(text.substring(0, 40)))
                    .text();
            ChainEntry entry = new ChainEntry(seq, name, List.of(), false, true, "line too long", "", text, rawLine);
            return new ReadLine(entry, false, true, false);
        }
        boolean struck = text.length() > 4
                && text.startsWith("~~")
                && text.endsWith("~~")
                && text.indexOf("~~", 2) == text.length() - 2;
        List<Token> tokens = tokenizer.tokenize(struck ? text.substring(2, text.length() - 2) : text);
        NameExtractor.Name name = NameExtractor.extract(tokens);
        LineOrder order = struck ? LineOrder.cancel() : orders.read(tokens, name.nextToken(), previous);
        if (name.text().isEmpty() && !order.cancelled() && !order.review()) {
            order = LineOrder.review("no name");
        }
        ChainEntry entry = new ChainEntry(
                seq,
                name.text(),
                order.items(),
                order.cancelled(),
                order.review(),
                order.reason(),
                Notes.collect(tokens, name.nextToken()),
                text,
                rawLine);
        boolean written = false;
        for (Token t : tokens) {
            written |= t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT);
        }
        return new ReadLine(
                entry, Prose.hasOrderSignal(tokens), Prose.isProse(name.text(), tokens, name.nextToken()), written);
    }
}
