package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.Keywords;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.jielong.tokens.SharesOnTop;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds cancels: a cancel word ({@code 取消}, {@code 不要了}, {@code 退了}), a bracket holding only a
 * cancel word ({@code （取消）}). A cancel word next to products cancels only those products ({@code
 * 蓝莓不要了，草莓还要1}); otherwise it cancels the whole line. {@code （不要太熟的）} is a remark.
 */
public final class CancelDetector {

    /** No cancel, a full cancel, or the skus a partial cancel removes. */
    record Cancel(boolean any, boolean full, Set<String> skus) {
        static final Cancel NONE = new Cancel(false, false, Set.of());
    }

    private CancelDetector() {}

    /**
     * {@code 2瓶 这条不算}, {@code 1箱（接重咗 唔计）}, {@code 重复了 忽略这条}: the line says it is a copy sent twice and
     * is to be ignored, whatever it orders — unless it says what counts instead ({@code 我报重了 只要一条}).
     */
    static boolean voidsItself(List<Token> tokens) {
        if (!Token.spanHoldsAny(tokens, "条重")) {
            return false; // a look at the characters before the pattern
        }
        StringBuilder line = new StringBuilder();
        tokens.forEach(t -> line.append(t.text()));
        String text = line.toString();
        return VOIDS_ITSELF.matcher(text).find()
                && !COUNTS_INSTEAD.matcher(text).find();
    }

    private static final java.util.regex.Pattern VOIDS_ITSELF =
            java.util.regex.Pattern.compile("这条(?:不算|作废|删掉|删了|删除|无效|不要了|忽略|唔计|唔算|不作数)|(?:忽略|删掉|删除|无视)这条"
                    + "|(?:接|发|报|复制|填|写)重(?:了|咗|啦|复)?|(?<!序号|号码|编号)重复(?:了|咗|啦)");

    private static final java.util.regex.Pattern COUNTS_INSTEAD = java.util.regex.Pattern.compile("为准|只要|改成|改为|重新|换成");

    /**
     * {@code 丈母娘那箱不要了}, {@code 去冰那杯不要了}, {@code 备用那件不要了}: the whole line drops one share of the earlier
     * order — someone else's, or the one made some way — not the writer's own ({@code 我那份不要了}) nor the line
     * above ({@code 上面那个取消}). How many stay the leader must say.
     */
    static boolean dropsOneShare(List<Token> tokens) {
        return whoseShareDropped(tokens) != null;
    }

