package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
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
            return editedBy(tokens.subList(0, last), clause, false);
        }
        for (int k = last; k > 0; k--) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PUNCT) && COMMAS.indexOf(t.text().charAt(0)) >= 0) {
                return editedBy(tokens.subList(0, k), tokens.subList(k + 1, tokens.size()), false);
            }
            if (isArrow(tokens, k)) {
                return editedBy(tokens.subList(0, k), tokens.subList(k + 1, tokens.size()), true);
            }
            if (isReduction(tokens, k)) {
                return reduced(tokens.subList(0, k), tokens.get(k + 1).value(), tokens.subList(k + 2, tokens.size()));
            }
            if (t.is(TokenKind.SPACE) && k + 1 < tokens.size() && isOnly(tokens.get(k + 1))) {
                LineOrder kept = onlyThese(tokens.subList(0, k), tokens.subList(k + 2, tokens.size()));
                if (kept != null) {
                    return kept;
                }
            }
            if (t.is(TokenKind.SPACE) && namedBefore(tokens, k)) {
                LineOrder edited = editedBy(tokens.subList(0, k), tokens.subList(k + 1, tokens.size()), false);
                if (edited != null) {
                    return edited;
                }
            }
        }
        return null;
    }

    private static boolean isOnly(Token t) {
        return t.is(TokenKind.TEXT) && (t.text().equals("只要") || t.text().equals("就要"));
    }

    /**
     * {@code A1 B1 C1 D1 只要A和D}, {@code 鸡腿 鸡爪 各一斤 只要鸡腿}, {@code 三黄鸡2 只要1只}: only the products named
     * after 只要 stay, at their counts; or, after an order of one product, only the count after it.
     */
    private LineOrder onlyThese(List<Token> base, List<Token> rest) {
        if (!ordersSomething(base)) {
            return null;
        }
        LineOrder before = clearOrder(base);
        if (before == null) {
            return null;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        Token count = null;
        for (Token t : rest) {
            if (t.is(TokenKind.PRODUCT) && t.products().size() == 1) {
                named.add(t.products().get(0).sku());
            } else if (t.is(TokenKind.NUMBER) && count == null) {
                count = t;
            } else if (!t.isSeparator() && !(t.is(TokenKind.TEXT) && t.text().equals("和"))) {
                return null;
            }
        }
        if (named.isEmpty() && count != null && before.items().size() == 1) {
            return LineOrder.of(List.of(new OrderItem(before.items().get(0).sku(), count.value())));
        }
        if (named.isEmpty() || count != null) {
            return null;
        }
        List<OrderItem> out = new ArrayList<>();
        for (OrderItem item : before.items()) {
            if (named.contains(item.sku())) {
                out.add(item);
            }
        }
        return out.size() == named.size() ? LineOrder.of(out) : null;
    }

    /** {@code 牛腩1 → 牛腩换成滑鸡}: an arrow set apart by spaces after an order, before what changes in it. */
    private static boolean isArrow(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String text = t.text();
        boolean arrow = text.startsWith("→") || text.startsWith("->") || text.startsWith("=>") || text.startsWith("➡");
        return t.is(TokenKind.CHANGE)
                && arrow
                && tokens.get(k - 1).is(TokenKind.SPACE)
                && k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.SPACE);
    }

    /** {@code 排骨饭1 滑鸡饭1 排骨不要了}: after a space, a product the order before already named. */
    private static boolean namedBefore(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k + 1).is(TokenKind.PRODUCT)) {
            return false;
        }
        List<CatalogItem> products = tokens.get(k + 1).products();
        for (int j = 0; j < k; j++) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.EVERY) || t.is(TokenKind.EACH)) {
                return true; // 每样1 锡纸删: every product was ordered
            }
            if (t.is(TokenKind.PRODUCT)
                    && t.products().size() == 1
                    && products.contains(t.products().get(0))) {
                return true;
            }
        }
        return false;
    }

    private LineOrder editedBy(List<Token> base, List<Token> clause, boolean afterArrow) {
        if (!ordersSomething(base)) {
            return null;
        }
        boolean newCount = afterArrow && startsWithACount(clause) && onlyProductsOf(clause, base);
        Token reducedProduct = productReduction(clause);
        OrderItem stays = staysAt(clause);
        if (stays != null || addsAnother(clause)) {
            LineOrder before = clearOrder(base);
            List<OrderItem> more = stays != null ? List.of(stays) : itemsOf(clearOrder(clause));
            return before == null || more == null ? null : together(before.items(), more);
        }
        boolean changeFirst = startsWithAChange(clause);
        if (!newCount && reducedProduct == null && (!startsAnEdit(clause) || (afterArrow && changeFirst))) {
            return null;
        }
        LineOrder before = clearOrder(base);
        if (before == null) {
            return null;
        }
        if (reducedProduct != null) {
            return reducedOne(
                    before.items(),
                    reducedProduct.products().get(0).sku(),
                    countAfter(clause).value());
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

    /**
     * {@code 鸡翅×2 少一份}, {@code D2 减1}, {@code 保鲜袋2盒 减一盒 厨房纸1}: the count taken off the one product
     * ordered before it; what follows orders as a line would.
     */
    private LineOrder reduced(List<Token> base, BigDecimal less, List<Token> rest) {
        if (!ordersSomething(base)) {
            return null;
        }
        LineOrder before = clearOrder(base);
        if (before == null || before.items().size() != 1) {
            return null;
        }
        LineOrder reduced = reducedOne(before.items(), before.items().get(0).sku(), less);
        if (reduced == null || !ordersSomething(rest)) {
            return reduced;
        }
        List<OrderItem> after = itemsOf(clearOrder(rest));
        return after == null ? null : together(reduced.items(), after);
    }

    /** What {@code part} orders when it is a clear order (no question, no cancel, something ordered), else null. */
    private LineOrder clearOrder(List<Token> part) {
        LineOrder order = reader.read(part, null);
        return order.review() || order.cancelled() || order.items().isEmpty() ? null : order;
    }

    private static List<OrderItem> itemsOf(LineOrder order) {
        return order == null ? null : order.items();
    }

    /** Two orders of different products as one; {@code null} when they name the same product (which one counts?). */
    private static LineOrder together(List<OrderItem> first, List<OrderItem> second) {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        first.forEach(i -> all.put(i.sku(), i.qty()));
        for (OrderItem i : second) {
            if (all.putIfAbsent(i.sku(), i.qty()) != null) {
                return null;
            }
        }
        return LineOrder.of(OrderReader.toItems(all));
    }

    /** {@code sku}'s count less {@code less}, the rest as it was; {@code null} when nothing would be left of it. */
    private static LineOrder reducedOne(List<OrderItem> before, String sku, BigDecimal less) {
        List<OrderItem> out = new ArrayList<>(before.size());
        boolean found = false;
        for (OrderItem item : before) {
            if (item.sku().equals(sku)) {
                BigDecimal left = item.qty().subtract(less);
                if (left.signum() <= 0) {
                    return null;
                }
                out.add(new OrderItem(sku, left));
                found = true;
            } else {
                out.add(item);
            }
        }
        return found ? LineOrder.of(out) : null;
    }

    /**
     * {@code 百合1 向日葵1 → 向日葵×2}: after an arrow, only products already ordered get new counts; an arrow to
     * another product ({@code 花生油1桶 → 菜籽油1桶}) replaces the order and is read as a change.
     */
    private static boolean onlyProductsOf(List<Token> clause, List<Token> base) {
        java.util.Set<String> before = new java.util.HashSet<>();
        base.stream()
                .filter(t -> t.is(TokenKind.PRODUCT))
                .forEach(t -> t.products().forEach(p -> before.add(p.sku())));
        for (Token t : clause) {
            if (t.is(TokenKind.PRODUCT)
                    && (t.products().size() != 1
                            || !before.contains(t.products().get(0).sku()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code 向日葵×2}, {@code 热红酒3} after an arrow: a product and its new count. */
    private static boolean startsWithACount(List<Token> clause) {
        int first = firstWord(clause);
        return first + 1 < clause.size()
                && clause.get(first).is(TokenKind.PRODUCT)
                && (clause.get(first + 1).is(TokenKind.NUMBER)
                        || clause.get(first + 1).is(TokenKind.TIMES));
    }

    /** {@code F减1}, {@code 凤爪减一盒}: a product, 减 or 少, and a count — the product the count comes off. */
    private static Token productReduction(List<Token> clause) {
        int first = productWordCount(clause, REDUCING);
        return first >= 0 && clause.get(first + 1).gluedTo(clause.get(first + 2)) ? clause.get(first) : null;
    }

    /**
     * Where a clause that is just one product, one of {@code words} and a count starts ({@code F减1},
     * {@code B还是1}), or -1.
     */
    private static int productWordCount(List<Token> clause, java.util.Set<String> words) {
        int first = firstWord(clause);
        if (first + 2 >= clause.size() || lastWord(clause) != first + 2) {
            return -1;
        }
        Token product = clause.get(first);
        Token word = clause.get(first + 1);
        boolean fits = product.is(TokenKind.PRODUCT)
                && product.products().size() == 1
                && word.is(TokenKind.TEXT)
                && words.contains(word.text())
                && clause.get(first + 2).is(TokenKind.NUMBER);
        return fits ? first : -1;
    }

    private static Token countAfter(List<Token> clause) {
        return clause.get(lastWord(clause));
    }

    /** Words that take a count off: {@code 减1}, {@code 少一份}, {@code 删1扎}, {@code 去掉2个}. */
    private static final java.util.Set<String> REDUCING = java.util.Set.of("减", "少", "删", "去掉", "减去");

    /** {@code A改成2,B还是1}: another product and the count it stays at. */
    private static OrderItem staysAt(List<Token> clause) {
        int first = productWordCount(clause, STAYING);
        return first < 0
                ? null
                : new OrderItem(
                        clause.get(first).products().get(0).sku(),
                        clause.get(first + 2).value());
    }

    /** Words that say a product stays at a count: {@code 还是1}, {@code 还要2}. */
    private static final java.util.Set<String> STAYING = java.util.Set.of("还是", "还要");

    /** {@code 鲜肉改成2袋,再加蜜枣1}: one more product after the edit, with its count. */
    private static boolean addsAnother(List<Token> clause) {
        int first = firstWord(clause);
        return first < clause.size()
                && clause.get(first).is(TokenKind.PLUS)
                && clause.get(first).length() > 1;
    }

    /** {@code → 改成b2}: after an arrow, a change word first replaces the whole order (read as a change). */
    private static boolean startsWithAChange(List<Token> clause) {
        int first = firstWord(clause);
        return first < clause.size() && clause.get(first).is(TokenKind.CHANGE);
    }

    /** An edit names a product or code first and then cancels, changes or swaps it, or starts with a change. */
    private static boolean startsAnEdit(List<Token> clause) {
        int first = firstWord(clause);
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
     * {@code 西兰花两个 减1个}, {@code b3减1}, {@code 冰沙4杯 减1杯 冰粉2}: a word that takes a count off, after a
     * space or glued to the count before it, glued to a count, at the end of the line or before a space.
     */
    private static boolean isReduction(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.is(TokenKind.TEXT) || !REDUCING.contains(t.text()) || k + 1 >= tokens.size()) {
            return false;
        }
        Token count = tokens.get(k + 1);
        Token before = tokens.get(k - 1);
        boolean apart = before.is(TokenKind.SPACE) || (before.is(TokenKind.NUMBER) && before.gluedTo(t));
        boolean ends = k + 2 >= tokens.size() || tokens.get(k + 2).is(TokenKind.SPACE);
        return apart && count.is(TokenKind.NUMBER) && t.gluedTo(count) && ends;
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

    /** The first token that is no space or punctuation ({@code tokens.size()} when there is none). */
    private static int firstWord(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).isSeparator()) {
            k++;
        }
        return k;
    }

    private static int lastWord(List<Token> tokens) {
        int k = tokens.size() - 1;
        while (k >= 0 && tokens.get(k).isSeparator()) {
            k--;
        }
        return k;
    }
}
