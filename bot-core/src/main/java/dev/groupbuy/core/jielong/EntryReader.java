package dev.groupbuy.core.jielong;

import dev.groupbuy.core.order.OrderItem;
import java.util.List;

/** Reads one numbered line (its body after the number) into a {@link ChainEntry}. */
final class EntryReader {

    static final int MAX_LINE_LENGTH = 500;
    private static final int QUANTITY_WRITTEN = TokenKinds.maskOf(TokenKind.NUMBER, TokenKind.PRODUCT);
    private static final int ORDER_SIGNAL = TokenKinds.maskOf(
            TokenKind.NUMBER,
            TokenKind.PRODUCT,
            TokenKind.CANCEL,
            TokenKind.CHANGE,
            TokenKind.SAME,
            TokenKind.PLUS,
            TokenKind.EACH,
            TokenKind.EVERY,
            TokenKind.STRIKE);

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
            ChainEntry entry =
                    new ChainEntry(seq, name, List.of(), false, true, ReviewReason.TOO_LONG, "", text, rawLine);
            return new ReadLine(entry, true, false, false);
        }
        boolean struck = text.length() > 4
                && text.startsWith("~~")
                && text.endsWith("~~")
                && text.indexOf("~~", 2) == text.length() - 2;
        List<Token> tokens = tokenizer.tokenize(struck ? text.substring(2, text.length() - 2) : text);
        NameExtractor.Name name = NameExtractor.extract(tokens);
        int orderKinds = TokenKinds.of(tokens, name.nextToken());
        int kinds = orderKinds | TokenKinds.of(tokens, 0, name.nextToken());
        LineOrder order = struck ? LineOrder.cancel() : orders.read(tokens, name.nextToken(), previous, orderKinds);
        if (name.text().isEmpty() && !order.cancelled() && !order.review()) {
            order = LineOrder.review(ReviewReason.NO_NAME);
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
        boolean written = (kinds & QUANTITY_WRITTEN) != 0;
        boolean signal = (kinds & ORDER_SIGNAL) != 0;
        boolean prose = signal && !name.text().isEmpty()
                ? Prose.isProseName(name.text())
                : Prose.isProse(name.text(), tokens, name.nextToken());
        return new ReadLine(entry, signal, prose, written);
    }
}
