package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.BuildingScanner;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import dev.groupbuy.core.jielong.tokens.SharesOnTop;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.TokenKinds;
import dev.groupbuy.core.jielong.tokens.Totals;
import dev.groupbuy.core.jielong.tokens.WordTable;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a participant line orders from its tokens after the name, in this order of precedence:
 * struck-out text is ignored (all of it struck = cancel), then a cancel, a change (the new final
 * quantity), {@code 同上}, and finally plain quantities. Anything it cannot read with confidence becomes a
 * review with a reason.
 */
public final class OrderReader {

    private final CatalogMatcher catalog;
    private final QuantityAssembler assembler;
    private final ChangeReader changes;
    private final LineTokenizer tokenizer;
    private final InLineEdits edits;

    OrderReader(CatalogMatcher catalog, LineTokenizer tokenizer) {
        this.catalog = catalog;
        this.tokenizer = tokenizer;
        this.assembler = new QuantityAssembler(catalog);
        this.changes = new ChangeReader(catalog, assembler, tokenizer);
        this.edits = new InLineEdits(this, catalog, tokenizer);
    }

    /** What the order part of a line ({@code order}: the line without its name) says. */
    LineOrder read(List<Token> order, List<OrderItem> previous) {
        return read(order, previous, TokenKinds.of(order, 0));
    }

    /**
     * {@code 我同事也要一样的}, {@code 帮我舅舅也订一样的}, {@code 我妈家也要同样一份}: someone else wants the same again,
     * written last.
     */
    private static final java.util.regex.Pattern THE_SAME_FOR_SOMEONE =
            java.util.regex.Pattern.compile("也(?:要|订|来|带|拿|定)?(?:一样的|同样的|一样|同样一份|一样一份)$");

