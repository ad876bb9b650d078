package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.text.TextNormalizer;
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
 * Reads a change: {@code 改3盒}, {@code 2盒改1盒}, {@code 2盒→4盒}, {@code 加到5盒}, {@code 原3份，改为2份},
 * {@code 1箱（改为2箱）}. What follows the last change word is the new final quantity; a bare number there
 * applies to the product named just before the change word, or to the only product.
 */
public final class ChangeReader {

    private final CatalogMatcher catalog;
    private final QuantityAssembler assembler;
    private final LineTokenizer tokenizer;

    ChangeReader(CatalogMatcher catalog, QuantityAssembler assembler, LineTokenizer tokenizer) {
        this.catalog = catalog;
        this.assembler = assembler;
        this.tokenizer = tokenizer;
    }

    /** The order after the change, or {@code null} when the line holds no change. */
    LineOrder read(List<Token> tokens) {
        boolean keepsTheRest = saysTheRestStays(tokens);
        int at = lastChange(tokens);
        if (at >= 0 && swapsASide(tokens, at)) {
            return null; // 1份 鱼换成豆腐: what goes in the portion, the order stands
        }
        if (at >= 0) {
            List<Token> right = tokens.subList(at + 1, untouchedFrom(tokens, at + 1));
            return apply(tokens.subList(0, at), right, keepsTheRest);
        }
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            List<Token> changed = t.is(TokenKind.REMARK) ? changedTo(t.content()) : null;
            if (changed != null) {
                List<Token> left = new ArrayList<>(tokens);
                left.remove(k);
                return apply(left, changed, keepsTheRest);
            }
        }
        return null;
    }

    /**
     * {@code 老冯 1份 鱼换成豆腐}: a word the deal does not sell swapped for another one, no number or product after
     * the change word, and the order already written before it.
     */
    private static boolean swapsASide(List<Token> tokens, int at) {
        if (at == 0
                || !tokens.get(at - 1).is(TokenKind.TEXT)
                || !tokens.get(at - 1).gluedTo(tokens.get(at))) {
            return false;
        }
        for (int k = at + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT) || t.is(TokenKind.TIMES) || t.is(TokenKind.EACH)) {
                return false;
            }
        }
        for (int k = 0; k < at - 1; k++) {
            if (tokens.get(k).is(TokenKind.NUMBER) || tokens.get(k).is(TokenKind.PRODUCT)) {
                return true;
            }
        }
        return false;
    }

    /** Words that say a bracket corrects the quantity before it: {@code 3袋(更正:2袋)}. */
    private static final List<String> CORRECTIONS = List.of("更正", "修改", "改正", "应为", "应该是", "纠正");

    /**
     * What a bracket behind the order changes it to — {@code 1箱(改为2箱)}, {@code 1提(后改2提)},
     * {@code 水饺2(水饺改成1袋)}, {@code 3袋(更正:2袋)} — or {@code null} when the bracket is no change: no change or
     * correction word, a number before it ({@code (原价30改25)}) unless the leader writes it ({@code (团长:每户限2袋,已改2袋)}),
     * or nothing after it.
     */
    private List<Token> changedTo(String content) {
        String c = TextNormalizer.trimSeparators(content);
        if (c.isEmpty()) {
            return null;
        }
        List<Token> inner = tokenizer.tokenize(c);
        boolean leaders = c.startsWith("团长"); // (团长:椰青只剩3个了,改你3个): the leader's own correction
        int at = leaders ? Math.max(lastChange(inner), lastWordOfChange(inner)) : lastChange(inner);
        int from = at + 1;
        if (at < 0) {
            String correction =
                    CORRECTIONS.stream().filter(c::startsWith).findFirst().orElse(null);
            if (correction == null) {
                return null;
            }
            from = 0;
            while (from < inner.size() && inner.get(from).end() <= correction.length()) {
                from++;
            }
        }
        for (int k = 0; k < at && !leaders; k++) {
            if (inner.get(k).is(TokenKind.NUMBER)) {
                return null;
            }
        }
        while (leaders
                && from < inner.size()
                && inner.get(from).is(TokenKind.TEXT)
                && isYou(inner.get(from).text())) {
            from++; // 改你3个, 帮你改成A1
        }
        while (from < inner.size() && inner.get(from).isSeparator()) {
            from++;
        }
        boolean quantity = false;
        for (int k = from; k < inner.size(); k++) {
            quantity |= inner.get(k).is(TokenKind.NUMBER) || inner.get(k).is(TokenKind.PRODUCT);
        }
        return quantity ? inner.subList(from, inner.size()) : null;
    }

    /** {@code 改你3个}: the last word that starts with 改, read where the leader changes the count; -1 when none. */
    private static int lastWordOfChange(List<Token> inner) {
        for (int k = inner.size() - 1; k >= 0; k--) {
            Token t = inner.get(k);
            if (t.is(TokenKind.TEXT)
                    && t.text().startsWith("改")
                    && isYou(t.text().substring(1))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isYou(String word) {
        return word.equals("你") || word.equals("您") || word.equals("为") || word.equals("成");
    }

    /**
     * {@code 茶叶蛋改成2个 加一杯豆浆}, {@code 3号改1份 再加个1号}: where an addition starts after the change, or -1.
     */
    private static int addedAfter(List<Token> right) {
        for (int k = 1; k < right.size(); k++) {
            Token t = right.get(k);
            boolean adds = t.is(TokenKind.PLUS)
                    || (t.is(TokenKind.TEXT)
                            && Leftovers.addsAProduct(t.text())
                            && k + 1 < right.size()
                            && t.gluedTo(right.get(k + 1))
                            && right.get(k + 1).is(TokenKind.PRODUCT));
            if (adds && right.get(k - 1).isSeparator()) {
                return k;
            }
        }
        return -1;
    }

    /** The change and, beside it, what the line adds; either in doubt makes the line a question. */
    private LineOrder withAddition(LineOrder change, List<Token> added) {
        Assembly more = assembler.assemble(added, 0, added.size());
        if (change.review()
                || change.cancelled()
                || more.problem != null
                || !more.bareNumbers.isEmpty()
                || more.items.isEmpty()
                || Leftovers.unknownProduct(added, catalog) != null) {
            return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY);
        }
        Map<String, BigDecimal> all = OrderReader.countsOf(change.items());
        more.items.forEach((sku, qty) -> all.merge(sku, qty, BigDecimal::add));
        return LineOrder.of(OrderReader.toItems(all));
    }

    /**
     * {@code 虾换成花蛤}, {@code B改A}: one product for another, no number: the new product in the old one's
     * quantity when the neighbour's earlier line has it, else one.
     */
    private LineOrder swap(List<Token> left, List<Token> right, boolean keepsTheRest) {
        CatalogItem from = onlyProduct(left);
        CatalogItem to = onlyProduct(right);
        if (from == null && to != null && !catalog.singleProduct() && saysNothing(left)) {
            return new LineOrder(
                    List.of(new dev.groupbuy.core.order.OrderItem(to.sku(), BigDecimal.ONE)),
                    false,
                    false,
                    null,
                    EarlierOrder.swappedFromTheOnlyOne(to.sku()));
        }
        if (from == null || to == null || from.sku().equals(to.sku())) {
            return null;
        }
        return new LineOrder(
                List.of(new dev.groupbuy.core.order.OrderItem(to.sku(), BigDecimal.ONE)),
                false,
                false,
                null,
                keepsTheRest
                        ? EarlierOrder.swappedKeepingTheRest(from.sku(), to.sku())
                        : EarlierOrder.swapped(from.sku(), to.sku()));
    }

    /** {@code 改成蒜蓉的}: nothing before the change word but spaces and fillers. */
    private static boolean saysNothing(List<Token> left) {
        for (Token t : left) {
            if (!t.isSeparator() && !(t.is(TokenKind.TEXT) && !t.isSubstantive())) {
                return false;
            }
        }
        return true;
    }

    /** The one product the tokens name, with no number among them, or {@code null}. */
    private static CatalogItem onlyProduct(List<Token> tokens) {
        CatalogItem found = null;
        for (Token t : tokens) {
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.TIMES) || t.is(TokenKind.EACH)) {
                return null;
            }
            if (t.is(TokenKind.PRODUCT)) {
                if (found != null || t.products().size() != 1) {
                    return null;
                }
                found = t.products().get(0);
            }
        }
        return found;
    }

    /** {@code 排骨改成2斤 五花不变}: what the line says stays as it was is not part of the change. */
    private static final List<String> UNCHANGED =
            List.of("不变", "不動", "不动", "照旧", "照舊", "照常", "没变", "保持", "唔变", "唔變", "冇变", "不變");

    /** Words for "the rest of the order" before a word that says it stays ({@code 其他的不变}, {@code 别的照旧}). */
    private static final List<String> THE_REST = List.of("其他的", "其它的", "其余的", "其他", "其它", "其余", "别的", "剩下的");

    private static final WordTable UNCHANGED_TABLE = new WordTable(UNCHANGED);

    /** Whether {@code text} holds a word that says something stays as it was: a first look, before the tokens. */
    static boolean mayKeepTheRest(String text) {
        return UNCHANGED_TABLE.occursIn(text);
    }

    /** {@code 其他不变}, {@code 别的照旧}, {@code 虾不变}: whether the line says the rest of the order stays. */
    static boolean saysTheRestStays(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.TEXT)) {
                String text = t.text();
                int rest = 0;
                for (String others : THE_REST) {
                    if (text.startsWith(others)) {
                        rest = others.length();
                        break;
                    }
                }
                if (startsWithAny(text.substring(rest))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code items} as the line's order; when the line says the rest stays, answered by the neighbour's earlier
     * line with the rest of that order.
     */
    private static LineOrder changedTo(List<OrderItem> items, boolean keepsTheRest) {
        return keepsTheRest ? LineOrder.keepingTheRest(items) : LineOrder.of(items);
    }

    private static int untouchedFrom(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.is(TokenKind.PRODUCT) && next.is(TokenKind.TEXT) && t.gluedTo(next) && startsWithAny(next.text())) {
                return k;
            }
        }
        return tokens.size();
    }

    private static boolean startsWithAny(String text) {
        for (String word : UNCHANGED) {
            if (text.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The order {@code right} of the change word makes of {@code left}; {@code keepsTheRest} when the line says the
     * rest of the order stays ({@code 虾不变}, {@code 其他不变}): then the neighbour's earlier line keeps it.
     */
    private LineOrder apply(List<Token> left, List<Token> right, boolean keepsTheRest) {
        int adding = addedAfter(right);
        if (adding > 0) {
            return withAddition(
                    apply(left, right.subList(0, adding), keepsTheRest), right.subList(adding + 1, right.size()));
        }
        LineOrder swap = swap(left, right, keepsTheRest);
        if (swap != null) {
            return swap;
        }
        LineOrder recounted = sameProductRecounted(left, right);
        if (recounted != null) {
            return recounted;
        }
        int rightKinds = TokenKinds.of(right, 0);
        if (TokenKinds.has(rightKinds, TokenKind.EACH) && !TokenKinds.has(rightKinds, TokenKind.PRODUCT)) {
            LineOrder each = eachOfTheBefore(left, right);
            if (each != null) {
                return each;
            }
        }
        Assembly newQty = assembler.assemble(right, 0, right.size());
        if (newQty.problem != null) {
            LineOrder withOthers = changedThenOthers(left, right, before(left));
            return withOthers != null ? withOthers : LineOrder.review(newQty.problem);
        }
        ReviewReason unknown = Leftovers.unknownProduct(right, catalog);
        if (unknown != null) {
            return LineOrder.review(unknown);
        }
        if (newQty.isEmpty()) {
            return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY);
        }
        Map<String, BigDecimal> result = before(left);
        boolean namesProducts = TokenKinds.has(TokenKinds.of(right, 0), TokenKind.PRODUCT);
        if (newQty.bareNumbers.isEmpty() && !namesProducts && TokenKinds.has(TokenKinds.of(right, 0), TokenKind.EACH)) {
            return eachOfTheBefore(result, newQty);
        }
        if (newQty.bareNumbers.isEmpty()) {
            if (namesProducts && !catalog.singleProduct()) {
                return changedTo(OrderReader.toItems(newQty.items), keepsTheRest);
            }
            result.putAll(newQty.items);
            return LineOrder.of(OrderReader.toItems(result));
        }
        if (newQty.bareNumbers.size() == 1 && !newQty.items.isEmpty()) {
            LineOrder withOthers = changedThenOthers(left, right, result);
            if (withOthers != null) {
                return withOthers;
            }
        }
        if (newQty.bareNumbers.size() > 1 || !newQty.items.isEmpty()) {
            return LineOrder.review(ReviewReason.CONFLICTING_NUMBERS);
        }
        CatalogItem target = target(left, result);
        if (target == null && result.isEmpty()) {
            return LineOrder.againstEarlier(
                    ReviewReason.UNCLEAR_QUANTITY, EarlierOrder.changedTo(newQty.bareNumbers.get(0)));
        }
        if (target == null) {
            return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY);
        }
        result.put(target.sku(), newQty.bareNumbers.get(0));
        Assembly check = new Assembly();
        QuantityAssembler.checkUnit(check, target, newQty.bareNumbers.get(0), null);
        if (check.problem != null) {
            return LineOrder.review(check.problem);
        }
        return changedTo(OrderReader.toItems(result), keepsTheRest && !catalog.singleProduct());
    }

    /**
     * {@code A1 B2→B1}, {@code A2 B4→B6}: the product right before the change, with its count, written again with a new
     * count after it; the other products of the line stay. {@code null} when the line is not so.
     */
    private LineOrder sameProductRecounted(List<Token> left, List<Token> right) {
        int count = Token.nonSpaceUpTo(left, left.size() - 1);
        int product = count - 1;
        int to = Token.nonSpaceFrom(right, 0);
        if (product < 0
                || to < 0
                || to + 1 >= right.size()
                || !left.get(count).is(TokenKind.NUMBER)
                || !left.get(product).is(TokenKind.PRODUCT)
                || !left.get(product).gluedTo(left.get(count))
                || !right.get(to).is(TokenKind.PRODUCT)
                || !right.get(to + 1).is(TokenKind.NUMBER)
                || !right.get(to).gluedTo(right.get(to + 1))
                || Token.nonSpaceFrom(right, to + 2) >= 0
                || left.get(product).products().size() != 1
                || !left.get(product).products().equals(right.get(to).products())) {
            return null;
        }
        Map<String, BigDecimal> result = before(left);
        CatalogItem p = left.get(product).products().get(0);
        if (result.size() < 2
                || !result.containsKey(p.sku())
                || right.get(to + 1).value() == null) {
            return null;
        }
        Assembly check = new Assembly();
        QuantityAssembler.checkUnit(check, p, right.get(to + 1));
        if (check.problem != null) {
            return LineOrder.review(check.problem);
        }
        result.put(p.sku(), right.get(to + 1).value());
        return LineOrder.of(OrderReader.toItems(result));
    }

    /**
     * {@code 黄花鱼2条改1条 鲈鱼1条}, {@code 橙汁2瓶→1瓶 西瓜汁1瓶}: the count right after the change is the new count
     * of the product before it; what follows, after a space, orders the other products as a line would.
     * {@code null} when the line is not so.
     */
    private LineOrder changedThenOthers(List<Token> left, List<Token> right, Map<String, BigDecimal> before) {
        int first = 0;
        while (first < right.size() && right.get(first).isSeparator()) {
            first++;
        }
        if (first + 1 >= right.size()
                || !right.get(first).is(TokenKind.NUMBER)
                || !right.get(first + 1).isSeparator()) {
            return null; // 鲜肉改成2袋，再加蜜枣1: the comma parts the change from the rest as a space does
        }
        CatalogItem target = target(left, before);
        Assembly others = assembler.assemble(right, first + 1, right.size());
        if (target == null
                || others.problem != null
                || !others.bareNumbers.isEmpty()
                || others.items.isEmpty()
                || others.items.containsKey(target.sku())
                || Leftovers.unknownProduct(right.subList(first + 1, right.size()), catalog) != null) {
            return null;
        }
        Assembly check = new Assembly();
        QuantityAssembler.checkUnit(check, target, right.get(first));
        if (check.problem != null) {
            return LineOrder.review(check.problem);
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        result.put(target.sku(), right.get(first).value());
        result.putAll(others.items);
        return LineOrder.of(OrderReader.toItems(result));
    }

    /**
     * {@code 2号1 3号1 加到各2箱}: each of the products named before the change at the one count after 各, checked in
     * each one's unit; {@code null} when nothing was named before or the count is not one number.
     */
    private LineOrder eachOfTheBefore(List<Token> left, List<Token> right) {
        Map<String, BigDecimal> before = before(left);
        Token count = null;
        for (Token t : right) {
            if (t.is(TokenKind.NUMBER)) {
                if (count != null) {
                    return null;
                }
                count = t;
            }
        }
        if (before.isEmpty() || count == null) {
            return null;
        }
        Assembly check = new Assembly();
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (CatalogItem p : catalog.catalog()) {
            if (before.containsKey(p.sku())) {
                QuantityAssembler.checkUnit(check, p, count);
                result.put(p.sku(), count.value());
            }
        }
        return check.problem != null ? LineOrder.review(check.problem) : LineOrder.of(OrderReader.toItems(result));
    }

    /** {@code 沃柑1 砂糖橘1 改成各2}: each of the products named before the change, not every product of the deal. */
    private static LineOrder eachOfTheBefore(Map<String, BigDecimal> before, Assembly newQty) {
        if (before.isEmpty()) {
            return LineOrder.of(OrderReader.toItems(newQty.items));
        }
        BigDecimal each = newQty.items.values().iterator().next();
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        before.keySet().forEach(sku -> result.put(sku, each));
        return LineOrder.of(OrderReader.toItems(result));
    }

    private Map<String, BigDecimal> before(List<Token> left) {
        Assembly old = assembler.assemble(left, 0, left.size());
        Map<String, BigDecimal> result = new LinkedHashMap<>(old.items);
        if (catalog.singleProduct() && old.items.isEmpty() && old.bareNumbers.size() == 1) {
            result.put(catalog.catalog().get(0).sku(), old.bareNumbers.get(0));
        }
        return result;
    }

    private CatalogItem target(List<Token> left, Map<String, BigDecimal> result) {
        for (int k = left.size() - 1; k >= 0; k--) {
            Token t = left.get(k);
            if (t.is(TokenKind.PRODUCT) && t.products().size() == 1) {
                return t.products().get(0);
            }
            int p = t.is(TokenKind.NUMBER) && k == left.size() - 1 ? Token.nonSpaceUpTo(left, k - 1) : -1;
            if (p >= 0
                    && left.get(p).is(TokenKind.PRODUCT)
                    && left.get(p).products().size() == 1) {
                return left.get(p).products().get(0); // A1 B2→4, 肉粽1袋 碱水粽 2→3: the count right before
            }
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.PUNCT)) {
                break;
            }
        }
        if (result.size() == 1) {
            String sku = result.keySet().iterator().next();
            return catalog.catalog().stream()
                    .filter(p -> p.sku().equals(sku))
                    .findFirst()
                    .orElse(null);
        }
        return catalog.singleProduct() ? catalog.catalog().get(0) : null;
    }

    /**
     * The last change word that something follows; a change word with no count or product after it and another
     * before it only explains ({@code 改成8斤 刚才说错了}).
     */
    private static int lastChange(List<Token> tokens) {
        int last = -1;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (!tokens.get(k).is(TokenKind.CHANGE)) {
                continue;
            }
            if (last < 0) {
                last = k;
            }
            int after = TokenKinds.of(tokens, k + 1);
            if (TokenKinds.has(after, TokenKind.NUMBER) || TokenKinds.has(after, TokenKind.PRODUCT)) {
                return k;
            }
        }
        return last;
    }
}
