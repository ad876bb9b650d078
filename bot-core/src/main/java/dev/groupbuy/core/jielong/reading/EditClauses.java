package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.List;

/** What the parts of a line that edits its own order say ({@link InLineEdits}): where an edit starts, what kind. */
final class EditClauses {

    private EditClauses() {}

    /** Change words that, with only a product after them, swap the product and keep the count. */
    private static final java.util.Set<String> SWAPS_TO = java.util.Set.of("换成", "改成", "改为", "改", "换");

    /**
     * {@code C 换 D}, {@code A2 换1份C}: 换 or 改 set apart after an order edits it; {@code 锡纸 2 卷 换成保鲜膜},
     * {@code 莲蓉2盒 口味改成奶黄}: so does a change word ({@link #SWAPS_TO}) with only another product after it, which then
     * takes the count (with a count of its own, {@code 美式1 改成燕麦拿铁1} replaces the order and is read as a change).
     */
    static boolean isSwapWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.is(TokenKind.CHANGE)) {
            return SWAPS_TO.contains(t.text())
                    && lastWord(tokens) == k + 1
                    && tokens.get(k + 1).is(TokenKind.PRODUCT)
                    && tokens.get(k + 1).products().size() == 1;
        }
        return t.is(TokenKind.TEXT) && (t.isChar('换') || t.isChar('改'));
    }

    /** {@code 算了}, {@code 还是}, {@code 那就}: never mind the order before, the one after stands. */
    static boolean isNeverMind(Token t) {
        if (t.is(TokenKind.CANCEL)) {
            return t.text().equals("算了"); // 大份3 算了2份吧
        }
        return t.is(TokenKind.TEXT) && NEVER_MIND.contains(t.text());
    }

    /**
     * The words of {@link #isNeverMind}: {@code 2箱 算了只要一箱}; {@code 算球} is 算了 in Sichuan and the north-west
     * ({@code 2斤 算球 要3斤}).
     */
    private static final java.util.Set<String> NEVER_MIND =
            java.util.Set.of("算了", "算了还是", "那就", "那就要", "算了只要", "算了就要", "算了还是要", "算球", "拉倒");

    /** {@code B2 减一}: 减 or 少 and a numeral written as one word after a space, at the end of the line. */
    static BigDecimal numeralReduction(List<Token> tokens, int k) {
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

    static boolean isOnly(Token t) {
        return t.is(TokenKind.TEXT) && ONLY.contains(t.text());
    }

    /** "Only", and what is left ({@code 2袋 取消1袋 剩1袋}): the order is what follows. */
    private static final java.util.Set<String> ONLY = java.util.Set.of("只要", "就要", "剩", "还剩", "剩下");

    /** {@code 牛腩1 → 牛腩换成滑鸡}: an arrow set apart by spaces after an order, before what changes in it. */
    static boolean isArrow(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String text = t.text();
        boolean arrow = text.startsWith("→") || text.startsWith("->") || text.startsWith("=>") || text.startsWith("➡");
        return t.is(TokenKind.CHANGE)
                && arrow
                && tokens.get(k - 1).is(TokenKind.SPACE)
                && k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.SPACE);
    }

    /** {@code 不要}, {@code 去掉}, or 不要 in a dialect ({@code 唔要}, {@code 莫要}, {@code 覅}) right before a product: struck. */
    static boolean isStrikeWord(Token t) {
        return (t.is(TokenKind.CANCEL) || t.is(TokenKind.TEXT)) && STRIKE_WORDS.contains(t.text());
    }

    private static final java.util.Set<String> STRIKE_WORDS = java.util.Set.of("不要", "去掉", "唔要", "莫要", "覅", "勿要", "别要");

    /** {@code 排骨饭1 滑鸡饭1 排骨不要了}: after a space, a product the order before already named. */
    static boolean namedBefore(List<Token> tokens, int k) {
        int at = k + 1;
        if (at + 1 < tokens.size()
                && isStrikeWord(tokens.get(at))
                && tokens.get(at).gluedTo(tokens.get(at + 1))) {
            at++; // 每样1份 不要E: the product struck after the word
        }
        if (at >= tokens.size() || !tokens.get(at).is(TokenKind.PRODUCT)) {
            return false;
        }
        List<CatalogItem> products = tokens.get(at).products();
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

    /**
     * {@code 百合1 向日葵1 → 向日葵×2}: after an arrow, only products already ordered get new counts; an arrow to
     * another product ({@code 花生油1桶 → 菜籽油1桶}) replaces the order and is read as a change.
     */
    static boolean onlyProductsOf(List<Token> clause, List<Token> base) {
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
    static boolean startsWithACount(List<Token> clause) {
        int first = firstWord(clause);
        return first + 1 < clause.size()
                && clause.get(first).is(TokenKind.PRODUCT)
                && (clause.get(first + 1).is(TokenKind.NUMBER)
                        || clause.get(first + 1).is(TokenKind.TIMES));
    }

    /** {@code F减1}, {@code 凤爪减一盒}: a product, 减 or 少, and a count — the product the count comes off. */
    static Token productReduction(List<Token> clause) {
        int first = productWordCount(clause, REDUCING);
        return first >= 0 && clause.get(first + 1).gluedTo(clause.get(first + 2)) ? clause.get(first) : null;
    }

    /**
     * Where a clause that is just one product, one of {@code words} and a count starts ({@code F减1},
     * {@code B还是1}), or -1.
     */
    static int productWordCount(List<Token> clause, java.util.Set<String> words) {
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

    static Token countAfter(List<Token> clause) {
        return clause.get(lastWord(clause));
    }

    /** Words that take a count off: {@code 减1}, {@code 少一份}, {@code 删1扎}, {@code 去掉2个}. */
    static final java.util.Set<String> REDUCING = java.util.Set.of("减", "少", "删", "去掉", "减去");

    /** {@code A改成2,B还是1}: another product and the count it stays at. */
    static OrderItem staysAt(List<Token> clause) {
        int first = productWordCount(clause, STAYING);
        return first < 0
                ? null
                : new OrderItem(
                        clause.get(first).products().get(0).sku(),
                        clause.get(first + 2).value());
    }

    /** Words that say a product stays at a count: {@code 还是1}, {@code 还要2}. */
    static final java.util.Set<String> STAYING = java.util.Set.of("还是", "还要", "不变", "就要");

    /** {@code 鲜肉改成2袋,再加蜜枣1}: one more product after the edit, with its count. */
    static boolean addsAnother(List<Token> clause) {
        int first = firstWord(clause);
        return first < clause.size()
                && clause.get(first).is(TokenKind.PLUS)
                && clause.get(first).length() > 1;
    }

    /** {@code → 改成b2}: after an arrow, a change word first replaces the whole order (read as a change). */
    static boolean startsWithAChange(List<Token> clause) {
        int first = firstWord(clause);
        return first < clause.size() && clause.get(first).is(TokenKind.CHANGE);
    }

    /** An edit names a product or code first and then cancels, changes or swaps it, or starts with a change. */
    static boolean startsAnEdit(List<Token> clause) {
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
    static boolean isReduction(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean cancelsSome = t.is(TokenKind.CANCEL) && t.text().equals("取消"); // 冰棒3盒 取消1盒
        if (!(cancelsSome || (t.is(TokenKind.TEXT) && REDUCING.contains(t.text()))) || k + 1 >= tokens.size()) {
            return false;
        }
        Token count = tokens.get(k + 1);
        Token before = tokens.get(k - 1);
        boolean apart = before.is(TokenKind.SPACE) || (before.is(TokenKind.NUMBER) && before.gluedTo(t));
        boolean ends = k + 2 >= tokens.size() || tokens.get(k + 2).is(TokenKind.SPACE);
        return apart && count.is(TokenKind.NUMBER) && t.gluedTo(count) && ends;
    }

    /** The part before the edit writes a count or a product of its own: {@code 减半斤} alone edits nothing here. */
    static boolean ordersSomething(List<Token> base) {
        for (Token t : base) {
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT)) {
                return true;
            }
        }
        return false;
    }

    /** The first token that is no space or punctuation ({@code tokens.size()} when there is none). */
    static int firstWord(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).isSeparator()) {
            k++;
        }
        return k;
    }

    static int lastWord(List<Token> tokens) {
        int k = tokens.size() - 1;
        while (k >= 0 && tokens.get(k).isSeparator()) {
            k--;
        }
        return k;
    }

    static int nextWord(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).isSeparator()) {
            k++;
        }
        return k;
    }

    /** Whether the clause's first word swaps ({@code 换}, {@code 换成}) rather than sets a count. */
    static boolean swaps(List<Token> clause) {
        int first = firstWord(clause);
        return first < clause.size() && clause.get(first).text().startsWith("换");
    }

    /** Words that strike a product named just before them: {@code 锡纸删}, {@code 葱油饼去掉}. */
    static final java.util.Set<String> STRIKING = java.util.Set.of("删", "删了", "去掉", "去掉了", "删掉");

    static boolean strikes(Token t) {
        return t.is(TokenKind.CANCEL) || (t.is(TokenKind.TEXT) && STRIKING.contains(t.text()));
    }
}