    /** {@link #read(List, List)} when the caller already knows the kinds of the tokens. */
    LineOrder read(List<Token> said, List<OrderItem> previous, int kinds) {
        List<Token> written = withoutWhatIsPutOff(withoutNeverMindIfNone(withoutWhatItIsNot(withoutOnePerPack(said))));
        if (CancelDetector.voidsItself(written)) {
            return LineOrder.cancel(); // 1箱（复制重了，这条作废）: a copy sent twice, not an order
        }
        String whoseShare = CancelDetector.whoseShareDropped(written);
        if (whoseShare != null && SharesOnTop.namesSomeone(whoseShare)) {
            return LineOrder.againstEarlier( // 丈母娘那箱不要了: one fewer than the earlier order, if it had more
                    ReviewReason.UNCLEAR_QUANTITY, EarlierOrder.fewer(BigDecimal.ONE));
        }
        if (whoseShare != null) {
            return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY); // 寄上海的那盒不要了: which one, how many stay?
        }
        LineOrder twice = theSameForSomeoneElse(written, previous);
        if (twice != null) {
            return twice; // 饵块1袋 乳扇1包 帮我舅舅也订一样的: the order, twice
        }
        LineOrder eachAgain = eachAgainForSomeoneElse(written, previous);
        if (eachAgain != null) {
            return eachAgain; // 芝麻一袋花生一袋 我姐也各要一袋: the order, and one more of each
        }
        LineOrder households = byHousehold(written);
        if (households != null) {
            return households; // 我家3斤 我闺女家2斤: each household's count, added up
        }
        LineOrder householdsByCode = byHouseholdAndCode(written);
        if (householdsByCode != null) {
            return householdsByCode; // 我家1号2袋 隔壁老李家3号1袋: each household's order, added up
        }
        List<Token> order = SharesOnTop.read(written);
        List<Token> tokens = TokenKinds.has(kinds, TokenKind.STRIKE) ? withoutStrikes(order) : order;
        if (TokenKinds.has(kinds, TokenKind.STRIKE)) {
            List<Token> named = struckProductThenCount(order, tokens);
            if (named != null) {
                return read(named, previous); // ~~蛏子2斤~~ 1斤: the new count of the product struck
            }
        }
        if (TokenKinds.has(kinds, TokenKind.STRIKE) && (!hasContent(tokens) || quantityStruckAtTheEnd(order))) {
            return LineOrder.cancel();
        }
        if (Questions.swapsOnACondition(tokens)) {
            return LineOrder.review(ReviewReason.QUESTION); // 1盒 要是有小果就换小果: which one, the leader must say
        }
        LineOrder changedBack = TokenKinds.has(kinds, TokenKind.CHANGE) ? mindChangedBack(tokens, previous) : null;
        if (changedBack != null) {
            return changedBack; // 1份,不对要2份,算了还是1份吧: the count after changing back
        }
        LineOrder changedThenMore = TokenKinds.has(kinds, TokenKind.CHANGE) && TokenKinds.has(kinds, TokenKind.PLUS)
                ? changedThenMore(tokens, previous)
                : null;
        if (changedThenMore != null) {
            return changedThenMore; // 2箱改3箱，再加1箱: the changed count, and more on top
        }
        if (TokenKinds.has(kinds, TokenKind.PRODUCT) || TokenKinds.has(kinds, TokenKind.NUMBER)) {
            LineOrder edited = edits.read(tokens);
            if (edited != null) {
                return Staying.withWhatStays(edited, tokens);
            }
        }
        LineOrder instead = TokenKinds.has(kinds, TokenKind.CANCEL) ? notThatManyButThis(tokens, previous) : null;
        if (instead != null) {
            return instead; // 不要2瓶了,要3瓶: the count said after is the order
        }
        boolean remarks = TokenKinds.has(kinds, TokenKind.REMARK);
        boolean productWithWords = TokenKinds.has(kinds, TokenKind.PRODUCT) && TokenKinds.has(kinds, TokenKind.TEXT);
        if (remarks || productWithWords || TokenKinds.has(kinds, TokenKind.CANCEL)) {
            java.util.Set<String> staying = CancelDetector.keptWhileTheRestIsDropped(tokens);
            if (staying != null && catalog.catalog().size() > staying.size()) {
                java.util.Set<String> rest = new java.util.HashSet<>();
                catalog.catalog().forEach(p -> rest.add(p.sku()));
                rest.removeAll(staying);
                return partialCancel(tokens, new CancelDetector.Cancel(true, false, rest)); // 只要A 其他都不要了
            }
            CancelDetector.Cancel cancel = CancelDetector.detect(tokens, 0);
            if (TokenKinds.has(kinds, TokenKind.SAME) && !cancel.skus().isEmpty() && previous != null) {
                List<OrderItem> rest = new ArrayList<>(previous);
                rest.removeIf(i -> cancel.skus().contains(i.sku()));
                if (!rest.isEmpty() && rest.size() < previous.size()) {
                    return LineOrder.of(rest); // 同上,C不要: the line above without C
                }
            }
            if (cancel.full() && Questions.relativeChange(tokens)) {
                return LineOrder.review(ReviewReason.CONFLICTING_NUMBERS); // 算了 少要一个: one less, not none
            }
            if (cancel.full()
                    && (Questions.onACondition(tokens)
                            || Questions.asksOutright(tokens)
                            || Questions.cancelsIfSo(tokens))) {
                return LineOrder.review(ReviewReason.QUESTION); // 1箱 酸不酸?酸的话就算了: not cancelled yet
            }
            if (cancel.full()) {
                LineOrder back = mindChangedBack(tokens, previous);
                if (back != null) {
                    return back; // 算了 还是要一箱, 3箱 取消 又要了 2箱: the count after changing back is the order
                }
                LineOrder kept = cancelOfSomethingElse(tokens, previous);
                if (kept != null) {
                    return kept; // 3箱→2箱 同事不要了, 1个 开好,壳不要了: what is not wanted is no order
                }
                LineOrder left = whatIsLeft(tokens, previous);
                if (left != null) {
                    return left; // 取消1盒 剩2盒, 取消一盒,改2盒: the count after the cancel is what stays
                }
                return quantitiesAroundCancel(tokens) || countRightAfterCancel(tokens)
                        ? LineOrder.review(ReviewReason.CONFLICTING_NUMBERS)
                        : LineOrder.cancel();
            }
            if (cancel.any()) {
                return partialCancel(tokens, cancel);
            }
        }
        ReviewReason doubt = Questions.doubt(tokens);
        BigDecimal total = doubt == ReviewReason.CONFLICTING_NUMBERS ? totalOf(tokens) : null;
        if (total != null) {
            return sharesAddingUpTo(total, tokens, kinds).orElse(LineOrder.review(doubt));
        }
        LineOrder sized = doubt == ReviewReason.CONFLICTING_NUMBERS || doubt == null ? bySize(tokens) : null;
        if (sized != null) {
            return sized; // 59码 1件 66码 1件: a count of each size, all of the one product
        }
        LineOrder perHead = doubt == ReviewReason.CONFLICTING_NUMBERS || doubt == null ? perHead(tokens) : null;
        if (perHead != null) {
            return perHead; // 我和我妈一人一盒: two people, a box each
        }
        LineOrder shared = doubt == ReviewReason.CONFLICTING_NUMBERS ? sharedOut(tokens) : null;
        if (shared != null) {
            return shared; // 4盒 两个闺女一人两盒: the own count, shared out
        }
        if (doubt != null) {
            return LineOrder.review(doubt);
        }
        if (remarks || TokenKinds.has(kinds, TokenKind.CHANGE)) {
            LineOrder change = changes.read(tokens);
            if (change != null) {
                return Staying.withWhatStays(change, tokens);
            }
        }
        if (TokenKinds.has(kinds, TokenKind.SAME)) {
            return same(tokens, previous);
        }
        return plain(Breakdowns.withoutBreakdowns(tokens), kinds, tokens);
    }

    /**
     * {@code 2箱改3箱，再加1箱}, {@code 10个 改成15个 再加5个}: a change, then more added at the end — the changed order with
     * the more on top, when the change leaves one product and the count added is in its unit; {@code null} otherwise.
     */
    private LineOrder changedThenMore(List<Token> tokens, List<OrderItem> previous) {
        int end = tokens.size() - 1;
        while (end >= 0 && tokens.get(end).isSeparator()) {
            end--;
        }
        int plus = end >= 1 && tokens.get(end).is(TokenKind.NUMBER) ? Token.nonSpaceUpTo(tokens, end - 1) : -1;
        if (plus < 1
                || !tokens.get(plus).is(TokenKind.PLUS)
                || tokens.get(plus).text().contains("补") // 改成2箱 再补35: the money paid on top
                || tokens.get(end).value() == null) {
            return null;
        }
        int change = -1;
        for (int k = 0; k < plus; k++) {
            change = tokens.get(k).is(TokenKind.CHANGE) ? k : change;
        }
        int head = plus;
        while (head > 0 && tokens.get(head - 1).isSeparator()) {
            head--;
        }
        if (change < 0 || head <= change + 1 || !tokens.get(head - 1).is(TokenKind.NUMBER)) {
            return null;
        }
        LineOrder changed = read(tokens.subList(0, head), previous);
        Token more = tokens.get(end);
        String unit = tokens.get(head - 1).unit();
        if (changed.review()
                || changed.cancelled()
                || changed.items().size() != 1
                || !java.util.Objects.equals(more.unit(), unit) && more.unit() != null) {
            return null;
        }
        OrderItem item = changed.items().get(0);
        return LineOrder.of(List.of(new OrderItem(item.sku(), item.qty().add(more.value()))));
    }

    /**
     * {@code 是一斤 不是两斤}, {@code 不是3号是1号}: the count or product right after 不是 ("not") is the one taken back;
     * it is read as words, and the one said in its place stands.
     */
    private static List<Token> withoutWhatItIsNot(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 1; k < tokens.size(); k++) {
            Token before = tokens.get(k - 1);
            Token t = tokens.get(k);
            if (!before.is(TokenKind.TEXT) || !before.text().endsWith("不是") || !before.gluedTo(t)) {
                continue;
            }
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT)) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, t.skipped());
                if (t.is(TokenKind.PRODUCT)
                        && k + 1 < tokens.size()
                        && t.gluedTo(tokens.get(k + 1))
                        && tokens.get(k + 1).is(TokenKind.NUMBER)) {
                    out.set(k + 1, tokens.get(k + 1).skipped()); // 不是3号2个: the product with its count
                }
            }
        }
        return out == null ? tokens : out;
    }

    /** {@code 先前说的}, {@code 之前报的}, {@code 上面的}: what the writer said before, glued before its count. */
    private static final java.util.regex.Pattern SAID_BEFORE =
            java.util.regex.Pattern.compile("(?:先前|之前|前面|上面|刚才|原来)(?:说|写|报|接)?的$");

    /**
     * {@code 芒果4斤 车厘子算了太贵}, {@code 油2桶 米下周再说}: a product with no count of its own, glued to "never
     * mind" or "later", is not ordered; {@code 2斤,先前说的1斤作废}: the count said before is voided, not this line.
     * Both are read as words, the rest of the line as the order.
     */
    private static List<Token> withoutWhatIsPutOff(List<Token> tokens) {
        List<Token> out = null;
        boolean counted = false;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            counted |= t.is(TokenKind.NUMBER);
            boolean putOff = counted
                    && t.is(TokenKind.PRODUCT)
                    && next.is(TokenKind.TEXT)
                    && t.gluedTo(next)
                    && (next.text().startsWith("算了") || next.text().endsWith("再说"));
            if (putOff) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, t.skipped());
                continue;
            }
            boolean voided = counted
                    && k + 2 < tokens.size()
                    && t.is(TokenKind.TEXT)
                    && next.is(TokenKind.NUMBER)
                    && tokens.get(k + 2).is(TokenKind.CANCEL)
                    && t.gluedTo(next)
                    && next.gluedTo(tokens.get(k + 2))
                    && SAID_BEFORE.matcher(t.text()).find();
            if (voided) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k + 1, next.skipped());
                out.set(k + 2, tokens.get(k + 2).skipped());
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * {@code 3瓶一组 2组}, {@code 12盒一箱 2箱}: "one" of a pack glued after what the pack holds is how it is packed,
     * when a count in the same pack follows; that count is the order.
     */
    private static List<Token> withoutOnePerPack(List<Token> tokens) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token spec = tokens.get(k);
            Token one = tokens.get(k + 1);
            if (!spec.is(TokenKind.SKIP)
                    || !one.is(TokenKind.NUMBER)
                    || !spec.gluedTo(one)
                    || spec.text().isEmpty()
                    || !Character.isDigit(spec.text().charAt(0))
                    || one.unit() == null
                    || one.value() == null
                    || one.value().compareTo(java.math.BigDecimal.ONE) != 0) {
                continue;
            }
            int next = Token.nonSpaceFrom(tokens, k + 2);
            if (next > k + 2
                    && tokens.get(next).is(TokenKind.NUMBER)
                    && one.unit().equals(tokens.get(next).unit())) {
                List<Token> out = new ArrayList<>(tokens);
                out.set(k + 1, one.skipped());
                return out;
            }
        }
        return tokens;
    }

    /**
     * {@code 菠菜一斤半 没有就算了}, {@code 先报4斤 冇货就算}: after a count, "if there is none, never mind" asks
     * nothing and cancels nothing — the order stands, and the leader sees the words in the note. Asked after a
     * question ({@code 有豆沙的吗 没有就算了}) it still waits for the answer.
     */
    private static List<Token> withoutNeverMindIfNone(List<Token> tokens) {
        boolean counted = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            counted |= t.is(TokenKind.NUMBER);
            if (!counted || !t.is(TokenKind.TEXT) || t.length() > 4 || !Questions.isIfNone(t.text())) {
                continue;
            }
            boolean glued = k + 1 < tokens.size()
                    && tokens.get(k + 1).is(TokenKind.CANCEL)
                    && t.gluedTo(tokens.get(k + 1))
                    && (k + 2 == tokens.size() || particleAtTheEnd(tokens, k + 2)); // 没有就算了哈
            boolean whole = t.text().endsWith("就算") && k + 1 == tokens.size();
            if ((glued || whole) && !Questions.asks(tokens)) { // asks() holds 吗 and a question mark
                List<Token> out = new ArrayList<>(tokens);
                out.set(k, t.skipped());
                if (glued) {
                    out.set(k + 1, tokens.get(k + 1).skipped());
                }
                return out;
            }
        }
        return tokens;
    }

    /** {@code 哈}, {@code 啊}, {@code 哦}: one particle glued at the line's end, token {@code k}. */
    private static boolean particleAtTheEnd(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return k + 1 == tokens.size()
                && t.is(TokenKind.TEXT)
                && t.length() == 1
                && "哈啊呀哦喔啦嘛呢".contains(t.text())
                && tokens.get(k - 1).gluedTo(t);
    }

    /** "Not" before a count and 了: {@code 不要2瓶了}, {@code 弗要5斤了}. */
    private static final java.util.Set<String> NOT_THAT_MANY = java.util.Set.of("不要", "弗要", "唔要", "别要");

    /** Words around the count said instead: {@code 要}, {@code 改}, {@code 够了}, {@code 就行}. */
    private static final java.util.Set<String> INSTEAD_WORDS =
            java.util.Set.of("要", "改", "改成", "改为", "够了", "就够了", "就行", "就好", "吧", "就要", "只要");

    /**
     * {@code 不要2瓶了,要3瓶}, {@code 弗要5斤了,3斤够了}, {@code 不要2箱了 改1箱}, {@code 改4斤 不要6斤了}: not that many,
     * this many instead; the line read with only the other count. {@code null} when the line is not so shaped.
     */
    private LineOrder notThatManyButThis(List<Token> tokens, List<OrderItem> previous) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean notThatMany = t.is(TokenKind.CANCEL)
                    && NOT_THAT_MANY.contains(t.text())
                    && tokens.get(k + 1).is(TokenKind.NUMBER)
                    && t.gluedTo(tokens.get(k + 1))
                    && tokens.get(k + 2).is(TokenKind.TEXT)
                    && tokens.get(k + 2).text().equals("了");
            if (!notThatMany) {
                continue;
            }
            List<Token> said = new ArrayList<>();
            int counts = 0;
            for (int j = 0; j < tokens.size(); j++) {
                Token w = tokens.get(j);
                if (j >= k && j <= k + 2) {
                    continue; // 不要2瓶了: not that many
                }
                if (w.is(TokenKind.NUMBER)) {
                    counts++;
                    said.add(w);
                } else if (w.is(TokenKind.PRODUCT) || w.isSeparator()) {
                    said.add(w);
                } else if (!w.is(TokenKind.CHANGE) && !(w.is(TokenKind.TEXT) && INSTEAD_WORDS.contains(w.text()))) {
                    return null;
                }
            }
            if (counts != 1) {
                return null;
            }
            LineOrder read = read(said, previous);
            return read.review() || read.cancelled() ? null : read;
        }
        return null;
    }

    /** What a resident may not want that is no order: parts of the food, change, bags, cutlery. */
    private static final java.util.Set<String> NOT_ORDERS = java.util.Set.of(
            "壳", "皮", "头", "尾", "骨", "内脏", "籽", "核", "叶", "根", "鱼鳞", "找零", "零钱", "发票", "袋子", "袋", "包装", "餐具", "筷子",
            "纸箱", "箱子", "盒子", "泡沫箱", "另", "另外", "勺子", "吸管", "小票", "葱", "香菜", "蒜", "辣椒", "酱", "汤", "饭");

    /** Whether nothing from {@code from} on but words, spaces and brackets: no count, product or edit. */
    private static boolean onlyWordsFrom(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.TEXT) && !t.isSeparator() && !t.is(TokenKind.REMARK)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cancel word glued to what is not wanted, after the order: the thing is no order ({@code 壳不要了},
     * {@code 找零2块不用了}), or the line changed its count first ({@code 3箱→2箱 同事不要了}, {@code 改一只 另一只不要了}) —
     * then the order before stands. {@code null} when the cancel is of the order.
     */
    private LineOrder cancelOfSomethingElse(List<Token> tokens, List<OrderItem> previous) {
        int c = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is(TokenKind.CANCEL)) {
                c = k;
                break;
            }
        }
        if (c <= 0 || !tokens.get(c - 1).gluedTo(tokens.get(c)) || !onlyWordsFrom(tokens, c + 1)) {
            return null; // 纸箱不要了直接给我: what follows the cancel only says how
        }
        int object = c - 1;
        while (object > 0
                && (tokens.get(object).is(TokenKind.SKIP) || tokens.get(object).is(TokenKind.NUMBER))
                && tokens.get(object - 1).gluedTo(tokens.get(object))) {
            object--; // 找零2块, 另一只
        }
        Token word = tokens.get(object);
        if (!word.is(TokenKind.TEXT)) {
            return null;
        }
        boolean changed = false;
        boolean counted = false;
        for (int k = 0; k < object; k++) {
            counted |= tokens.get(k).is(TokenKind.NUMBER);
            changed |= tokens.get(k).is(TokenKind.CHANGE)
                    && k + 1 < object
                    && tokens.get(k + 1).is(TokenKind.NUMBER);
        }
        boolean notAnOrder = NOT_ORDERS.contains(word.text()) || word.text().startsWith("找零");
        if (!counted || !(changed || notAnOrder)) {
            return null;
        }
        List<Token> before = tokens.subList(0, object);
        LineOrder order = read(before, previous, TokenKinds.of(before, 0));
        return order.review() || order.cancelled() || order.items().isEmpty() ? null : order;
    }

    /** Words after a cancel that say what stays: {@code 剩2盒}, {@code 还要一盒}, {@code 只要一个}. */
    private static final java.util.Set<String> WHAT_STAYS =
            java.util.Set.of("剩", "剩下", "还剩", "剩余", "还要", "只要", "就要", "留", "保留", "还是", "只整", "只拿", "只来", "就来");

    /**
     * {@code 我家3斤 我闺女家2斤}, {@code 八组 老邹 我爸2板 我1板}, {@code 俺家2斤 俺娘家2斤}: in a deal of one product, every
     * count glued after the person or household it is for, so the counts add up. {@code null} when a count stands
     * without its person ({@code 20个 我家10个 岳母家10个} gives the total first) or the line edits.
     */
    private LineOrder byHousehold(List<Token> tokens) {
        if (!catalog.singleProduct()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal total = null;
        boolean askedFor = false;
        int counts = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.CHANGE) || t.is(TokenKind.CANCEL) || t.is(TokenKind.EACH)) {
                return null;
            }
            if (!t.is(TokenKind.NUMBER)) {
                continue; // 车厘子 大宝一斤 二宝一斤: the one product named first
            }
            Token before = k > 0 ? tokens.get(k - 1) : null;
            boolean forSomeone = before != null
                    && before.gluedTo(t)
                    && (before.is(TokenKind.TEXT)
                                    && HOUSEHOLD.matcher(before.text()).find()
                                    && SharesOnTop.namesSomeone(before.text())
                            || before.is(TokenKind.SKIP) && FamilyShares.isOneOfTheFamily(before.text()));
            boolean glued = before != null && before.gluedTo(t) && (before.is(TokenKind.TEXT) || forSomeone);
            boolean asking = glued && before.is(TokenKind.TEXT) && WRITER_ASKING.contains(before.text());
            askedFor |= asking && total == null && counts == 0;
            if (total == null && counts == 0 && (!glued || asking)) {
                total = t.value(); // 20个 我家10个 岳母家10个, 我要三瓶 给我闺女两瓶 我自己一瓶: the total, then whose
                if (total == null || !inTheOnlyProductsUnit(t.unit())) {
                    return null;
                }
                continue;
            }
            String unit = t.unit();
            if (!forSomeone || t.value() == null || t.value().signum() <= 0 || !inTheOnlyProductsUnit(unit)) {
                return null;
            }
            sum = sum.add(t.value());
            counts++;
        }
        if (askedFor && total.compareTo(sum) != 0) {
            return counts < 1 ? null : ofTheOnlyProduct(sum.add(total)); // 我要2瓶 我妈要1瓶: hers on top
        }
        if (counts < 2 || (total != null && total.compareTo(sum) != 0)) {
            return null;
        }
        return ofTheOnlyProduct(sum);
    }

    /** The line's order of the deal's one product: {@code qty} of it. */
    private LineOrder ofTheOnlyProduct(BigDecimal qty) {
        return LineOrder.of(List.of(new OrderItem(catalog.catalog().get(0).sku(), qty)));
    }

    /** Whether a count written in {@code unit} (none, or the product's own) counts the deal's one product. */
    private boolean inTheOnlyProductsUnit(String unit) {
        return unit == null || unit.equals(catalog.catalog().get(0).unit());
    }

    /** The writer asking for the whole order: {@code 我要三瓶} before whose each part is. */
    private static final java.util.Set<String> WRITER_ASKING = java.util.Set.of("我要", "俺要", "我就要", "我一共要", "我总共要");

    /** The words of one person or household, whole: {@code 我家}, {@code 我闺女家也}, {@code 我爸}, {@code 我}. */
    private static final java.util.regex.Pattern HOUSEHOLD =
            java.util.regex.Pattern.compile("^(?:我|俺|咱|自己|自家)\\S{0,4}?(?:家)?也?$|^\\S{0,4}家也?$");

    /** {@code 楼上也要}, {@code 对门也要}: a neighbour wanting some as well, before their order. */
    private static final java.util.regex.Pattern NEIGHBOUR_TOO =
            java.util.regex.Pattern.compile("^(?:楼上|楼下|隔壁|对门|对面|邻居)\\S{0,3}?也(?:要|来)?$");

    /**
     * {@code 我家1号2袋 隔壁老李家3号1袋}, {@code 我家A1 隔壁老王家A1 楼上也要A1}: parts apart from each other, each a household
     * glued to an order of the deal's products — the orders added up. {@code null} unless every part reads so and
     * there are two or more.
     */
    private LineOrder byHouseholdAndCode(List<Token> tokens) {
        if (catalog.singleProduct()) {
            return null;
        }
        java.util.Map<String, BigDecimal> sum = new java.util.LinkedHashMap<>();
        int parts = 0;
        int k = 0;
        while (k < tokens.size()) {
            if (tokens.get(k).isSeparator()) {
                k++;
                continue;
            }
            int end = k;
            while (end < tokens.size()
                    && !tokens.get(end).is(TokenKind.SPACE)
                    && !tokens.get(end).isChar('，')
                    && !tokens.get(end).isChar(',')) {
                end++;
            }
            Token who = tokens.get(k);
            boolean household = who.is(TokenKind.TEXT)
                    && (HOUSEHOLD.matcher(who.text()).find() && who.text().contains("家")
                            || NEIGHBOUR_TOO.matcher(who.text()).find());
            if (!household
                    || end - k < 3
                    || !tokens.get(k + 1).is(TokenKind.PRODUCT)
                    || !who.gluedTo(tokens.get(k + 1))) {
                return null;
            }
            LineOrder part = read(tokens.subList(k + 1, end), null);
            if (part.review() || part.cancelled() || part.items().isEmpty()) {
                return null;
            }
            part.items().forEach(i -> sum.merge(i.sku(), i.qty(), BigDecimal::add));
            parts++;
            k = end;
        }
        return parts >= 2 ? LineOrder.of(toItems(sum)) : null;
    }

    /** The order before the last words, twice, when those words ask the same for someone else; otherwise null. */
    private LineOrder theSameForSomeoneElse(List<Token> tokens, List<OrderItem> previous) {
        int last = tokens.size() - 1;
        while (last >= 0 && tokens.get(last).isSeparator()) {
            last--;
        }
        if (last < 1 || !tokens.get(last).is(TokenKind.TEXT)) {
            return null;
        }
        String said = tokens.get(last).text();
        java.util.regex.Matcher same = THE_SAME_FOR_SOMEONE.matcher(said);
        if (!same.find() || !SharesOnTop.someoneElseAlso(said.substring(0, same.start() + 1))) {
            return null;
        }
        List<Token> own = tokens.subList(0, last);
        int kinds = TokenKinds.of(own, 0);
        if (!TokenKinds.has(kinds, TokenKind.NUMBER) && !TokenKinds.has(kinds, TokenKind.PRODUCT)) {
            return null;
        }
        LineOrder order = read(own, previous, kinds);
        if (order.review() || order.cancelled() || order.items().isEmpty() || order.earlier() != null) {
            return null;
        }
        List<OrderItem> doubled = new ArrayList<>();
        order.items().forEach(i -> doubled.add(new OrderItem(i.sku(), i.qty().add(i.qty()))));
        return LineOrder.of(doubled);
    }

    /** {@code 我姐也各要一袋}, {@code 我岳父母也每样一盒}, {@code 我妈家也要同样一份}: someone else, each of the same, a count. */
    private static final java.util.regex.Pattern EACH_AGAIN = java.util.regex.Pattern.compile(
            "^(\\S*?也)(?:要|订|来|带|拿)?(各|每样|每种|每个|同样|一样)(?:要|来|拿)?\\s*([一二两三四五六七八九1-9])?\\s*(?:份|袋|盒|个|斤|瓶|包|箱|杯|只|提|罐|条|束|套)?$");

    /**
     * {@code 芝麻一袋花生一袋 我姐也各要一袋}, {@code 每样一盒 我岳父母也每样一盒}: after the writer's order, someone else
     * wants each of the same products as well, so many of each: added to every product of the order.
     */
    private LineOrder eachAgainForSomeoneElse(List<Token> tokens, List<OrderItem> previous) {
        for (int j = tokens.size() - 1; j >= 1; j--) {
            Token t = tokens.get(j);
            if (!t.is(TokenKind.TEXT) || t.text().indexOf('也') < 0) {
                continue;
            }
            StringBuilder tail = new StringBuilder();
            for (int k = j; k < tokens.size(); k++) {
                tail.append(tokens.get(k).text());
            }
            java.util.regex.Matcher m = EACH_AGAIN.matcher(tail.toString().strip());
            if (!m.matches() || !SharesOnTop.someoneElseAlso(m.group(1))) {
                return null;
            }
            List<Token> own = tokens.subList(0, j);
            int kinds = TokenKinds.of(own, 0);
            if (!TokenKinds.has(kinds, TokenKind.PRODUCT)
                    && !TokenKinds.has(kinds, TokenKind.EVERY)
                    && !TokenKinds.has(kinds, TokenKind.EACH)) {
                return null;
            }
            LineOrder order = read(own, previous, kinds);
            if (order.review() || order.cancelled() || order.items().size() < 2 || order.earlier() != null) {
                return null;
            }
            char written = m.group(3) == null ? '一' : m.group(3).charAt(0); // one, when no count is written
            BigDecimal more = BigDecimal.valueOf(
                    written >= '1' && written <= '9'
                            ? written - '0'
                            : dev.groupbuy.core.jielong.text.ChineseNumerals.digit(written));
            java.util.Map<String, BigDecimal> added = new java.util.LinkedHashMap<>();
            order.items().forEach(i -> added.merge(i.sku(), i.qty(), BigDecimal::add));
            if (m.group(2).startsWith("每")) {
                catalog.catalog().forEach(p -> added.merge(p.sku(), more, BigDecimal::add)); // 每样: every product sold
            } else {
                added.replaceAll((sku, qty) -> qty.add(more)); // 各, 同样: each of the writer's own
            }
            List<OrderItem> items = new ArrayList<>();
            added.forEach((sku, qty) -> items.add(new OrderItem(sku, qty)));
            return LineOrder.of(items);
        }
        return null;
    }

    /** Words that take back a cancel or a change just written: "still", "wants it again". */
    private static final java.util.regex.Pattern BACK =
            java.util.regex.Pattern.compile("(?:还是|又要了|又要|还是要|那还是|还是来|又来|又想要|还想要)$");

    /** {@code 算了还是要吧}, {@code 还是要}: the order taken back is wanted after all, no count said again. */
    private static final java.util.regex.Pattern WANTED_AFTER_ALL =
            java.util.regex.Pattern.compile("^(?:算了)?(?:还是要|还是要了|又要了)吧?$");

    /**
     * {@code 算了 还是要一箱}, {@code 还是要三盒算了}, {@code 3箱 取消 又要了 2箱}, {@code 1份,不对要2份,算了还是1份吧}: the
     * last words that change the mind back, then a count: that count is the order, whatever the line said before it.
     * {@code null} when no such words come before the line's last count.
     */
    private LineOrder mindChangedBack(List<Token> tokens, List<OrderItem> previous) {
        LineOrder afterAll = wantedAfterAll(tokens, previous);
        if (afterAll != null) {
            return afterAll;
        }
        int back = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.TEXT) && BACK.matcher(t.text()).find()) {
                back = k;
            }
        }
        int before = back - 1;
        while (before >= 0 && tokens.get(before).is(TokenKind.SPACE)) {
            before--;
        }
        if (back < 0 || (before >= 0 && tokens.get(before).is(TokenKind.PRODUCT))) {
            return null; // A改3 B还是2: B stays as it was, beside the change
        }
        int end = tokens.size();
        while (end > back + 1 && (tokens.get(end - 1).isSeparator() || isHesitation(tokens.get(end - 1)))) {
            end--;
        }
        return countedOrder(tokens.subList(back + 1, end), previous);
    }

    /**
     * {@code 每日坚果1盒 取消 算了还是要吧}: an order, its cancel, then "want it after all" with nothing after — the order
     * before the cancel stands.
     */
    private LineOrder wantedAfterAll(List<Token> tokens, List<OrderItem> previous) {
        int last = tokens.size() - 1;
        while (last >= 0 && tokens.get(last).isSeparator()) {
            last--;
        }
        if (last < 2
                || !tokens.get(last).is(TokenKind.TEXT)
                || !WANTED_AFTER_ALL.matcher(tokens.get(last).text()).find()) {
            return null;
        }
        int cancel = Token.nonSpaceUpTo(tokens, last - 1);
        if (cancel < 1 || !tokens.get(cancel).is(TokenKind.CANCEL)) {
            return null;
        }
        return countedOrder(tokens.subList(0, cancel), previous);
    }

    /**
     * {@code part} read as an order when it holds a count and no cancel: what stands after a change of mind or before
     * one taken back; {@code null} when it holds neither, or does not read as a clear order.
     */
    private LineOrder countedOrder(List<Token> part, List<OrderItem> previous) {
        int kinds = TokenKinds.of(part, 0);
        if (!TokenKinds.has(kinds, TokenKind.NUMBER) || TokenKinds.has(kinds, TokenKind.CANCEL)) {
            return null;
        }
        LineOrder order = read(part, previous, kinds);
        return order.review() || order.cancelled() || order.items().isEmpty() ? null : order;
    }

    /** {@code 算了}, {@code 吧} after the count changed back to: said with a shrug, no cancel. */
    private static boolean isHesitation(Token t) {
        String w = t.text().strip();
        return w.equals("算了") || w.equals("吧") || w.equals("算了吧") || w.equals("哈") || w.equals("了");
    }

    /**
     * {@code 取消1盒 剩2盒}, {@code 取消一盒,还要一盒}, {@code 我妈那盒不要了 剩1盒}: after the cancel, a word that says
     * what stays ({@link #WHAT_STAYS}, or a change word) and a count: the line keeps that count. {@code null} when
     * the line says no such thing, or what follows does not read as an order.
     */
    private LineOrder whatIsLeft(List<Token> tokens, List<OrderItem> previous) {
        int cancel = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is(TokenKind.CANCEL)) {
                cancel = k;
            } else if (cancel < 0 && tokens.get(k).is(TokenKind.NUMBER)) {
                return null; // 1盒 不要了 改成2盒: a count on both sides of the cancel asks
            }
        }
        for (int k = cancel + 1; cancel >= 0 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean stays = t.is(TokenKind.CHANGE) || (t.is(TokenKind.TEXT) && WHAT_STAYS.contains(t.text()));
            if (stays) {
                return countedOrder(tokens.subList(k + 1, tokens.size()), previous);
            }
            if (!t.isSeparator() && !t.is(TokenKind.NUMBER) && !t.is(TokenKind.PRODUCT)) {
                return null;
            }
        }
        return null;
    }

    /** {@code tokens} without the counts that break an order down; {@code written} as the line has them. */
    private LineOrder plain(List<Token> tokens, int kinds, List<Token> written) {
        Assembly a = assembler.assemble(tokens, 0, tokens.size());
        ReviewReason unknown = Leftovers.unknownProduct(tokens, catalog);
        if (unknown != null) {
            return LineOrder.review(unknown);
        }
        if (a.problem != null) {
            return LineOrder.review(a.problem);
        }
        if (!TokenKinds.has(kinds, TokenKind.NUMBER) && quantityOnlyInBrackets(tokens)) {
            return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY);
        }
        if (UnreadEdits.in(written, tokenizer, catalog)) {
            return LineOrder.review(ReviewReason.CONFLICTING_NUMBERS);
        }
        if (Questions.undecided(tokens) || Questions.ordersOnACondition(tokens)) {
            return LineOrder.review(ReviewReason.QUESTION); // 3盒(待定), 有的话要两袋: not decided yet
        }
        if (Questions.vagueAmount(tokens) || Questions.moneyForAnAmount(tokens)) {
            return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY); // 瘦肉少要点, 要50块的: how much?
        }
        BigDecimal total = totalOf(written);
        if (a.isEmpty()) {
            if (Questions.noCommitment(tokens) || !catalog.singleProduct()) {
                return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY);
            }
            BigDecimal count = total != null ? total : BigDecimal.ONE; // 阿水 共3袋: the total is the count
            return ofTheOnlyProduct(count);
        }
        LineOrder read = resolveBare(a, tokens);
        if (total != null
                && !read.review()
                && total.compareTo(sum(read.items())) != 0
                && !TokenKinds.has(kinds, TokenKind.PLUS)) {
            return LineOrder.review(ReviewReason.CONFLICTING_NUMBERS); // 2袋 共3袋: which is it?
        }
        return read;
    }

    /**
     * {@code 1盒 帮隔壁王阿姨也带1盒 共2盒}: shares that would ask are settled when the line's own total is their sum.
     */
    private java.util.Optional<LineOrder> sharesAddingUpTo(BigDecimal total, List<Token> tokens, int kinds) {
        if (catalog.singleProduct()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Token t : tokens) {
                if (t.is(TokenKind.NUMBER)) {
                    sum = sum.add(t.value());
                }
            }
            return sum.compareTo(total) == 0
                    ? java.util.Optional.of(ofTheOnlyProduct(total))
                    : java.util.Optional.empty();
        }
        LineOrder summed = plain(tokens, kinds, tokens);
        return summed.review() ? java.util.Optional.empty() : java.util.Optional.of(summed);
    }

    /** {@code 我和}, {@code 我家、}, {@code 帮}: the writer (or their household) and whoever follows, or a share for them. */
    private static final String WRITER_WITH = "(我们家和|我们家跟|我们家、|我家和|我家跟|我家、|俺家和|俺家、|咱家和|咱家、|我和|我跟|我同|我、|俺和|俺跟|俺、|给|帮|替)";

    /** {@code 我和我妈一人}: the writer and who is named with them, then "each", ending the word. */
    private static final java.util.regex.Pattern WITH_OTHERS =
            java.util.regex.Pattern.compile(WRITER_WITH + "([^,，。]{1,16}?)(一人|各|每人|每家)(?:带|订|要|买|拿|来)?$");

    /** {@code 我爸妈家、我公婆家每家}: households named one after another, then "each household". */
    private static final java.util.regex.Pattern HOUSEHOLDS =
            java.util.regex.Pattern.compile("(?:^|[,，。 ])([^、和跟,，。 ]{1,8}家)((?:[、和跟][^、和跟,，。 ]{1,8}家)+)(?:每家|各)$");

    /** {@code 我和我妈} before 各 read apart ({@code 各一盒}): the writer and who is named with them. */
    private static final java.util.regex.Pattern WITH_OTHERS_BEFORE_EACH =
            java.util.regex.Pattern.compile(WRITER_WITH + "([^,，。]{1,12})$");

    private static final java.util.Set<String> NEIGHBOURS_BY_PLACE =
            java.util.Set.of("楼上", "楼下", "隔壁", "对门", "对面", "邻居");

    /**
     * {@code 我和我妈一人一盒}, {@code 我和旁边工位各一份}, {@code 2盒 我和我妈一人一盒}: the writer and the people named
     * with them, that many each, in a deal of one product (or of the one product the line names); {@code null} when the
     * line says otherwise or another count on it disagrees.
     */
    private LineOrder perHead(List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            String names = t.is(TokenKind.TEXT) || Leftovers.isRoom(t) ? namesUpTo(tokens, k) : "";
            int household = t.is(TokenKind.TEXT) ? householdBefore(tokens, k) : 0;
            if (household > 0 && tokens.get(k + 1).is(TokenKind.NUMBER)) {
                boolean countedBefore = k >= 1
                        && tokens.get(k - 1).is(TokenKind.NUMBER)
                        && tokens.get(k - 1).text().endsWith("个")
                        && tokens.get(k - 1).gluedTo(t);
                // 一家四口 每人两提, 俩娃一人一提, 两个孩子每人两包 (两个 counts the people)
                return eachOf(tokens, k + 1, household, countedBefore ? k - 1 : -1);
            }
            if (household == 0
                    && t.is(TokenKind.TEXT)
                    && k + 2 < tokens.size()
                    && tokens.get(k + 1).is(TokenKind.EACH)
                    && tokens.get(k + 2).is(TokenKind.NUMBER)) {
                int counted = countedPeople(t.text() + "各");
                if (counted > 0) {
                    return eachOf(tokens, k + 2, counted); // 我们家三口各一
                }
            }
            java.util.regex.Matcher households = names.indexOf('家') >= 0 ? HOUSEHOLDS.matcher(names) : null;
            if (households != null && households.find()) {
                LineOrder each = eachOfAnyKind(tokens, k + 1, 1 + partsOf(households.group(2)));
                if (each != null) {
                    return each; // 我爸妈家、我公婆家每家一张, 每家糕点1 牛奶1
                }
            }
            boolean named = names.indexOf('我') >= 0
                    || names.indexOf('俺') >= 0
                    || names.indexOf('给') >= 0
                    || names.indexOf('帮') >= 0
                    || names.indexOf('替') >= 0; // a quick look before the patterns
            java.util.regex.Matcher m = named ? WITH_OTHERS.matcher(names) : null;
            int at = m != null && m.find() ? k + 1 : -1;
            if (at < 0 && m != null && tokens.get(k + 1).is(TokenKind.EACH)) {
                m = WITH_OTHERS_BEFORE_EACH.matcher(names);
                at = m.find() ? k + 2 : -1;
            }
            if (at >= 0
                    && at + 1 < tokens.size()
                    && tokens.get(at).is(TokenKind.TEXT)
                    && "订要买来拿带".contains(tokens.get(at).text())) {
                at++; // 给俺爷俺奶各订一箱
            }
            boolean wholeOrder = at >= 0 && at < tokens.size() && tokens.get(at).is(TokenKind.PRODUCT);
            if (at < 0 || at >= tokens.size() || !tokens.get(at).is(TokenKind.NUMBER) && !wholeOrder) {
                continue;
            }
            boolean writerToo = m.group(1).startsWith("我")
                    || m.group(1).startsWith("俺")
                    || m.group(1).startsWith("咱");
            if (!writerToo && othersNamed(m.group(2)) < 2) {
                continue; // 帮隔壁各…: one person's share, no count per head
            }
            boolean householdEach = m.group(1).contains("家") || m.groupCount() >= 3 && "每家".equals(m.group(3));
            boolean neighbour = NEIGHBOURS_BY_PLACE.contains(m.group(2));
            if (neighbour && !householdEach) {
                if (wholeOrder) {
                    continue;
                }
                return null; // 我和楼上各1: the line above or a neighbour's share, whose count the leader asks
            } // 我家和隔壁各两个, 我和对门每家一袋: two households, that many each
            int people =
                    (writerToo ? 1 : 0) + (householdEach && !neighbour ? partsOf(m.group(2)) : othersNamed(m.group(2)));
            if (wholeOrder) {
                LineOrder each = eachOfAnyKind(tokens, at, people);
                if (each != null) {
                    return each; // 我和我姐每人A1 B1
                }
                continue;
            }
            return eachOf(tokens, at, people);
        }
        return null;
    }

    /** {@code 我爸妈家、我公婆家}: how many are named, one after another. */
    private static int partsOf(String named) {
        return (int) java.util.Arrays.stream(named.split("[、和跟]"))
                .filter(part -> !part.isEmpty())
                .count();
    }

    /**
     * That many each for {@code people}: a count of the one product ({@link #eachOf}), or the whole order written
     * after the "each" word ({@code 我和我姐每人A1 B1}), which nothing before it may add to.
     */
    private LineOrder eachOfAnyKind(List<Token> tokens, int at, int people) {
        if (at >= tokens.size() || people < 2) {
            return null;
        }
        if (tokens.get(at).is(TokenKind.NUMBER)) {
            return eachOf(tokens, at, people);
        }
        if (!tokens.get(at).is(TokenKind.PRODUCT)) {
            return null;
        }
        for (int j = 0; j < at; j++) {
            if (tokens.get(j).is(TokenKind.NUMBER) || tokens.get(j).is(TokenKind.PRODUCT)) {
                return null;
            }
        }
        LineOrder one = read(tokens.subList(at, tokens.size()), null);
        if (one == null || one.review() || one.cancelled() || one.items().isEmpty()) {
            return null;
        }
        List<OrderItem> all = new ArrayList<>();
        for (OrderItem item : one.items()) {
            all.add(new OrderItem(item.sku(), item.qty().multiply(BigDecimal.valueOf(people))));
        }
        return LineOrder.of(all);
    }

    /** {@code 一家四口}, {@code 我们家三口}, {@code 俩娃}, {@code 我和俩孩子}: people counted by number, then "each". */
    private static final java.util.regex.Pattern COUNTED_PEOPLE = java.util.regex.Pattern.compile(
            "^(?:一家|我们家|我家|全家|家里|咱家|俺家|我们全家|咱们全家|我们一家|咱们一家|阿拉一家|阿拉屋里|阿拉)?([两二三四五六七八九十俩仨]|\\d{1,2})口人?(?:一人|每人|各)?$"
                    + "|^(?:帮|给|替)?[\\u4e00-\\u9fa5]{0,6}?"
                    + "([两二三四五六七八九十俩仨]|\\d{1,2})个人(?:一人|每人|各)$"
                    + "|^(我和|我跟|俺和|(?:我|俺|咱)家|俺|我|咱)?(俩|两个|仨|三个|四个)(娃|孩子|闺女|儿子|女儿|老人|宝宝|同事|朋友|同学|闺蜜|邻居)(?:一人|每人|各)$"
                    + "|^(?:我们|咱们|俺们)(俩|仨|两个|三个|四个)(?:一人|每人|各)$"
                    + "|^(?:我们|咱们|俺们|我家|俺家|咱家|俺|我|咱)?(?:老)?(两)口子?(?:一人|每人|各)$"
                    + "|^(?:我家|俺家|咱家)?(双)胞胎(?:一人|每人|各)$"
                    + "|^(?:我们|咱们|俺们|我们楼|楼里|(?:我|俺)(?:和|跟|同)[^,，。]{1,6}?)?([两二三四五六七八九十俩仨]|\\d)(?:家|户)(?:一起|人家)?"
                    + "(?:每家|各)$"
                    + "|^(?:我|俺|咱)家(?:和|跟|同)([^,，。]{1,6}家)(?:每家|各)$"
                    + "|^(?:我们|咱们|俺们|我家|俺家|咱家)?(?:兄弟|姐妹|兄妹|姐弟|姊妹|哥俩|姐俩|娘俩|母女|父子|母子)"
                    + "(俩|仨|两个|三个|四个|五个)(?:一人|每人|各)$"
                    + "|^(?:我们|咱们|俺们|我家|俺家|咱家)?([两二三四五])(?:兄弟|姐妹|兄妹|姐弟|姊妹)(?:一人|每人|各)$"
                    + "|^([^,，。]{1,6}家)(?:和|跟|同)(?:我|俺|咱)家(?:每家|各)$"
                    + "|^(?:帮|给|替)?(?:我|俺)?(爸妈|父母|公婆|爷爷奶奶|外公外婆|姥姥姥爷|岳父母|二老|两老)(?:一人|每人|各)$");

    /**
     * How many people the words ending at token {@code k} count before "each" ({@code 我们家四口一人}, or
     * {@code 一家四口} then {@code 每人} apart); 0 when they count nobody.
     */
    private static int householdBefore(List<Token> tokens, int k) {
        String words = tokens.get(k).text();
        if (PER_HOUSEHOLD.contains(words) && k >= 1) {
            int before = Token.nonSpaceUpTo(tokens, k - 1);
            return before >= 0 && tokens.get(before).is(TokenKind.TEXT)
                    ? countedPeople(tokens.get(before).text() + "每家") // 我和我哥两家 每家两袋, 两家 一家两斤
                    : 0;
        }
        if (words.length() > 2
                && (words.endsWith("每人") || words.endsWith("一人"))
                && k >= 1
                && tokens.get(k - 1).is(TokenKind.NUMBER)
                && tokens.get(k - 1).text().endsWith("个")
                && tokens.get(k - 1).gluedTo(tokens.get(k))) {
            String counted = tokens.get(k - 1).text() + words; // 两个娃一人: the people counted before "each"
            Token before = k >= 2 && tokens.get(k - 2).gluedTo(tokens.get(k - 1)) ? tokens.get(k - 2) : null;
            return countedPeople(before != null && before.is(TokenKind.TEXT) ? before.text() + counted : counted);
        }
        if ((words.equals("每人") || words.equals("一人")) && k >= 1) {
            int before = Token.nonSpaceUpTo(tokens, k - 1);
            boolean people = before >= 0
                    && (tokens.get(before).is(TokenKind.SKIP) // 我们三个人每人
                            || weWhoCount(tokens, before)); // 我们三个每人
            words = before >= 0 && (tokens.get(before).is(TokenKind.TEXT) || people)
                    ? tokens.get(before).text() + words
                    : words;
            if (people && before > 0 && tokens.get(before - 1).is(TokenKind.TEXT)) {
                words = tokens.get(before - 1).text() + words;
            }
        }
        return countedPeople(words);
    }

    /** {@code 我们三个}: "we" glued to a count of 个 — how many people, not how many of the product. */
    private static boolean weWhoCount(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return k > 0
                && t.is(TokenKind.NUMBER)
                && t.text().endsWith("个")
                && tokens.get(k - 1).gluedTo(t)
                && (WE.contains(tokens.get(k - 1).text())
                        || siblingsOfUs(tokens.get(k - 1).text()));
    }

    /** {@code 我们兄弟}, {@code 我们姐妹}, {@code 姐妹}: the writer and their brothers or sisters. */
    private static boolean siblingsOfUs(String text) {
        String rest = text;
        for (String we : WE) {
            rest = rest.startsWith(we) ? rest.substring(we.length()) : rest;
        }
        return rest.length() == 2 && SIBLINGS.occursIn(rest);
    }

    private static final java.util.Set<String> WE = java.util.Set.of("我们", "咱们", "俺们");

    /** Two elders named together ({@code 爸妈}, {@code 公婆}, {@code 二老}). */
    private static final WordTable PARENTS =
            new WordTable(List.of("爸妈", "父母", "公婆", "爷爷奶奶", "外公外婆", "姥姥姥爷", "岳父母", "二老", "两老"));

    /** Brothers and sisters counted together ({@code 三姐妹}, {@code 兄弟俩}). */
    private static final WordTable SIBLINGS = new WordTable(List.of("兄弟", "姐妹", "兄妹", "姐弟", "姊妹"));

    /** "Each household", written apart from the households counted before it. */
    private static final java.util.Set<String> PER_HOUSEHOLD = java.util.Set.of("每家", "一家", "每户", "一户", "各家");

    /** How many people {@code words} count before "each" ({@code 我们家四口一人}, {@code 俩娃各}); 0 for none. */
    private static int countedPeople(String words) {
        if (words.indexOf('口') < 0
                && words.indexOf('俩') < 0
                && words.indexOf('仨') < 0
                && words.indexOf('个') < 0
                && words.indexOf('胞') < 0
                && words.indexOf('家') < 0
                && words.indexOf('户') < 0
                && !SIBLINGS.occursIn(words)
                && !PARENTS.occursIn(words)) {
            return 0; // a quick look before the pattern
        }
        java.util.regex.Matcher m = COUNTED_PEOPLE.matcher(words);
        if (!m.find()
                || !(words.endsWith("一人") || words.endsWith("每人") || words.endsWith("各") || words.endsWith("每家"))) {
            return 0;
        }
        if (m.group(1) != null) {
            return countOf(m.group(1));
        }
        if (m.group(2) != null) {
            return countOf(m.group(2)); // 我们三个人每人两袋, 帮部门5个人每人一袋
        }
        if (m.group(6) != null) {
            return countOf(m.group(6).substring(0, 1)); // 我们仨一人十串
        }
        if (m.group(9) != null) {
            return countOf(m.group(9)); // 我们三家每家一袋, 我们楼三户每户两斤: households, each the count
        }
        if (m.group(10) != null || m.group(13) != null || m.group(14) != null) {
            return 2; // 我家和我丈人家 每家一袋, 爸妈家和我家每家一箱
        }
        if (m.group(11) != null) {
            return countOf(m.group(11).substring(0, 1)); // 我们兄弟三个一人一袋, 兄妹俩每人一件
        }
        if (m.group(12) != null) {
            return countOf(m.group(12)); // 三姐妹一人一瓶
        }
        if (m.group(7) != null || m.group(8) != null) {
            return 2; // 我们两口子一人一袋, 老两口一人一瓶, 我家双胞胎一人一份
        }
        return countOf(m.group(4).substring(0, 1))
                + (m.group(3) != null && m.group(3).endsWith("和") ? 1 : 0);
    }

    /** {@code 四}, {@code 俩}, {@code 4}: a small count of people. */
    private static int countOf(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        ChineseNumerals.Reading r = ChineseNumerals.read(numeral, 0);
        return r == null ? 0 : r.value();
    }

    /** Words of a line that edits its order ({@code 改}, {@code →}, {@code 不要}): no plain list of sizes. */
    private static final java.util.regex.Pattern EDITING = java.util.regex.Pattern.compile("[改换变→加减退删]|->|不要|取消");

    /**
     * {@code 59码 1件 66码 1件 73码 1件}, {@code 66码的一件 73码的一件}: in a deal of one product, every count right after
     * a size of its own counts that size, and the sizes add up. {@code null} when a count has no size of its own.
     */
    private LineOrder bySize(List<Token> tokens) {
        if (!catalog.singleProduct()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int counts = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.CHANGE)
                    || t.is(TokenKind.CANCEL)
                    || t.is(TokenKind.PLUS)
                    || EDITING.matcher(t.text()).find()) {
                return null; // 29码 1双 →改30码 2双: the line changes its order
            }
            if (!t.is(TokenKind.NUMBER)) {
                continue;
            }
            int before = k - 1;
            while (before >= 0
                    && (tokens.get(before).is(TokenKind.SPACE)
                            || tokens.get(before).is(TokenKind.TIMES)
                            || tokens.get(before).text().equals("的"))) {
                before--;
            }
            boolean sized = before >= 0
                    && tokens.get(before).is(TokenKind.SKIP)
                    && tokens.get(before).text().endsWith("码");
            if (!sized || t.value() == null || t.value().signum() <= 0) {
                return null;
            }
            String unit = t.unit();
            if (!inTheOnlyProductsUnit(unit)) {
                return null;
            }
            sum = sum.add(t.value());
            counts++;
        }
        return counts < 2 ? null : ofTheOnlyProduct(sum);
    }

    /**
     * {@code 4斤 两个闺女一人两斤}, {@code 2盒 AA 跟邻居一人一盒}, {@code 4箱 分给4个同事 各1箱}: the line's own count first,
     * then how it is shared out — a smaller count "each" that goes into it evenly. The share is inside the count, which
     * stands. {@code null} when the line is not so (another count between that does not make it up, several products).
     */
    private LineOrder sharedOut(List<Token> tokens) {
        int own = -1;
        int each = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.NUMBER)) {
                continue;
            }
            if (own < 0) {
                own = k;
            } else if (each < 0
                    && k > 0
                    && isEachBefore(tokens.get(k - 1))
                    && tokens.get(k - 1).gluedTo(t)) {
                each = k;
            } else if (each >= 0) {
                return null;
            }
        }
        if (own < 0 || each < 0 || tokens.get(own).unit() == null) {
            return null;
        }
        BigDecimal total = tokens.get(own).value();
        BigDecimal share = tokens.get(each).value();
        String unit = tokens.get(each).unit();
        boolean sameUnit = unit == null || unit.equals(tokens.get(own).unit());
        if (total == null
                || share == null
                || !sameUnit
                || share.compareTo(total) >= 0
                || share.signum() <= 0
                || total.remainder(share).signum() != 0) {
            return null;
        }
        BigDecimal parts = total.divide(share);
        java.util.regex.Matcher counted = WITH_OTHERS.matcher(namesUpTo(tokens, each - 1));
        if (counted.find()
                && (counted.group(1).startsWith("我") || counted.group(1).startsWith("俺"))) {
            return null; // 3盒 我和李姐一人一盒: the people are counted, and the counts disagree
        }
        for (int k = own + 1; k < each; k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.NUMBER) && (t.value() == null || t.value().compareTo(parts) != 0)) {
                return null; // 4箱 分给4个同事 各1箱: four people, one each
            }
        }
        CatalogItem product = theOneProduct(tokens);
        return product != null && fits(product, total, tokens.get(own).unit())
                ? LineOrder.of(List.of(new OrderItem(product.sku(), total)))
                : null;
    }

    /** {@code 一人}, {@code 每人}, {@code 各}: "each", right before a count. */
    private static boolean isEachBefore(Token t) {
        return t.is(TokenKind.EACH)
                || t.is(TokenKind.TEXT) && (t.text().endsWith("一人") || t.text().endsWith("每人"));
    }

    /** {@code people} times the count at token {@code at}, of the line's one product; null when it does not add up. */
    private LineOrder eachOf(List<Token> tokens, int at, int people) {
        return eachOf(tokens, at, people, -1);
    }

    /** As {@link #eachOf(List, int, int)}, the number at {@code peopleAt} (-1 for none) counting the people. */
    private LineOrder eachOf(List<Token> tokens, int at, int people, int peopleAt) {
        Token each = tokens.get(at);
        CatalogItem product = theOneProduct(tokens);
        if (product == null && each.value() != null && people > 1) {
            return eachOfOneAmongOthers(tokens, at, people);
        }
        if (product == null || each.value() == null || people < 1) {
            return null;
        }
        BigDecimal qty = each.value().multiply(BigDecimal.valueOf(people));
        for (int j = 0; j < tokens.size(); j++) {
            Token other = tokens.get(j);
            if (j != at
                    && j != peopleAt
                    && other.is(TokenKind.NUMBER)
                    && other.value() != null
                    && other.value().compareTo(qty) != 0) {
                return null; // 3盒 我和我妈一人一盒: which is it?
            }
        }
        return fits(product, qty, each.unit()) ? LineOrder.of(List.of(new OrderItem(product.sku(), qty))) : null;
    }

    /** Whether {@code qty} written in {@code unit} can be an order of {@code product} ({@link QuantityAssembler#checkUnit}). */
    private static boolean fits(CatalogItem product, BigDecimal qty, String unit) {
        Assembly check = new Assembly();
        QuantityAssembler.checkUnit(check, product, qty, unit);
        return check.problem == null;
    }

    /**
     * {@code 大米一袋 我和老伴每人一桶油}, {@code 鲜奶1 酸奶4 我和我姐每人一袋奶酪棒}: in a line of several products, the
     * count per head glued to the product it is of; the rest of the line, apart from the people, orders the others.
     * {@code null} when the product per head is ordered elsewhere on the line too, or the rest is no clear order.
     */
    private LineOrder eachOfOneAmongOthers(List<Token> tokens, int at, int people) {
        if (at + 1 >= tokens.size()) {
            return null;
        }
        Token each = tokens.get(at);
        Token named = tokens.get(at + 1);
        if (!named.is(TokenKind.PRODUCT) || named.products().size() != 1 || !each.gluedTo(named)) {
            return null;
        }
        CatalogItem product = named.products().get(0);
        int from = at;
        while (from > 0
                        && !tokens.get(from - 1).is(TokenKind.SPACE)
                        && !tokens.get(from - 1).is(TokenKind.PUNCT)
                || from > 1 && tokens.get(from - 1).isChar('、')) {
            from--;
        }
        List<Token> rest = new ArrayList<>(tokens.subList(0, from));
        rest.addAll(tokens.subList(at + 2, tokens.size()));
        LineOrder others = read(rest, null);
        BigDecimal qty = each.value().multiply(BigDecimal.valueOf(people));
        if (others.review()
                || others.cancelled()
                || others.items().isEmpty()
                || !fits(product, qty, each.unit())
                || others.items().stream().anyMatch(i -> i.sku().equals(product.sku()))) {
            return null;
        }
        List<OrderItem> all = new ArrayList<>(others.items());
        all.add(new OrderItem(product.sku(), qty));
        return LineOrder.of(all);
    }

    /** The words up to {@code k} with the 、 between them ({@code 我和老婆、儿子一人}), as one text. */
    private static String namesUpTo(List<Token> tokens, int k) {
        String withRooms = namesWithRooms(tokens, k);
        if (withRooms != null) {
            return withRooms;
        }
        String each = tokens.get(k).text();
        if ((each.equals("一人") || each.equals("每人"))
                && k >= 2
                && tokens.get(k - 1).is(TokenKind.SPACE)) {
            int before = Token.nonSpaceUpTo(tokens, k - 1);
            if (before >= 0 && tokens.get(before).is(TokenKind.TEXT)) {
                return tokens.get(before).text() + each; // 我和我老公 一人一箱: the people, then "each" apart
            }
        }
        if (k < 2 || !tokens.get(k - 1).isChar('、')) {
            return each;
        }
        StringBuilder text = new StringBuilder(tokens.get(k).text());
        for (int j = k - 1;
                j >= 1 && tokens.get(j).isChar('、') && tokens.get(j - 1).is(TokenKind.TEXT);
                j -= 2) {
            text.insert(0, tokens.get(j - 1).text() + "、");
        }
        return text.toString();
    }

    /**
     * {@code 我和1201、1202、1203每家}, {@code 帮楼下202和102}: the people named by their flats' numbers, the words and
     * numbers written together up to {@code k}; {@code null} when no flat is named.
     */
    private static String namesWithRooms(List<Token> tokens, int k) {
        boolean room = false;
        int first = k;
        for (int j = k; j >= 0; j--) {
            Token t = tokens.get(j);
            boolean flat = Leftovers.isRoom(t);
            if (!(t.is(TokenKind.TEXT) || flat || t.isChar('、')) || j < k && !t.gluedTo(tokens.get(j + 1))) {
                break;
            }
            room |= flat;
            first = j;
        }
        if (!room) {
            return null; // the common case, read on every word of every line: nothing built
        }
        StringBuilder text = new StringBuilder();
        for (int j = first; j <= k; j++) {
            text.append(tokens.get(j).text());
        }
        return text.toString();
    }

    /** Words for family and friends, the longest first, each one person ({@code 爸妈} is two, {@code 婆婆} one). */
    private static final List<String> RELATIVES = java.util.stream.Stream.of(
                    "爸爸", "妈妈", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "婆婆", "公公", "叔叔", "舅舅",
                    "姑姑", "老公", "老婆", "儿子", "女儿", "闺女", "孩子", "老伴", "媳妇", "女婿", "孙子", "孙女", "同事", "朋友", "闺蜜", "姨妈",
                    "姑妈", "舅妈", "阿姨", "伯母", "婶婶", "嫂子", "爸", "妈", "哥", "姐", "弟", "妹", "娃", "舅", "姨", "叔", "伯", "姑", "爷",
                    "奶")
            .sorted((a, b) -> b.length() - a.length())
            .toList();

    /**
     * How many people are named with the writer: {@code 我妈} and {@code 孩子她姑} one, {@code 我爸我妈} and {@code 儿子女儿}
     * two, {@code 老公、儿子和女儿} three: each name apart, and in each the words for family after whose they are.
     */
    private static int othersNamed(String named) {
        int people = 0;
        for (String one : named.split("[、和跟]")) {
            int whose = Math.max(Math.max(one.lastIndexOf('她'), one.lastIndexOf('他')), one.lastIndexOf('的'));
            String who = one.substring(whose + 1); // 孩子她姑: one person, the child's aunt
            int relatives = 0;
            for (int i = 0; i < who.length(); ) {
                int at = i;
                String word = RELATIVES.stream()
                        .filter(r -> who.startsWith(r, at))
                        .findFirst()
                        .orElse(null);
                relatives += word == null ? 0 : 1;
                i += word == null ? 1 : word.length();
            }
            people += Math.max(1, relatives);
        }
        return people;
    }

    /** The deal's only product, or the one product the line names; {@code null} otherwise. */
    private CatalogItem theOneProduct(List<Token> tokens) {
        CatalogItem found = catalog.singleProduct() ? catalog.catalog().get(0) : null;
        for (Token t : tokens) {
            if (t.is(TokenKind.PRODUCT)) {
                boolean another =
                        found != null && !found.sku().equals(t.products().get(0).sku());
                if (t.products().size() != 1 || another) {
                    return null; // two products named: whose count is it?
                }
                found = t.products().get(0);
            }
        }
        return found;
    }

    /** The total the line writes ({@code 共3袋}), or {@code null}; two totals that differ count as none. */
    private BigDecimal totalOf(List<Token> tokens) {
        BigDecimal total = null;
        for (Token t : tokens) {
            BigDecimal found = Totals.of(t, catalog.units());
            if (found != null) {
                if (total != null && total.compareTo(found) != 0) {
                    return null;
                }
                total = found;
            }
        }
        return total;
    }

    private static BigDecimal sum(List<OrderItem> items) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderItem item : items) {
            sum = sum.add(item.qty());
        }
        return sum;
    }

    LineOrder resolveBare(Assembly a) {
        return resolveBare(a, List.of());
    }

    private LineOrder resolveBare(Assembly a, List<Token> tokens) {
        if (!a.bareNumbers.isEmpty()) {
            if (!catalog.singleProduct()) {
                return LineOrder.review(
                        Leftovers.hasUnknownWord(tokens)
                                ? ReviewReason.UNKNOWN_PRODUCT
                                : ReviewReason.UNCLEAR_QUANTITY);
            }
            if (a.bareNumbers.size() > 1 || !a.items.isEmpty()) {
                return LineOrder.review(ReviewReason.CONFLICTING_NUMBERS);
            }
            CatalogItem only = catalog.catalog().get(0);
            BigDecimal qty = a.bareNumbers.get(0);
            Assembly check = new Assembly();
            QuantityAssembler.checkUnit(check, only, qty, a.bareWithUnit ? only.unit() : null);
            if (check.problem != null) {
                return LineOrder.review(check.problem);
            }
            a.add(only, qty);
        }
        return LineOrder.of(toItems(a.items));
    }

    private LineOrder partialCancel(List<Token> tokens, CancelDetector.Cancel cancel) {
        List<Token> kept = new ArrayList<>();
        Token dropped = null;
        for (Token t : tokens) {
            boolean cancelledProduct = t.is(TokenKind.PRODUCT)
                    && t.products().stream().anyMatch(p -> cancel.skus().contains(p.sku()));
            boolean itsCount =
                    dropped != null && dropped.gluedTo(t) && (t.is(TokenKind.NUMBER) || t.is(TokenKind.TIMES));
            if (!t.is(TokenKind.CANCEL) && !cancelledProduct && !itsCount) {
                kept.add(t);
            }
            dropped = cancelledProduct || itsCount ? t : null; // B1 … 取消B: the count of B goes with it
        }
        LineOrder changed = TokenKinds.has(TokenKinds.of(kept, 0), TokenKind.CHANGE) ? changes.read(kept) : null;
        if (changed != null && !changed.review()) {
            return changed; // 3号1箱 2号1箱 改成3号2箱 2号不要了: the change to what stays, not a sum of both counts
        }
        Assembly a = assembler.assemble(kept, 0, kept.size());
        cancel.skus().forEach(a.items::remove);
        if (a.problem != null) {
            return LineOrder.review(a.problem);
        }
        if (a.items.isEmpty() && a.bareNumbers.isEmpty()) {
            EarlierOrder rest = EarlierOrder.without(cancel.skus());
            return restStays(tokens)
                    ? LineOrder.againstEarlier(ReviewReason.UNCLEAR_QUANTITY, rest)
                    : LineOrder.cancelUnlessEarlier(rest);
        }
        LineOrder order = resolveBare(a);
        if (order.review() || TokenKinds.has(TokenKinds.of(kept, 0), TokenKind.NUMBER)) {
            return order;
        }
        // 双拼不要了 汤还要: the soup the neighbour ordered above, in the quantity ordered there
        java.util.Set<String> skus = new java.util.HashSet<>();
        order.items().forEach(i -> skus.add(i.sku()));
        return new LineOrder(order.items(), false, false, null, EarlierOrder.keeping(skus));
    }

    /** {@code 其他不变}, {@code 其余照旧}: what the line does not drop stays as the neighbour ordered it. */
    private static final WordTable REST_STAYS = new WordTable(java.util.List.of("不变", "照旧", "照常", "不动", "还是一样", "一样"));

    private static boolean restStays(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.TEXT) && t.containsWordOf(REST_STAYS)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 草莓（2盒）}: the only quantity is in a bracket, which usually holds remarks. */
    private boolean quantityOnlyInBrackets(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.REMARK) && isBareQuantity(tokenizer.tokenize(t.content()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBareQuantity(List<Token> inner) {
        boolean number = false;
        for (Token t : inner) {
            if (t.is(TokenKind.NUMBER)) {
                number = true;
            } else if (!t.isSeparator() && !t.is(TokenKind.PRODUCT) && !t.is(TokenKind.TIMES)) {
                return false;
            }
        }
        return number;
    }

    /**
     * {@code 取消一箱}, {@code 取消 1份}: a count right after the cancel may mean one less rather than none, which only
     * someone who knows the earlier order can tell.
     */
    private static boolean countRightAfterCancel(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.CANCEL)) {
                if (t.text().startsWith("全部") || t.text().startsWith("都")) {
                    return false;
                }
                Token next = Token.afterSpaces(tokens, k + 1);
                return next != null && next.is(TokenKind.NUMBER) && next.unit() != null;
            }
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT)) {
                return false;
            }
        }
        return false;
    }

    /** {@code 2盒 取消一盒}: the resident may mean one box less, not none. */
    private static boolean quantitiesAroundCancel(List<Token> tokens) {
        boolean before = false;
        boolean cancelSeen = false;
        for (Token t : tokens) {
            if (t.is(TokenKind.CANCEL)) {
                cancelSeen = true;
            } else if (t.is(TokenKind.NUMBER)) {
                if (cancelSeen && before) {
                    return true;
                }
                before |= !cancelSeen;
            }
        }
        return false;
    }

    private LineOrder same(List<Token> tokens, List<OrderItem> previous) {
        int kinds = TokenKinds.of(tokens, 0);
        boolean numbers = TokenKinds.has(kinds, TokenKind.NUMBER) || TokenKinds.has(kinds, TokenKind.PRODUCT);
        if (numbers) {
            return LineOrder.review(ReviewReason.CONFLICTING_NUMBERS);
        }
        if (previous == null || previous.isEmpty()) {
            return LineOrder.review(ReviewReason.UNCLEAR_QUANTITY);
        }
        return LineOrder.of(previous);
    }

    /**
     * {@code ~~蛏子2斤~~ 1斤} in a deal of several products: a struck order of one product and, after it, only a count —
     * the tokens of that product at the new count; {@code null} otherwise.
     */
    private List<Token> struckProductThenCount(List<Token> order, List<Token> left) {
        if (catalog.singleProduct() || left.stream().anyMatch(t -> t.is(TokenKind.PRODUCT))) {
            return null;
        }
        List<Token> counts = left.stream().filter(t -> !t.isSeparator()).toList();
        if (counts.size() != 1
                || !counts.get(0).is(TokenKind.NUMBER)
                || counts.get(0).unit() == null) {
            return null;
        }
        CatalogItem product = null;
        for (Token t : order) {
            if (!t.is(TokenKind.STRIKE)) {
                continue;
            }
            for (Token s : EntryReader.anchors(tokenizer, catalog, t.content())) {
                if (s.is(TokenKind.PRODUCT)) {
                    if (s.products().size() != 1
                            || (product != null && !product.equals(s.products().get(0)))) {
                        return null;
                    }
                    product = s.products().get(0);
                }
            }
        }
        return product == null
                ? null
                : EntryReader.anchors(
                        tokenizer, catalog, product.name() + counts.get(0).text());
    }

    /**
     * The line without what is struck through; a product whose count is struck right after it, with no new
     * count after the strike, goes too ({@code 花生~~2~~ 黑芝麻2}: no more peanuts; {@code 核桃~~3~~ 6斤}: six).
     */
    private static List<Token> withoutStrikes(List<Token> all) {
        List<Token> out = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            Token t = all.get(k);
            if (!t.is(TokenKind.STRIKE)) {
                out.add(t);
            } else if (!out.isEmpty()
                    && out.get(out.size() - 1).is(TokenKind.PRODUCT)
                    && out.get(out.size() - 1).gluedTo(t)
                    && startsWithCount(t.content())
                    && !countAfter(all, k + 1)) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    /** {@code 核桃~~3~~ 6斤}: a new count right after the struck one (spaces apart), which replaces it. */
    private static boolean countAfter(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).is(TokenKind.SPACE)) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).is(TokenKind.NUMBER);
    }

    /** {@code 1号~~2袋~~}: the quantity struck through with nothing after it and no other count on the line. */
    private static boolean quantityStruckAtTheEnd(List<Token> order) {
        int last = order.size() - 1;
        while (last >= 0 && order.get(last).isSeparator()) {
            last--;
        }
        if (last < 0
                || !order.get(last).is(TokenKind.STRIKE)
                || !startsWithCount(order.get(last).content())) {
            return false;
        }
        for (int k = 0; k < last; k++) {
            if (order.get(k).is(TokenKind.NUMBER) || order.get(k).is(TokenKind.STRIKE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithCount(String struck) {
        String s = struck.strip();
        return !s.isEmpty() && (BuildingScanner.isDigit(s.charAt(0)) || ChineseNumerals.isNumeral(s.charAt(0)));
    }

    private static boolean hasContent(List<Token> tokens) {
        return tokens.stream()
                .anyMatch(t -> t.is(TokenKind.NUMBER)
                        || t.is(TokenKind.PRODUCT)
                        || t.is(TokenKind.SAME)
                        || t.is(TokenKind.CHANGE));
    }

    /** The counts of {@code items} by sku, in their order, to change and turn back with {@link #toItems}. */
    static Map<String, BigDecimal> countsOf(List<OrderItem> items) {
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        items.forEach(i -> counts.put(i.sku(), i.qty()));
        return counts;
    }

    /** The items as an immutable list, built once (later copies of it are free). */
    static List<OrderItem> toItems(Map<String, BigDecimal> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        OrderItem[] out = new OrderItem[items.size()];
        int k = 0;
        for (Map.Entry<String, BigDecimal> e : items.entrySet()) {
            out[k++] = new OrderItem(e.getKey(), e.getValue());
        }
        return out.length == 1 ? List.of(out[0]) : List.of(out);
    }
}
