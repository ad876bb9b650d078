package dev.groupbuy.core.jielong;

import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line that orders and then edits its own order: {@code a2 b1 d1,d不要了}, {@code A1 B2 C2(B改成1)},
 * {@code C1 D1,D换成E}, {@code A1,B2→B6}, {@code 西兰花两个 减1个}. The part before the edit is read as an order
 * and the edit is applied to it, as the neighbour's earlier line answers an edit written on a line of its own
 * ({@link EarlierOrder}). The edit starts at a comma, in a bracket at the end, or at 减/少 and a count after a
 * space; it must name a product (or change, or take off a count) to count as one.
 */
final class InLineEdits {

    private static final String COMMAS = ",;";

    private final OrderReader reader;
    private final CatalogMatcher catalog;
    private final LineTokenizer tokenizer;

    InLineEdits(OrderReader reader, CatalogMatcher catalog, LineTokenizer tokenizer) {
        this.reader = reader;
        this.catalog = catalog;
        this.tokenizer = tokenizer;
    }

    /** The edited order, or {@code null} when the line holds no edit of its own order. */
    LineOrder read(List<Token> tokens) {
        int last = lastWord(tokens);
        if (last < 1) {
            return null;
        }
        Token end = tokens.get(last);
        if (end.is(TokenKind.REMARK)) {
            List<Token> clause = EntryReader.anchors(tokenizer, catalog, end.content());
            return editedBy(tokens.subList(0, last), clause);
        }
        for (int k = last; k > 0; k--) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PUNCT) && COMMAS.indexOf(t.text().charAt(0)) >= 0) {
                return editedBy(tokens.subList(0, k), tokens.subList(k + 1, tokens.size()));
            }
            if (isReduction(tokens, k)) {
                return reduced(tokens.subList(0, k), tokens.get(k + 1).value());
            }
        }
        return null;
    }

    private LineOrder editedBy(List<Token> base, List<Token> clause) {
        if (!startsAnEdit(clause) || !ordersSomething(base)) {
            return null;
        }
        LineOrder before = reader.read(base, null);
        if (before.review() || before.cancelled() || before.items().isEmpty()) {
            return null;
        }
        LineOrder edit = reader.read(clause, before.items());
        EarlierOrder earlier = edit.earlier();
        if (earlier != null && earlier.swappedTo() != null) {
            return swapped(before.items(), earlier);
        }
        if (earlier != null) {
            List<OrderItem> items = earlier.applyTo(before.items());
            return items.isEmpty() ? null : LineOrder.of(items);
        }
        if (edit.review() || edit.items().isEmpty() || edit.cancelled()) {
            return null;
        }
        Map<String, BigDecimal> merged = new LinkedHashMap<>();
        before.items().forEach(i -> merged.put(i.sku(), i.qty()));
        edit.items().forEach(i -> merged.put(i.sku(), i.qty()));
        return LineOrder.of(OrderReader.toItems(merged));
    }

    /** {@code A1 B1(A换成B)}: the dropped product's count moves to the new one, the rest stays. */
    private static LineOrder swapped(List<OrderItem> before, EarlierOrder swap) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        BigDecimal moved = null;
        for (OrderItem item : before) {
            if (swap.dropped().contains(item.sku()) || (swap.dropped().isEmpty() && before.size() == 1)) {
                moved = item.qty();
            } else {
                out.put(item.sku(), item.qty());
            }
        }
        if (moved == null) {
            return null;
        }
        out.merge(swap.swappedTo(), moved, BigDecimal::add);
        return LineOrder.of(OrderReader.toItems(out));
    }

    /** {@code 鸡翅×2 少一份}, {@code D2 减1}: the count taken off the one product ordered before it. */
    private LineOrder reduced(List<Token> base, BigDecimal less) {
        if (!ordersSomething(base)) {
            return null;
        }
        LineOrder before = reader.read(base, null);
        if (before.review() || before.cancelled() || before.items().size() != 1) {
            return null;
        }
        OrderItem item = before.items().get(0);
        BigDecimal left = item.qty().subtract(less);
        return left.signum() > 0 ? LineOrder.of(List.of(new OrderItem(item.sku(), left))) : null;
    }

    /** An edit names a product or code first and then cancels, changes or swaps it, or starts with a change. */
    private static boolean startsAnEdit(List<Token> clause) {
        int first = 0;
        while (first < clause.size() && clause.get(first).isSeparator()) {
            first++;
        }
        if (first >= clause.size()) {
            return false;
        }
        if (clause.get(first).is(TokenKind.CHANGE)) {
            return true;
        }
        int k = first;
        while (k < clause.size()
                && (clause.get(k).is(TokenKind.PRODUCT) || clause.get(k).is(TokenKind.NUMBER))) {
            k++;
        }
        return k > first
                && clause.get(first).is(TokenKind.PRODUCT)
                && k < clause.size()
                && (clause.get(k).is(TokenKind.CANCEL) || clause.get(k).is(TokenKind.CHANGE));
    }

    /**
     * {@code 西兰花两个 减1个}, {@code b3减1}: 减 or 少 alone, after a space or glued to the count before it, glued
     * to a count, at the end of the line.
     */
    private static boolean isReduction(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.is(TokenKind.TEXT) || !(t.isChar('减') || t.isChar('少')) || k + 1 >= tokens.size()) {
            return false;
        }
        Token count = tokens.get(k + 1);
        Token before = tokens.get(k - 1);
        boolean apart = before.is(TokenKind.SPACE) || (before.is(TokenKind.NUMBER) && before.gluedTo(t));
        return apart && count.is(TokenKind.NUMBER) && t.gluedTo(count) && lastWord(tokens) == k + 1;
    }

    /** The part before the edit writes a count or a product of its own: {@code 减半斤} alone edits nothing here. */
    private static boolean ordersSomething(List<Token> base) {
        for (Token t : base) {
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT)) {
                return true;
            }
        }
        return false;
    }

    private static int lastWord(List<Token> tokens) {
        int k = tokens.size() - 1;
        while (k >= 0 && tokens.get(k).isSeparator()) {
            k--;
        }
        return k;
    }
}