    /**
     * Whose share {@link #dropsOneShare} drops, as written before {@code 那}: {@code 丈母娘}, {@code 去冰}; {@code null}
     * when the line drops none.
     */
    static String whoseShareDropped(List<Token> tokens) {
        if (!Token.spanHoldsAny(tokens, "那嗰")) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        for (Token t : tokens) {
            if (t.is(TokenKind.PRODUCT)
                    || (t.is(TokenKind.NUMBER) && t.value() != null && !t.text().startsWith("那"))) {
                return null; // 乌龙那2箱不要了, 3号那条取消: the product named, its own rule
            }
            line.append(t.text());
        }
        java.util.regex.Matcher m = ONE_SHARE_DROPPED.matcher(line.toString().strip());
        return m.matches() && !OWN_SHARE.contains(m.group(1)) ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern ONE_SHARE_DROPPED = java.util.regex.Pattern.compile(
            "([^\\s\\d]{1,6}?)的?(?:那|嗰)[一1]?[箱盒杯件个份袋瓶只条提桶包罐串](?:也|都)?(?:不要|唔要|取消|不用|覅)(?:了|喇|啦|咗)?" + "[了哈啊呀哦喔。!！~]*");

    /** Who else's share {@code X那份} cannot name: the writer's own, or the line above. */
    private static final Set<String> OWN_SHARE =
            Set.of("我", "俺", "我们", "阿拉", "我自己", "自己", "上面", "上边", "上头", "前面", "刚才", "之前", "那", "这");

    /** Words for "the rest", before a cancel: {@code 其他都不要了}, {@code 别的不要了}. */
    private static final List<String> THE_REST = List.of("其他的", "其它的", "其他", "其它", "其余", "别的", "剩下的", "剩下");

    /**
     * {@code 只要A 其他都不要了}, {@code 留蛋黄酥 别的不要了}: the products the line keeps while "the rest" is dropped, or
     * {@code null} when the line does not say so.
     */
    static Set<String> keptWhileTheRestIsDropped(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            if (!tokens.get(k).is(TokenKind.CANCEL)) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && tokens.get(j).is(TokenKind.SPACE)) {
                j--;
            }
            Token before = tokens.get(j);
            if (!before.is(TokenKind.TEXT) || THE_REST.stream().noneMatch(before.text()::endsWith)) {
                continue;
            }
            Set<String> kept = new HashSet<>();
            for (int i = 0; i < j; i++) {
                if (tokens.get(i).is(TokenKind.PRODUCT)) {
                    tokens.get(i).products().stream().map(CatalogItem::sku).forEach(kept::add);
                }
            }
            return kept.isEmpty() ? null : kept;
        }
        return null;
    }

    static Cancel detect(List<Token> tokens, int from) {
        Set<String> skus = null;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.REMARK) && (isCancelPhrase(t.content()) || holdsACancelClause(t.content()))) {
                return new Cancel(true, true, Set.of());
            }
            if (dropsTheProductAfter(tokens, k)) {
                skus = skus == null ? new HashSet<>() : skus;
                tokens.get(k + 1).products().stream().map(CatalogItem::sku).forEach(skus::add);
                continue;
            }
            if (dropsTheProductBefore(tokens, from, k)) {
                skus = skus == null ? new HashSet<>() : skus;
                tokens.get(k - 1).products().stream().map(CatalogItem::sku).forEach(skus::add);
                continue;
            }
            if (!t.is(TokenKind.CANCEL)
                    || leavesOutAnIngredient(tokens, from, k)
                    || leavesOutAnExtra(tokens, from, k)
                    || saidNotTo(tokens, k)
                    || writerLeftOut(tokens, from, k)) {
                continue;
            }
            Set<String> targets = targets(tokens, from, k);
            if (targets.isEmpty() || t.text().startsWith("全部") || (t.text().startsWith("都") && targets.size() < 2)) {
                return new Cancel(true, true, Set.of()); // 花生红豆都不要了: 都 sums up the products named, no more
            }
            skus = skus == null ? new HashSet<>() : skus;
            skus.addAll(targets);
        }
        return skus != null ? new Cancel(true, false, skus) : Cancel.NONE;
    }

    /** The writer, right before a cancel word: {@code 我不要}, {@code 我自己不要}. */
    private static final Set<String> THE_WRITER = Set.of("我", "我自己", "俺", "俺自己", "自己", "本人", "我本人");

    /**
     * {@code 爸妈各一袋 我不要}, {@code 帮8栋刘哥带两袋 我自己不要}: after an order for others, the writer says they want
     * none themselves — the order stands.
     */
    private static boolean writerLeftOut(List<Token> tokens, int from, int k) {
        if (k == 0
                || !tokens.get(k - 1).is(TokenKind.TEXT)
                || !THE_WRITER.contains(tokens.get(k - 1).text())) {
            return false;
        }
        boolean counted = false;
        boolean others = false;
        for (int j = from; j < k - 1; j++) {
            Token t = tokens.get(j);
            counted |= t.is(TokenKind.NUMBER) && t.value() != null && t.value().signum() > 0;
            others |= t.is(TokenKind.TEXT)
                    && (SharesOnTop.namesSomeone(t.text())
                            || t.text().startsWith("帮")
                            || t.text().startsWith("给")
                            || t.text().startsWith("替"));
        }
        return counted && others;
    }

    /** {@code 别取消我的哈}, {@code 不用取消}: the cancel word said not to happen. */
    private static boolean saidNotTo(List<Token> tokens, int k) {
        if (k == 0
                || !tokens.get(k - 1).is(TokenKind.TEXT)
                || !tokens.get(k - 1).gluedTo(tokens.get(k))) {
            return false;
        }
        String before = tokens.get(k - 1).text();
        return before.endsWith("别") || before.endsWith("不用") || before.endsWith("不要") || before.endsWith("莫");
    }

    /** A bare "no" in the dialects residents write: {@code 鱼鳞唔要}, {@code 葱伐要}, {@code 卡片不用}. */
    private static final Set<String> LEAVE_OUT =
            Set.of("不要", "唔要", "伐要", "覅", "覅要", "冇要", "勿要", "莫要", "甭要", "都不要", "不用", "免");

    /**
     * {@code 汤不要}, {@code 葱不要}: a bare {@code 不要} right after a word that names no product leaves something
     * out of the order (a remark); {@code 草莓不要}, {@code B不要了} drop a product.
     */
    private static boolean leavesOutAnIngredient(List<Token> tokens, int from, int k) {
        Token t = tokens.get(k);
        if (!LEAVE_OUT.contains(t.text()) || k <= from) {
            return false;
        }
        Token before = tokens.get(k - 1);
        boolean all = before.text().endsWith("全部")
                || before.text().endsWith("全")
                || before.text().endsWith("我")
                || before.text().endsWith("都")
                || before.text().endsWith("统统");
        return before.is(TokenKind.TEXT) && before.gluedTo(t) && ProductFragments.isHan(before.lastChar()) && !all;
    }

    private static final Set<String> NO_LONGER = Set.of("不要了", "不用了", "不需要了", "唔要了", "不要啦", "不用啦");

    /** Words that make the one before a cancel someone or all of the order, not a thing left out. */
    private static final String NOT_A_THING = "全都我你他她们说了算就也还是想先那这家人的吧哦噢啊呀哎唉嗯欸诶";

    /**
     * {@code 1束 卡片不用了}, {@code 29码一双 鞋盒不要了}, {@code 3箱 送的6小盒不要了}: after the order, a thing it comes with
     * that is not wanted — the card, the box, the free gift — and the order stands.
     */
    private static boolean leavesOutAnExtra(List<Token> tokens, int from, int k) {
        if (!NO_LONGER.contains(tokens.get(k).text()) || k - 1 <= from) {
            return false;
        }
        Token before = tokens.get(k - 1);
        String word = before.text();
        if (!before.is(TokenKind.TEXT)
                || !before.gluedTo(tokens.get(k))
                || word.length() < 2
                || word.length() > 4
                || !word.chars().allMatch(c -> ProductFragments.isHan((char) c))
                || NOT_A_THING.indexOf(word.charAt(word.length() - 1)) >= 0
                || NOT_A_THING.indexOf(word.charAt(0)) >= 0) {
            return false;
        }
        for (int j = from; j < k - 1; j++) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.NUMBER) && t.value() != null && t.value().signum() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 不要C了}, {@code 甭要B了,A来一盒}: "no more" glued before one product and 了 after it drops that product.
     */
    private static boolean dropsTheProductAfter(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k).is(TokenKind.TEXT)) {
            return false;
        }
        String w = tokens.get(k).text();
        Token product = tokens.get(k + 1);
        Token after = tokens.get(k + 2);
        boolean noMore =
                w.endsWith("不要") || w.endsWith("甭要") || w.endsWith("唔要") || w.endsWith("别要") || w.endsWith("冇要");
        return noMore
                && product.is(TokenKind.PRODUCT)
                && tokens.get(k).gluedTo(product)
                && product.gluedTo(after)
                && after.text().startsWith("了");
    }

    /**
     * {@code 玉米的不要了}: "the corn ones, no more" drops that product; {@code 辣的不要} (no product before) stays a
     * remark about the portion.
     */
    private static boolean dropsTheProductBefore(List<Token> tokens, int from, int k) {
        Token t = tokens.get(k);
        if (k <= from
                || !t.is(TokenKind.TEXT)
                || !(t.text().startsWith("的不要了")
                        || t.text().startsWith("的取消")
                        || t.text().equals("的不要"))) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return before.is(TokenKind.PRODUCT)
                && before.gluedTo(t)
                && before.products().size() == 1;
    }

    /** {@code （他出差了,取消,他老婆说的）}: a clause of the bracket, between commas, that is a cancel word alone. */
    private static boolean holdsACancelClause(String content) {
        String[] clauses = content.split("[,，、;；。]");
        if (clauses.length < 2) {
            return false;
        }
        for (String clause : clauses) {
            if (isCancelPhrase(clause)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCancelPhrase(String content) {
        String c = TextNormalizer.trimSeparators(content);
        if (c.startsWith("团长") || c.startsWith("备注")) { // (团长备注:本人已取消): the leader notes the cancel
            c = LEADERS_NOTE.matcher(c).replaceFirst("");
        }
        if (c.isEmpty()) {
            return false;
        }
        Keywords.Hit hit = Keywords.at(c, 0);
        return hit != null && hit.kind() == TokenKind.CANCEL && hit.length() == c.length();
    }

    /** {@code 团长备注:}, {@code 团长:}, {@code 备注：本人}: who writes the note in the bracket, and of whom. */
    private static final java.util.regex.Pattern LEADERS_NOTE =
            java.util.regex.Pattern.compile("^(?:团长备注|团长|备注)\\s*[:：]?\\s*(?:本人|代)?");

    private static Set<String> targets(List<Token> tokens, int from, int cancelAt) {
        Set<String> skus = new HashSet<>();
        for (int k = cancelAt - 1; k >= from && collect(tokens.get(k), skus); k--) {}
        for (int k = cancelAt + 1; k < tokens.size() && skus.isEmpty() && collect(tokens.get(k), skus); k++) {}
        return skus;
    }

    private static boolean collect(Token t, Set<String> skus) {
        if (t.is(TokenKind.PRODUCT)) {
            t.products().stream().map(CatalogItem::sku).forEach(skus::add);
            return true;
        }
        return t.is(TokenKind.SPACE)
                || t.is(TokenKind.TEXT)
                || (t.is(TokenKind.PUNCT) && t.text().equals("、"));
    }
}
