package dev.groupbuy.core.jielong.reading;

import static dev.groupbuy.core.jielong.reading.EditClauses.REDUCING;
import static dev.groupbuy.core.jielong.reading.EditClauses.addsAnother;
import static dev.groupbuy.core.jielong.reading.EditClauses.countAfter;
import static dev.groupbuy.core.jielong.reading.EditClauses.firstWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.isArrow;
import static dev.groupbuy.core.jielong.reading.EditClauses.isNeverMind;
import static dev.groupbuy.core.jielong.reading.EditClauses.isOnly;
import static dev.groupbuy.core.jielong.reading.EditClauses.isReduction;
import static dev.groupbuy.core.jielong.reading.EditClauses.isStrikeWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.isSwapWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.lastWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.namedBefore;
import static dev.groupbuy.core.jielong.reading.EditClauses.nextWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.numeralReduction;
import static dev.groupbuy.core.jielong.reading.EditClauses.onlyProductsOf;
import static dev.groupbuy.core.jielong.reading.EditClauses.ordersSomething;
import static dev.groupbuy.core.jielong.reading.EditClauses.productReduction;
import static dev.groupbuy.core.jielong.reading.EditClauses.startsAnEdit;
import static dev.groupbuy.core.jielong.reading.EditClauses.startsWithAChange;
import static dev.groupbuy.core.jielong.reading.EditClauses.startsWithACount;
import static dev.groupbuy.core.jielong.reading.EditClauses.staysAt;
import static dev.groupbuy.core.jielong.reading.EditClauses.swaps;
import static dev.groupbuy.core.jielong.reading.EditedOrders.finalCount;
import static dev.groupbuy.core.jielong.reading.EditedOrders.itemsOf;
import static dev.groupbuy.core.jielong.reading.EditedOrders.lastProductOf;
import static dev.groupbuy.core.jielong.reading.EditedOrders.onlyAdds;
import static dev.groupbuy.core.jielong.reading.EditedOrders.reducedOne;
import static dev.groupbuy.core.jielong.reading.EditedOrders.strikesOneProduct;
import static dev.groupbuy.core.jielong.reading.EditedOrders.swapped;
import static dev.groupbuy.core.jielong.reading.EditedOrders.together;
import static dev.groupbuy.core.jielong.reading.EditedOrders.withoutNamed;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.TokenKinds;
import dev.groupbuy.core.jielong.tokens.WordTable;
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

    /** Words that open an edit of the order just written: {@code 噢}, {@code 不对}, {@code 更正}. */
    private static final java.util.Set<String> EDIT_OPENINGS =
            java.util.Set.of("噢", "哦", "噢不", "哦不", "不对", "更正", "修改", "改下");

    /**
     * {@code 改一下:}, {@code 噢}, {@code 更正}: the words at {@code k} that open an edit after a space; the index where
     * the edit itself begins, or -1.
     */
    private static int afterAnEditsOpening(List<Token> tokens, int k) {
        int j = -1;
        if (k + 1 < tokens.size()
                && tokens.get(k).is(TokenKind.CHANGE)
                && tokens.get(k).text().equals("改")
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && tokens.get(k + 1).text().equals("一下")) {
            j = k + 2;
        } else if (k < tokens.size()
                && (tokens.get(k).is(TokenKind.TEXT) || tokens.get(k).text().equals("更正"))
                && EDIT_OPENINGS.contains(tokens.get(k).text())) {
            j = k + 1;
        }
        while (j > 0
                && j < tokens.size()
                && (tokens.get(j).is(TokenKind.SPACE) || tokens.get(j).is(TokenKind.PUNCT))) {
            j++;
        }
        return j > 0 && j < tokens.size() ? j : -1;
    }

    /** The edited order, or {@code null} when the line holds no edit of its own order. */
    LineOrder read(List<Token> tokens) {
        int last = lastWord(tokens);
        if (last < 1) {
            return null;
        }
        LineOrder fewer = fewerOfOne(tokens);
        if (fewer != null) {
            return fewer;
        }
        LineOrder later = thoughtAgain(tokens);
        if (later != null) {
            return later;
        }
        LineOrder corrected = corrected(tokens);
        if (corrected != null) {
            return corrected;
        }
        Token end = tokens.get(last);
        if (end.is(TokenKind.REMARK)) {
            return editedByParts(tokens.subList(0, last), EntryReader.editAnchors(tokenizer, catalog, end.content()));
        }
        for (int k = last; k > 0; k--) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PUNCT) && COMMAS.indexOf(t.text().charAt(0)) >= 0) {
                LineOrder order = k == last - 2 && notWantedAtAll(tokens, k) ? clearOrder(tokens.subList(0, k)) : null;
                return order != null // 叉烧包两袋，唔要烧卖: left out, never ordered
                        ? order
                        : editedBy(tokens.subList(0, k), tokens.subList(k + 1, tokens.size()), false);
            }
            if (isArrow(tokens, k)) {
                List<Token> clause = afterAChangeWord(tokens.subList(k + 1, tokens.size()));
                LineOrder stepByStep = afterEarlierArrows(tokens.subList(0, k), clause);
                return stepByStep != null ? stepByStep : editedBy(tokens.subList(0, k), clause, true);
            }
            int edit = t.is(TokenKind.SPACE) ? afterAnEditsOpening(tokens, k + 1) : -1;
            if (edit > 0) {
                LineOrder edited = editedBy(tokens.subList(0, k), tokens.subList(edit, tokens.size()), false);
                if (edited != null) {
                    return edited; // A1 B1 改一下 B换成C, A2 D1 噢D换成B: as after a comma
                }
            }
            if (t.is(TokenKind.REMARK) && ordersSomething(tokens.subList(k + 1, tokens.size()))) {
                LineOrder edited = editedInTheMiddle(tokens, k);
                if (edited != null) {
                    return edited;
                }
            }
            if (t.is(TokenKind.SPACE)
                    && k + 1 < tokens.size()
                    && isNeverMind(tokens.get(k + 1))
                    && (!tokens.get(k + 1).is(TokenKind.CANCEL)
                            || countOnly(tokens.subList(k + 2, tokens.size())))) { // 3盒 算了: cancelled
                LineOrder instead = clearOrder(tokens.subList(k + 2, tokens.size()));
                if (instead != null && ordersSomething(tokens.subList(0, k))) {
                    return instead; // 辣条5包 算了辣条2包就行: what follows 算了 is the order
                }
                LineOrder recounted =
                        instead == null ? onlyThese(tokens.subList(0, k), tokens.subList(k + 2, tokens.size())) : null;
                if (recounted != null) {
                    return recounted; // 大份3 算了2份吧: the one product ordered, at the count said after
                }
            }
            if (t.is(TokenKind.SPACE) && k + 1 < tokens.size() && settlesOn(tokens, k + 1)) {
                LineOrder instead = clearOrder(tokens.subList(k + 2, tokens.size()));
                if (instead != null && ordersSomething(tokens.subList(0, k))) {
                    return instead; // 3只太多 还是2只, C3 欸 还是C2好了: the count settled on
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
            if (t.is(TokenKind.SPACE) && k == last - 2 && notWantedAtAll(tokens, k)) {
                LineOrder order = clearOrder(tokens.subList(0, k));
                if (order != null) {
                    return order; // 小汪 A2 B2 不要C: C was never ordered, the order stands
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

    /** {@code → 改B1}, {@code → 再改B2}: after an arrow a change word says again what the arrow says. */
    private static List<Token> afterAChangeWord(List<Token> clause) {
        int j = 0;
        while (j < clause.size() && clause.get(j).is(TokenKind.SPACE)) {
            j++;
        }
        boolean change = j + 1 < clause.size()
                && clause.get(j).is(TokenKind.CHANGE)
                && !isArrow(clause, j)
                && clause.get(j + 1).is(TokenKind.PRODUCT);
        return change ? clause.subList(j + 1, clause.size()) : clause;
    }

    /**
     * {@code A2 B2 → B改1 → 再改B2}: edits one after another, each after an arrow; the order the earlier ones left is
     * what the last one edits. {@code null} when no arrow comes before the last.
     */
    private LineOrder afterEarlierArrows(List<Token> base, List<Token> clause) {
        boolean arrowBefore = false;
        for (int j = 1; j < base.size() && !arrowBefore; j++) {
            arrowBefore = isArrow(base, j);
        }
        LineOrder earlier = arrowBefore ? read(base) : null;
        if (earlier == null || earlier.review() || earlier.items().isEmpty()) {
            return null;
        }
        return editedBy(asOrder(earlier.items()), clause, true);
    }

    /**
     * {@code 湿巾3包(湿巾不要了)洗衣液1}: an edit in a bracket between two orders applies to the order before it; the
     * order after it stands beside the result.
     */
    private LineOrder editedInTheMiddle(List<Token> tokens, int k) {
        if (!UnreadEdits.hasEditChar(tokens.get(k).content())) {
            return null; // 鸡翅2(不要辣)鸡腿1: a remark, no edit
        }
        List<Token> clause =
                EntryReader.editAnchors(tokenizer, catalog, tokens.get(k).content());
        LineOrder rest = clearOrder(tokens.subList(k + 1, tokens.size()));
        Part before = new Part(tokens.subList(0, k));
        List<OrderItem> left =
                before.order() == null ? null : withoutNamed(before.order().items(), clause);
        if (left != null && left.isEmpty()) {
            return rest;
        }
        LineOrder edited = editedBy(before, clause, false);
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
            Map<String, BigDecimal> out = OrderReader.countsOf(edited.items());
            out.put(stays.sku(), stays.qty());
            return LineOrder.of(OrderReader.toItems(out));
        }
        LineOrder again = editedBy(asOrder(edited.items()), second, false);
        return again != null ? again : edited;
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
            } else if (!t.isSeparator() && !(t.is(TokenKind.TEXT) && (t.text().equals("和") || settles(t, count)))) {
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

    private LineOrder editedBy(List<Token> base, List<Token> clause, boolean afterArrow) {
        return editedBy(new Part(base), clause, afterArrow);
    }

    private LineOrder editedBy(Part part, List<Token> clause, boolean afterArrow) {
        List<Token> base = part.tokens;
        if (!ordersSomething(base)) {
            return null;
        }
        boolean newCount = afterArrow && startsWithACount(clause) && onlyProductsOf(clause, base);
        Token reducedProduct = productReduction(clause);
        OrderItem stays = staysAt(clause);
        if (stays != null || addsAnother(clause)) {
            LineOrder before = part.order();
            List<OrderItem> more = stays != null ? List.of(stays) : itemsOf(clearOrder(clause));
            return before == null || more == null ? null : together(before.items(), more);
        }
        int only = firstWord(clause);
        if (only < clause.size() && isOnly(clause.get(only)) && part.order() == null) {
            LineOrder ends = finalCount(base, clause.subList(only + 1, clause.size()));
            if (ends != null) {
                return ends; // 排骨少要一斤,就要1斤
            }
        }
        LineOrder rewritten = rewritten(part, clause);
        if (rewritten != null) {
            return rewritten;
        }
        LineOrder moved = partMovedOrTakenOff(part, clause);
        if (moved != null) {
            return moved;
        }
        LineOrder all = strikesOneProduct(clause) ? part.order() : null;
        List<OrderItem> left = all == null ? null : withoutNamed(all.items(), clause);
        if (left != null && !left.isEmpty()) {
            return LineOrder.of(left);
        }
        boolean changeFirst = startsWithAChange(clause);
        if (!newCount && reducedProduct == null && (!startsAnEdit(clause) || (afterArrow && changeFirst))) {
            return null;
        }
        LineOrder before = part.order();
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
        int clauseKinds = TokenKinds.of(clause, 0);
        boolean plainOrder = clause.stream()
                .allMatch(t ->
                        t.is(TokenKind.PRODUCT) || t.is(TokenKind.NUMBER) || t.is(TokenKind.TIMES) || t.isSeparator());
        String last = afterArrow
                        && plainOrder
                        && TokenKinds.has(clauseKinds, TokenKind.PRODUCT)
                        && before.items().size() > 1
                ? lastProductOf(base, before.items())
                : null;
        if (last != null && edit.items().stream().noneMatch(i -> i.sku().equals(last))) {
            return LineOrder.of(edit.items()); // A2 B1 -> A2: the order written again after the arrow, B left out
        }
        boolean eachOfThem =
                TokenKinds.has(clauseKinds, TokenKind.EACH) && !TokenKinds.has(clauseKinds, TokenKind.PRODUCT);
        if (eachOfThem && edit.items().stream().map(OrderItem::qty).distinct().count() == 1) {
            Map<String, BigDecimal> each = new LinkedHashMap<>(); // A1 C1(改成各2袋): each of those ordered, not all
            before.items().forEach(i -> each.put(i.sku(), edit.items().get(0).qty()));
            return LineOrder.of(OrderReader.toItems(each));
        }
        Map<String, BigDecimal> merged = OrderReader.countsOf(before.items());
        if (swaps(clause) && edit.items().stream().anyMatch(i -> !merged.containsKey(i.sku()))) {
            return null; // 纸巾2提 洗洁精2瓶 换1瓶梨: swapped from which?
        }
        edit.items().forEach(i -> merged.put(i.sku(), i.qty()));
        return LineOrder.of(OrderReader.toItems(merged));
    }

    /** Words of thinking again later: {@code 后来}, {@code 之后}, {@code 想了想}, Cantonese {@code 諗諗}. */
    private static final WordTable THINKING_AGAIN = new WordTable(List.of("后来", "之后", "后面", "想了想", "想想", "諗諗", "谂谂"));

    /**
     * {@code 先报2箱 后来跟老公商量了还是1箱}, {@code 先要两杯 后来同事说不喝了 一杯就够}: one product ordered, then the
     * writer thought again and ends on one count of it — that count is the order. Another product or a second count
     * after the thinking again is left to the other readings.
     */
    private LineOrder thoughtAgain(List<Token> tokens) {
        int marker = -1;
        for (int k = 1; k < tokens.size() && marker < 0; k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.TEXT) && t.containsWordOf(THINKING_AGAIN) && ordersSomething(tokens.subList(0, k))) {
                marker = k;
            }
        }
        if (marker < 0) {
            return null;
        }
        Token count = null;
        for (int k = marker + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PRODUCT)
                    || t.is(TokenKind.PLUS)
                    || t.is(TokenKind.EACH)
                    || (t.is(TokenKind.NUMBER) && count != null)) {
                return null;
            }
            count = t.is(TokenKind.NUMBER) ? t : count;
        }
        if (count == null || count.value() == null || count.value().signum() <= 0) {
            return null;
        }
        LineOrder before = clearOrder(tokens.subList(0, marker));
        if (before == null || before.items().size() != 1) {
            return null;
        }
        return LineOrder.of(List.of(new OrderItem(before.items().get(0).sku(), count.value())));
    }

    /** Words that take back what was just written and say it again: {@code 不不}, {@code 打错了}, {@code 其实}. */
    private static final java.util.Set<String> CORRECTIONS = java.util.Set.of(
            "不", "不不", "不不不", "打错", "打错了", "写错", "写错了", "啊不", "噢不", "哦不", "喔不", "呃不", "不对", "等等", "等下", "其实", "其实要",
            "其实是");

    /**
     * {@code 两罐不不 一罐}, {@code 烏豆两盒 不不 绿豆两盒}, {@code 猪脚一斤 豆干一份 其实猪脚两斤}, {@code 1号两罐 等等 3号吧}:
     * after a clear order, a word that takes it back and a new reading. A count alone is the new count of the last
     * product ordered; products the order holds get their new counts; another product takes the last one's place, at
     * the count after it or, when none is written, at the last one's count. {@code 其实玫瑰也要一盒} adds (也) and is
     * left to the other readings, as are {@code 再加一袋} and {@code 还有一罐}.
     */
    private LineOrder corrected(List<Token> tokens) {
        int marker = -1;
        for (int k = tokens.size() - 2; k >= 1 && marker < 0; k--) {
            Token t = tokens.get(k);
            boolean apart = !t.text().equals("不")
                    || tokens.get(k + 1).is(TokenKind.SPACE)
                    || tokens.get(k + 1).is(TokenKind.PUNCT); // 不加蛋: no correction
            boolean word = (t.is(TokenKind.TEXT) && CORRECTIONS.contains(t.text()))
                    || (t.is(TokenKind.CHANGE) && TYPED_WRONG.contains(t.text())) // 打错了 核桃是2斤
                    || (t.is(TokenKind.TEXT) && t.text().equals("还是") && settled(tokens, k)); // 咖啡还是1袋
            if (word && apart) {
                marker = k;
            }
        }
        if (marker < 0) {
            return null;
        }
        List<Token> rest = tokens.subList(marker + 1, tokens.size());
        Token named = tokens.get(marker - 1);
        boolean again = tokens.get(marker).text().equals("还是")
                && named.is(TokenKind.PRODUCT)
                && named.products().size() == 1
                && named.gluedTo(tokens.get(marker))
                && marker >= 2;
        if (again) {
            List<Token> said = new ArrayList<>(rest.size() + 1); // 咖啡2袋 嗯 咖啡还是1袋: the product said again
            said.add(named);
            said.addAll(rest);
            rest = said;
            marker--;
        }
        int counts = 0;
        for (Token t : rest) {
            if (t.is(TokenKind.PLUS)
                    || t.is(TokenKind.CANCEL) // 算了D不要了: a product dropped, read as such
                    || (t.is(TokenKind.CHANGE) && !TYPED_WRONG.contains(t.text()))
                    || (t.is(TokenKind.TEXT) && adds(t.text()))
                    || (t.is(TokenKind.PRODUCT) && counts > 0)) { // 算了两袋 夏果一袋: another order after it
                return null;
            }
            counts += t.is(TokenKind.NUMBER) ? 1 : 0;
        }
        List<Token> base = tokens.subList(0, marker);
        for (Token t : base) {
            if (t.is(TokenKind.CHANGE) || t.is(TokenKind.CANCEL)) {
                return null; // B改成1箱 A还是1: A stays as it was, beside a change
            }
        }
        LineOrder before = clearOrder(base);
        if (before == null) {
            return null;
        }
        String last = lastProductOf(base, before.items());
        Map<String, BigDecimal> out = OrderReader.countsOf(before.items());
        if (again && !out.containsKey(named.products().get(0).sku())) {
            return null; // 4号要2份 2号还是1份: 2号 stays at what an earlier line ordered
        }
        Token product = null;
        Token count = null;
        for (Token t : rest) {
            if (t.is(TokenKind.PRODUCT)) {
                if (product != null || t.products().size() != 1) {
                    product = null;
                    count = null;
                    break;
                }
                product = t;
            } else if (t.is(TokenKind.NUMBER) && t.value() != null) {
                count = t;
            }
        }
        LineOrder after = count == null ? null : clearOrder(rest);
        if (after != null && product != null) {
            boolean held = after.items().stream().allMatch(i -> out.containsKey(i.sku()));
            if (!held) {
                if (last == null) {
                    return null;
                }
                out.remove(last);
            }
            after.items().forEach(i -> out.put(i.sku(), i.qty()));
            return LineOrder.of(OrderReader.toItems(out));
        }
        if (last == null || (product == null && count == null)) {
            return null;
        }
        BigDecimal qty = count != null && count.value().signum() > 0 ? count.value() : out.get(last);
        if (product == null) {
            out.put(last, qty); // 两斤 其实一斤半就够了
        } else {
            out.remove(last);
            out.put(product.products().get(0).sku(), qty); // 1号两罐 还是3号吧, A36 不不 A35
        }
        return LineOrder.of(OrderReader.toItems(out));
    }

    /** Changes that say the line was mistyped, which correct what was just written. */
    private static final java.util.Set<String> TYPED_WRONG = java.util.Set.of("打错", "打错了", "写错", "写错了");

    /**
     * {@code 还是} with words after it that settle rather than ask ({@link #settlesOn}), ending on a count or a word
     * that settles it ({@code 还是1袋}, {@code 还是3号吧}); not {@code 2斤还是3斤啊 我问问}.
     */
    private static boolean settled(List<Token> tokens, int k) {
        int end = tokens.size() - 1;
        while (end > k && tokens.get(end).is(TokenKind.SPACE)) {
            end--;
        }
        Token last = tokens.get(end);
        boolean afterAProduct =
                tokens.get(k - 1).is(TokenKind.PRODUCT) && tokens.get(k - 1).gluedTo(tokens.get(k));
        return settlesOn(tokens, k)
                && end > k
                && ((afterAProduct && last.is(TokenKind.NUMBER)) || SETTLED.contains(last.text()));
    }

    /** {@code 再加一袋}, {@code 他也要}, {@code 还有一罐}, {@code 加蛋}: words that add to the order rather than correct it. */
    private static boolean adds(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("再加也还又另添".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 2份吧}: a count and no product — what 算了 settles on for the one product ordered; with a product named
     * ({@code 1号2袋 3号2袋 算了3号拿一袋}) it changes that product alone, which other readings take.
     */
    private static boolean countOnly(List<Token> rest) {
        boolean count = false;
        for (Token t : rest) {
            if (t.is(TokenKind.PRODUCT)) {
                return false;
            }
            count |= t.is(TokenKind.NUMBER);
        }
        return count;
    }

    /** {@code 就要2盒吧}, {@code 只要1份就行}: the word that settles the count just said. */
    private static boolean settles(Token t, Token count) {
        return count != null && SETTLED.contains(t.text());
    }

    private static final java.util.Set<String> SETTLED = java.util.Set.of("吧", "好了", "就行", "就好", "就够了", "够了", "了");

    /**
     * {@code 还是} opening the words after the order, and the line ending settled ({@code 吧}, {@code 好了}) rather
     * than asking ({@code 吗}, {@code 好}, a question mark): the count after it replaces the one before.
     */
    private static boolean settlesOn(List<Token> tokens, int k) {
        if (!tokens.get(k).is(TokenKind.TEXT) || !tokens.get(k).text().equals("还是")) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        for (int j = k + 1; j < tokens.size(); j++) {
            rest.append(tokens.get(j).text());
        }
        String end = rest.toString().strip();
        return !end.contains("?") && !end.endsWith("吗") && !end.endsWith("好") && !end.endsWith("呢");
    }

    /**
     * After an order of one product: {@code (1罐改成燕麦米)}, {@code (一盒改成山竹1kg)}, {@code 换1份C} move that
     * many of it to another product (at the count written after that product, if any); {@code (取消一提)},
     * {@code (减1)} take that many off.
     */
    private LineOrder partMovedOrTakenOff(Part base, List<Token> clause) {
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
        LineOrder before = base.order();
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
    private LineOrder rewritten(Part base, List<Token> clause) {
        int first = firstWord(clause);
        if (first >= clause.size()) {
            return null;
        }
        Token head = clause.get(first);
        int next = nextWord(clause, first + 1);
        boolean changes = head.is(TokenKind.CHANGE)
                || (head.is(TokenKind.PRODUCT)
                        && next < clause.size()
                        && clause.get(next).is(TokenKind.CHANGE));
        if (!changes) {
            return null;
        }
        LineOrder before = base.order();
        if (before == null) {
            return null;
        }
        boolean setsACount = head.is(TokenKind.CHANGE) && !head.text().startsWith("换");
        if (setsACount && next < clause.size() && clause.get(next).is(TokenKind.NUMBER)) {
            String last = lastProductOf(base.tokens, before.items());
            if (last == null) {
                return null;
            }
            Map<String, BigDecimal> out = OrderReader.countsOf(before.items());
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
            if (moved == null || (counted && out.containsKey(sku))) {
                return null;
            }
            out.merge(sku, counted ? clause.get(count).value() : moved, BigDecimal::add); // 雪碧换可乐: joins 可乐
            return LineOrder.of(OrderReader.toItems(out));
        }
        return null;
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

    /**
     * {@code 湿巾2提 洗衣液1 湿巾取消一提}, {@code 肥牛卷4盒 羊肉卷4盒 取消两盒羊肉}, {@code 剁辣椒2瓶 剁辣椒退一瓶}: a part
     * of one product ordered on the line taken back, set apart after the order (an order may follow it). The rest of
     * that product stays, and the other products as ordered; none left of it drops it. {@code null} when the line
     * holds no such clause, or the product is not ordered before it in at least that count.
     */
    private LineOrder fewerOfOne(List<Token> tokens) {
        for (int k = 2; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.CANCEL) || !t.text().equals("取消")) {
                continue;
            }
            Token count = tokens.get(k + 1);
            if (!count.is(TokenKind.NUMBER) || !t.gluedTo(count) || count.value() == null) {
                continue;
            }
            Token before = tokens.get(k - 1);
            boolean productFirst = before.isOneProduct()
                    && before.gluedTo(t)
                    && tokens.get(k - 2).isSeparator();
            boolean countFirst = before.isSeparator()
                    && k + 2 < tokens.size()
                    && tokens.get(k + 2).isOneProduct()
                    && count.gluedTo(tokens.get(k + 2));
            if (!productFirst && !countFirst) {
                continue;
            }
            Token product = productFirst ? before : tokens.get(k + 2);
            int start = productFirst ? k - 1 : k;
            int end = productFirst ? k + 2 : k + 3;
            if (end < tokens.size() && !tokens.get(end).isSeparator()) {
                continue;
            }
            LineOrder base = clearOrder(tokens.subList(0, start));
            if (base == null) {
                return null;
            }
            String sku = product.products().get(0).sku();
            List<OrderItem> left = new ArrayList<>();
            boolean found = false;
            for (OrderItem item : base.items()) {
                if (!item.sku().equals(sku)) {
                    left.add(item);
                    continue;
                }
                BigDecimal rest = item.qty().subtract(count.value());
                if (rest.signum() < 0) {
                    return null;
                }
                found = true;
                if (rest.signum() > 0) {
                    left.add(new OrderItem(sku, rest));
                }
            }
            if (!found) {
                return null;
            }
            List<Token> after = tokens.subList(end, tokens.size());
            List<OrderItem> more = ordersSomething(after) ? itemsOf(clearOrder(after)) : List.of();
            if (more == null) {
                return null;
            }
            LineOrder all = together(left, more);
            return all == null || all.items().isEmpty() ? null : all;
        }
        return null;
    }

    /** The part of a line before its edit, and what it orders as a clear order: read once, when first asked. */
    private final class Part {
        private final List<Token> tokens;
        private LineOrder order;
        private boolean read;

        Part(List<Token> tokens) {
            this.tokens = tokens;
        }

        LineOrder order() {
            if (!read) {
                order = clearOrder(tokens);
                read = true;
            }
            return order;
        }
    }

    /**
     * {@code A2 B2 不要C}: after a space, the last words strike a product the line has not ordered (nor all of them, nor
     * changed or cancelled anything): the neighbour says what they leave out.
     */
    private static boolean notWantedAtAll(List<Token> tokens, int k) {
        int product = k + 2;
        if (product >= tokens.size()
                || !tokens.get(product).is(TokenKind.PRODUCT)
                || tokens.get(product).products().size() != 1
                || !isStrikeWord(tokens.get(k + 1))
                || namedBefore(tokens, k)) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (tokens.get(j).is(TokenKind.CANCEL) || tokens.get(j).is(TokenKind.CHANGE)) {
                return false;
            }
        }
        return true;
    }

    /** What {@code part} orders when it is a clear order (no question, no cancel, something ordered), else null. */
    private LineOrder clearOrder(List<Token> part) {
        LineOrder order = reader.read(part, null);
        return order.review() || order.cancelled() || order.items().isEmpty() ? null : order;
    }
}
