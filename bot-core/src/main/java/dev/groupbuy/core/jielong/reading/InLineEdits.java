package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
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
public final class InLineEdits {

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
            return editedByParts(tokens.subList(0, last), EntryReader.editAnchors(tokenizer, catalog, end.content()));
        }
        for (int k = last; k > 0; k--) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PUNCT) && COMMAS.indexOf(t.text().charAt(0)) >= 0) {
                return editedBy(tokens.subList(0, k), tokens.subList(k + 1, tokens.size()), false);
            }
            if (isArrow(tokens, k)) {
                return editedBy(tokens.subList(0, k), tokens.subList(k + 1, tokens.size()), true);
            }
            if (t.is(TokenKind.REMARK) && ordersSomething(tokens.subList(k + 1, tokens.size()))) {
                LineOrder edited = editedInTheMiddle(tokens, k);
                if (edited != null) {
                    return edited;
                }
            }
            if (t.is(TokenKind.SPACE) && k + 1 < tokens.size() && isNeverMind(tokens.get(k + 1))) {
                LineOrder instead = clearOrder(tokens.subList(k + 2, tokens.size()));
                if (instead != null && ordersSomething(tokens.subList(0, k))) {
                    return instead; // 辣条5包 算了辣条2包就行: what follows 算了 is the order
                }
            }
            if (t.is(TokenKind.SPACE) && k + 1 < tokens.size() && isSwapWord(tokens, k + 1)) {
                List<Token> clause = new ArrayList<>(tokens.subList(k + 1, tokens.size()));
                clause.set(0, clause.get(0).asChange());
                LineOrder edited = editedBy(tokens.subList(0, k), clause, false);
                if (edited != null) {
                    return edited;
                }
            }
            if (isReduction(tokens, k)) {
                return reduced(tokens.subList(0, k), tokens.get(k + 1).value(), tokens.subList(k + 2, tokens.size()));
            }
            BigDecimal less = numeralReduction(tokens, k);
            if (less != null) {
                return reduced(tokens.subList(0, k), less, tokens.subList(k + 1, tokens.size()));
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

    /**
     * {@code 湿巾3包(湿巾不要了)洗衣液1}: an edit in a bracket between two orders applies to the order before it; the
     * order after it stands beside the result.
     */
    private LineOrder editedInTheMiddle(List<Token> tokens, int k) {
        List<Token> clause =
                EntryReader.editAnchors(tokenizer, catalog, tokens.get(k).content());
        LineOrder rest = clearOrder(tokens.subList(k + 1, tokens.size()));
        LineOrder before = clearOrder(tokens.subList(0, k));
        List<OrderItem> left = before == null ? null : withoutNamed(before.items(), clause);
        if (left != null && left.isEmpty()) {
            return rest;
        }
        LineOrder edited = editedBy(tokens.subList(0, k), clause, false);
        if (edited == null) {
            return null;
        }
        List<OrderItem> after = itemsOf(rest);
        return after == null ? null : together(edited.items(), after);
    }

    /**
     * {@code 鸡蛋3盒 咸蛋1盒 (咸蛋不要了,鸡蛋还要2盒)}, {@code (纸巾换苹果 洗洁精换梨)}: a bracket at the end with
     * several edits split by commas or spaces; each applies to the order the ones before it left.
     */
    private LineOrder editedByParts(List<Token> base, List<Token> clause) {
        int comma = -1;
        for (int j = 0; j < clause.size(); j++) {
            Token t = clause.get(j);
            boolean punct = t.is(TokenKind.PUNCT)
                    && (COMMAS.indexOf(t.text().charAt(0)) >= 0 || t.text().charAt(0) == '，');
            boolean spaceBeforeAnEdit =
                    t.is(TokenKind.SPACE) && j > 0 && startsAnEdit(clause.subList(j + 1, clause.size()));
            if (punct || spaceBeforeAnEdit) {
                comma = j;
            }
        }
        if (comma < 0) {
            return editedBy(base, clause, false);
        }
        List<Token> first = clause.subList(0, comma);
        List<Token> second = clause.subList(comma + 1, clause.size());
        LineOrder edited = editedByParts(base, first);
        if (edited == null) {
            return editedBy(base, clause, false);
        }
        OrderItem stays = staysAt(second);
        if (stays != null) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            edited.items().forEach(i -> out.put(i.sku(), i.qty()));
            out.put(stays.sku(), stays.qty());
            return LineOrder.of(OrderReader.toItems(out));
        }
        LineOrder again = editedBy(asOrder(edited.items()), second, false);
        return again != null ? again : edited;
    }

    /** Words that strike a product named just before them: {@code 锡纸删}, {@code 葱油饼去掉}. */
    private static final java.util.Set<String> STRIKING = java.util.Set.of("删", "删了", "去掉", "去掉了", "删掉");

    /**
     * {@code 每样1 锡纸删}, {@code 每样1份 不要E}, {@code (湿巾不要了)}: one product of the order before is struck —
     * the order without it (empty when it was all), or {@code null} when the clause is no such edit.
     */
    private static List<OrderItem> withoutNamed(List<OrderItem> before, List<Token> clause) {
        int first = firstWord(clause);
        int last = lastWord(clause);
        if (last < 0 || last - first > 2) {
            return null;
        }
        Token product;
        if (clause.get(first).is(TokenKind.PRODUCT) && last == first + 1 && strikes(clause.get(last))) {
            product = clause.get(first);
        } else if (clause.get(last).is(TokenKind.PRODUCT)
                && (last == first + 1
                        || (last == first + 2 && clause.get(first + 1).is(TokenKind.SPACE)))
                && clause.get(first).is(TokenKind.CANCEL)
                && (clause.get(first).text().equals("不要")
                        || clause.get(first).text().equals("去掉"))) {
            product = clause.get(last);
        } else {
            return null;
        }
        if (product.products().size() != 1) {
            return null;
        }
        String sku = product.products().get(0).sku();
        List<OrderItem> out = new ArrayList<>(before.size());
        for (OrderItem item : before) {
            if (!item.sku().equals(sku)) {
                out.add(item);
            }
        }
        return out.size() == before.size() ? null : out;
    }

    private static boolean strikes(Token t) {
        return t.is(TokenKind.CANCEL) || (t.is(TokenKind.TEXT) && STRIKING.contains(t.text()));
    }

    /** Tokens that order exactly {@code items}, so an edit can apply to an order already edited once. */
    private List<Token> asOrder(List<OrderItem> items) {
        StringBuilder text = new StringBuilder();
        for (OrderItem item : items) {
            CatalogItem product = catalog.catalog().stream()
                    .filter(p -> p.sku().equals(item.sku()))
                    .findFirst()
                    .orElseThrow();
            text.append(product.name())
                    .append(item.qty().stripTrailingZeros().toPlainString())
                    .append(' ');
        }
        return EntryReader.anchors(tokenizer, catalog, text.toString());
    }

    /**
     * {@code C 换 D}, {@code A2 换1份C}: 换 or 改 set apart after an order edits it; {@code 锡纸 2 卷 换成保鲜膜}: so
     * does 换成 with only another product after it, which then takes the count (with a count of its own, {@code 美式1
     * 改成燕麦拿铁1} replaces the order and is read as a change).
     */
    private static boolean isSwapWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.is(TokenKind.CHANGE)) {
            return t.text().equals("换成")
                    && lastWord(tokens) == k + 1
                    && tokens.get(k + 1).is(TokenKind.PRODUCT)
                    && tokens.get(k + 1).products().size() == 1;
        }
        return t.is(TokenKind.TEXT) && (t.isChar('换') || t.isChar('改'));
    }

    /**
     * {@code 炒面少一份 就要1份}, {@code 排骨少要一斤,就要1斤}: after an edit of the one product the line names, the count
     * it ends at.
     */
    private static LineOrder finalCount(List<Token> base, List<Token> rest) {
        int count = firstWord(rest);
        if (count >= rest.size() || !rest.get(count).is(TokenKind.NUMBER) || lastWord(rest) != count) {
            return null;
        }
        String sku = null;
        for (Token t : base) {
            if (t.is(TokenKind.PRODUCT)) {
                if (t.products().size() != 1
                        || (sku != null && !sku.equals(t.products().get(0).sku()))) {
                    return null;
                }
                sku = t.products().get(0).sku();
            }
        }
        BigDecimal value = rest.get(count).value();
        return sku == null || value == null ? null : LineOrder.of(List.of(new OrderItem(sku, value)));
    }

    /** {@code 算了}, {@code 还是}: never mind the order before, the one after stands. */
    private static boolean isNeverMind(Token t) {
        return t.is(TokenKind.TEXT) && (t.text().equals("算了") || t.text().equals("算了还是"));
    }

    /** {@code B2 减一}: 减 or 少 and a numeral written as one word after a space, at the end of the line. */
    private static BigDecimal numeralReduction(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.is(TokenKind.TEXT)
                || t.length() < 2
                || !tokens.get(k - 1).is(TokenKind.SPACE)
                || lastWord(tokens) != k
                || (t.text().charAt(0) != '减' && t.text().charAt(0) != '少')) {
            return null;
        }
        ChineseNumerals.Reading n = ChineseNumerals.read(t.text(), 1);
        return n == null || n.length() != t.length() - 1 ? null : BigDecimal.valueOf(n.value());
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
            return finalCount(base, rest);
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
        int only = firstWord(clause);
        if (only < clause.size() && isOnly(clause.get(only)) && clearOrder(base) == null) {
            LineOrder ends = finalCount(base, clause.subList(only + 1, clause.size()));
            if (ends != null) {
                return ends; // 排骨少要一斤,就要1斤
            }
        }
        LineOrder rewritten = rewritten(base, clause);
        if (rewritten != null) {
            return rewritten;
        }
        LineOrder moved = partMovedOrTakenOff(base, clause);
        if (moved != null) {
            return moved;
        }
        LineOrder all = clearOrder(base);
        List<OrderItem> left = all == null ? null : withoutNamed(all.items(), clause);
        if (left != null && !left.isEmpty()) {
            return LineOrder.of(left);
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
            return items.isEmpty() || (swaps(clause) && onlyAdds(before.items(), items)) ? null : LineOrder.of(items);
        }
        if (edit.review() || edit.items().isEmpty() || edit.cancelled()) {
            return null;
        }
        Map<String, BigDecimal> merged = new LinkedHashMap<>();
        before.items().forEach(i -> merged.put(i.sku(), i.qty()));
        if (swaps(clause) && edit.items().stream().anyMatch(i -> !merged.containsKey(i.sku()))) {
            return null; // 纸巾2提 洗洁精2瓶 换1瓶梨: swapped from which?
        }
        edit.items().forEach(i -> merged.put(i.sku(), i.qty()));
        return LineOrder.of(OrderReader.toItems(merged));
    }

    /**
     * After an order of one product: {@code (1罐改成燕麦米)}, {@code (一盒改成山竹1kg)}, {@code 换1份C} move that
     * many of it to another product (at the count written after that product, if any); {@code (取消一提)},
     * {@code (减1)} take that many off.
     */
    private LineOrder partMovedOrTakenOff(List<Token> base, List<Token> clause) {
        List<Token> words = new ArrayList<>(clause.size());
        for (Token t : clause) {
            if (!t.isSeparator()) {
                words.add(t);
            }
        }
        if (words.size() < 2 || words.size() > 4) {
            return null;
        }
        int change = -1;
        for (int j = 0; j < words.size(); j++) {
            if (words.get(j).is(TokenKind.CHANGE)) {
                change = j;
            }
        }
        boolean takesOff = words.size() == 2
                && words.get(1).is(TokenKind.NUMBER)
                && ((words.get(0).is(TokenKind.CANCEL) && words.get(0).text().equals("取消"))
                        || (words.get(0).is(TokenKind.TEXT)
                                && REDUCING.contains(words.get(0).text())));
        if (change < 0 && !takesOff) {
            return null;
        }
        LineOrder before = clearOrder(base);
        if (before == null || before.items().size() != 1) {
            return null;
        }
        OrderItem only = before.items().get(0);
        if (takesOff) {
            return reducedOne(before.items(), only.sku(), words.get(1).value());
        }
        // n CHANGE X [m]  or  CHANGE n X [m]
        int count = change == 1 ? 0 : change == 0 ? 1 : -1;
        int product = change + (change == 0 ? 2 : 1);
        if (count < 0
                || product >= words.size()
                || !words.get(count).is(TokenKind.NUMBER)
                || words.get(count).value() == null
                || !words.get(product).is(TokenKind.PRODUCT)
                || words.get(product).products().size() != 1) {
            return null;
        }
        Token own = product + 1 < words.size() ? words.get(product + 1) : null;
        if (own != null && !own.is(TokenKind.NUMBER)) {
            return null;
        }
        String to = words.get(product).products().get(0).sku();
        BigDecimal moved = words.get(count).value();
        BigDecimal left = only.qty().subtract(moved);
        if (to.equals(only.sku()) || left.signum() < 0) {
            return null;
        }
        List<OrderItem> out = new ArrayList<>(2);
        if (left.signum() > 0) {
            out.add(new OrderItem(only.sku(), left));
        }
        out.add(new OrderItem(to, own != null && own.value() != null ? own.value() : moved));
        return LineOrder.of(out);
    }

    /**
     * After a comma or an arrow, a change that names what it changes to: {@code 棉柔巾3,改成2 洗衣液1} (a new count for
     * the last product before it, then another order), {@code 四人餐1,改成双人餐1} (the only product ordered replaced),
     * {@code A1 C1,C改成奶绿1杯} (one product ordered swapped for another, at the count written or its own).
     */
    private LineOrder rewritten(List<Token> base, List<Token> clause) {
        int first = firstWord(clause);
        if (first >= clause.size()) {
            return null;
        }
        LineOrder before = clearOrder(base);
        if (before == null) {
            return null;
        }
        Token head = clause.get(first);
        int next = nextWord(clause, first + 1);
        boolean setsACount = head.is(TokenKind.CHANGE) && !head.text().startsWith("换");
        if (setsACount && next < clause.size() && clause.get(next).is(TokenKind.NUMBER)) {
            String last = lastProductOf(base, before.items());
            if (last == null) {
                return null;
            }
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            before.items().forEach(i -> out.put(i.sku(), i.qty()));
            out.put(last, clause.get(next).value());
            List<Token> rest = clause.subList(next + 1, clause.size());
            if (!ordersSomething(rest)) {
                return lastWord(clause) == next ? LineOrder.of(OrderReader.toItems(out)) : null;
            }
            List<OrderItem> more = itemsOf(clearOrder(rest));
            return more == null ? null : together(OrderReader.toItems(out), more);
        }
        boolean replacesTheOnlyOne = head.is(TokenKind.CHANGE)
                && before.items().size() == 1
                && next < clause.size()
                && clause.get(next).is(TokenKind.PRODUCT);
        if (replacesTheOnlyOne) {
            if (lastWord(clause) == next) {
                return null; // 菜包2个,换成肉包: a swap keeping the count, read below
            }
            LineOrder instead = clearOrder(clause.subList(next, clause.size()));
            return instead == null || instead.items().size() != 1 ? null : instead;
        }
        boolean swapsOne = head.is(TokenKind.PRODUCT)
                && head.products().size() == 1
                && next < clause.size()
                && clause.get(next).is(TokenKind.CHANGE)
                && !clause.get(next).text().startsWith("→");
        if (swapsOne) {
            String from = head.products().get(0).sku();
            int to = nextWord(clause, next + 1);
            if (to >= clause.size()
                    || !clause.get(to).is(TokenKind.PRODUCT)
                    || clause.get(to).products().size() != 1) {
                return null;
            }
            String sku = clause.get(to).products().get(0).sku();
            int count = nextWord(clause, to + 1);
            boolean counted = count < clause.size() && clause.get(count).is(TokenKind.NUMBER);
            if ((counted ? lastWord(clause) != count : lastWord(clause) != to) || sku.equals(from)) {
                return null;
            }
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            BigDecimal moved = null;
            for (OrderItem item : before.items()) {
                if (item.sku().equals(from)) {
                    moved = item.qty();
                } else {
                    out.put(item.sku(), item.qty());
                }
            }
            if (moved == null || out.containsKey(sku)) {
                return null;
            }
            out.put(sku, counted ? clause.get(count).value() : moved);
            return LineOrder.of(OrderReader.toItems(out));
        }
        return null;
    }

    /** The product named last in {@code base} that the order holds, or {@code null}. */
    private static String lastProductOf(List<Token> base, List<OrderItem> items) {
        for (int k = base.size() - 1; k >= 0; k--) {
            Token t = base.get(k);
            if (t.is(TokenKind.PRODUCT) && t.products().size() == 1) {
                String sku = t.products().get(0).sku();
                return items.stream().anyMatch(i -> i.sku().equals(sku)) ? sku : null;
            }
        }
        return items.size() == 1 ? items.get(0).sku() : null;
    }

    private static int nextWord(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).isSeparator()) {
            k++;
        }
        return k;
    }

    /** Whether {@code after} keeps all of {@code before} as it was and only adds to it. */
    private static boolean onlyAdds(List<OrderItem> before, List<OrderItem> after) {
        return after.size() > before.size() && after.containsAll(before);
    }

    /** Whether the clause's first word swaps ({@code 换}, {@code 换成}) rather than sets a count. */
    private static boolean swaps(List<Token> clause) {
        int first = firstWord(clause);
        return first < clause.size() && clause.get(first).text().startsWith("换");
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
    private static final java.util.Set<String> STAYING = java.util.Set.of("还是", "还要", "不变", "就要");

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
