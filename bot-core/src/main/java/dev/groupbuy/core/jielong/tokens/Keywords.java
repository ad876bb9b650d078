package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words that change what a line means: cancel, change, 同上, 各, 每样, 或者, and the prefixes that hide
 * numbers that are not quantities ({@code 共4盒}, {@code 已付50}).
 */
public final class Keywords {

    /** A keyword found at a position: its kind and length. */
    public record Hit(TokenKind kind, int length) {}

    private record Word(String text, TokenKind kind, boolean needsBoundaryAfter) {}

    private static final List<Word> WORDS = List.of(
            new Word("全部取消", TokenKind.CANCEL, false),
            new Word("都取消", TokenKind.CANCEL, false),
            new Word("取消了", TokenKind.CANCEL, false),
            new Word("已取消", TokenKind.CANCEL, false),
            new Word("已退出", TokenKind.CANCEL, false), // [已退出]: the 接龙 tool's mark of one who left
            new Word("甭算我了", TokenKind.CANCEL, false),
            new Word("别算我了", TokenKind.CANCEL, false),
            new Word("不算我了", TokenKind.CANCEL, false),
            new Word("取消", TokenKind.CANCEL, false),
            new Word("不要了", TokenKind.CANCEL, false),
            new Word("不要啦", TokenKind.CANCEL, false),
            new Word("不要惹", TokenKind.CANCEL, false),
            new Word("算辽", TokenKind.CANCEL, true),
            new Word("甭了", TokenKind.CANCEL, false),
            new Word("不要咧", TokenKind.CANCEL, false),
            new Word("算咧", TokenKind.CANCEL, false),
            new Word("算咯", TokenKind.CANCEL, false),
            new Word("勿要", TokenKind.CANCEL, true),
            new Word("算喽", TokenKind.CANCEL, false),
            new Word("pass", TokenKind.CANCEL, true),
            new Word("Pass", TokenKind.CANCEL, true),
            new Word("弗要了", TokenKind.CANCEL, false),
            new Word("弗要", TokenKind.CANCEL, true),
            new Word("冇爱了", TokenKind.CANCEL, false),
            new Word("不消了", TokenKind.CANCEL, false),
            new Word("嫑咧", TokenKind.CANCEL, false),
            new Word("嫑要了", TokenKind.CANCEL, false),
            new Word("cancel", TokenKind.CANCEL, true),
            new Word("Cancel", TokenKind.CANCEL, true),
            new Word("CANCEL", TokenKind.CANCEL, true),
            new Word("都不要了", TokenKind.CANCEL, false),
            new Word("全不要了", TokenKind.CANCEL, false),
            new Word("全部不要了", TokenKind.CANCEL, false),
            new Word("全都不要了", TokenKind.CANCEL, false),
            new Word("都不要", TokenKind.CANCEL, true),
            new Word("全删了", TokenKind.CANCEL, false),
            new Word("全删", TokenKind.CANCEL, false),
            new Word("都删了", TokenKind.CANCEL, false),
            new Word("都删掉", TokenKind.CANCEL, false),
            new Word("全部删掉", TokenKind.CANCEL, false),
            new Word("不要", TokenKind.CANCEL, true),
            new Word("不需要了", TokenKind.CANCEL, false),
            new Word("不要哒", TokenKind.CANCEL, false),
            new Word("嫑了", TokenKind.CANCEL, false),
            new Word("勿要了", TokenKind.CANCEL, false),
            new Word("甭留了", TokenKind.CANCEL, false),
            new Word("甭要了", TokenKind.CANCEL, false),
            new Word("先停了", TokenKind.CANCEL, false),
            new Word("唔要了", TokenKind.CANCEL, false),
            new Word("毋要了", TokenKind.CANCEL, false), // Hakka
            new Word("毋爱了", TokenKind.CANCEL, false),
            new Word("唔要喇", TokenKind.CANCEL, false),
            new Word("唔要啦", TokenKind.CANCEL, false),
            new Word("唔要", TokenKind.CANCEL, true),
            new Word("不得要了", TokenKind.CANCEL, false),
            new Word("不弄了", TokenKind.CANCEL, false),
            new Word("免了免了", TokenKind.CANCEL, false),
            new Word("免了", TokenKind.CANCEL, false),
            new Word("毋免了", TokenKind.CANCEL, false), // Hokkien "no need": 阿水 毋免
            new Word("毋免", TokenKind.CANCEL, false),
            new Word("免啦", TokenKind.CANCEL, false),
            new Word("免啊", TokenKind.CANCEL, false),
            new Word("无爱了", TokenKind.CANCEL, false),
            new Word("算球了", TokenKind.CANCEL, false),
            new Word("甭给俺留了", TokenKind.CANCEL, false),
            new Word("勿爱了", TokenKind.CANCEL, false),
            new Word("唔爱了", TokenKind.CANCEL, false),
            new Word("伓要了", TokenKind.CANCEL, false),
            new Word("甭给我留了", TokenKind.CANCEL, false),
            new Word("不要哩", TokenKind.CANCEL, false),
            new Word("不要唠", TokenKind.CANCEL, false),
            new Word("莫要哒", TokenKind.CANCEL, false),
            new Word("唔要住", TokenKind.CANCEL, false),
            new Word("算哒", TokenKind.CANCEL, true),
            new Word("不搞了", TokenKind.CANCEL, false),
            new Word("拉倒吧", TokenKind.CANCEL, false),
            new Word("拉倒", TokenKind.CANCEL, false),
            new Word("这回先不了", TokenKind.CANCEL, false),
            new Word("这次先不了", TokenKind.CANCEL, false),
            new Word("伐要了", TokenKind.CANCEL, false),
            new Word("伐要啦", TokenKind.CANCEL, false),
            new Word("伐要", TokenKind.CANCEL, true),
            new Word("唔使了", TokenKind.CANCEL, false),
            new Word("唔使啦", TokenKind.CANCEL, false),
            new Word("唔使", TokenKind.CANCEL, true),
            new Word("冇要了", TokenKind.CANCEL, false),
            new Word("冇要喇", TokenKind.CANCEL, false),
            new Word("冇要啦", TokenKind.CANCEL, false),
            new Word("冇要", TokenKind.CANCEL, true),
            new Word("免", TokenKind.CANCEL, true), // Hokkien: no need
            new Word("不续了", TokenKind.CANCEL, false), // a subscription not renewed
            new Word("退了", TokenKind.CANCEL, false),
            new Word("退脱", TokenKind.CANCEL, false), // Wu
            new Word("退掉", TokenKind.CANCEL, false),
            new Word("退单", TokenKind.CANCEL, false),
            new Word("退", TokenKind.CANCEL, true),
            new Word("已退款", TokenKind.CANCEL, false),
            new Word("退款", TokenKind.CANCEL, false),
            new Word("已退", TokenKind.CANCEL, false),
            new Word("撤销", TokenKind.CANCEL, false),
            new Word("删掉", TokenKind.CANCEL, false),
            new Word("删除", TokenKind.CANCEL, false),
            new Word("算了", TokenKind.CANCEL, true),
            new Word("不拿了", TokenKind.CANCEL, false),
            new Word("不整了", TokenKind.CANCEL, false),
            new Word("覅了覅了", TokenKind.CANCEL, false),
            new Word("覅了", TokenKind.CANCEL, false),
            new Word("覅要", TokenKind.CANCEL, false),
            new Word("覅", TokenKind.CANCEL, true),
            new Word("不用", TokenKind.CANCEL, true),
            new Word("莫要了", TokenKind.CANCEL, false),
            new Word("莫得要了", TokenKind.CANCEL, false),
            new Word("不要喽", TokenKind.CANCEL, false),
            new Word("不要咯", TokenKind.CANCEL, false),
            new Word("不要嘞", TokenKind.CANCEL, false),
            new Word("不要哈", TokenKind.CANCEL, false),
            new Word("不拿", TokenKind.CANCEL, true),
            new Word("不买了", TokenKind.CANCEL, false),
            new Word("不买", TokenKind.CANCEL, true),
            new Word("不订了", TokenKind.CANCEL, false),
            new Word("不订", TokenKind.CANCEL, true),
            new Word("不定了", TokenKind.CANCEL, false),
            new Word("不用了", TokenKind.CANCEL, false),
            new Word("不用给我留了", TokenKind.CANCEL, false),
            new Word("不用给我留", TokenKind.CANCEL, false),
            new Word("不用留了", TokenKind.CANCEL, false),
            new Word("别给我留了", TokenKind.CANCEL, false),
            new Word("别留了", TokenKind.CANCEL, false),
            new Word("不留了", TokenKind.CANCEL, false),
            new Word("不跟了", TokenKind.CANCEL, false),
            new Word("不跟", TokenKind.CANCEL, true),
            new Word("不参加", TokenKind.CANCEL, false),
            new Word("不参与", TokenKind.CANCEL, false),
            new Word("不来了", TokenKind.CANCEL, false),
            new Word("不团了", TokenKind.CANCEL, false),
            new Word("不接了", TokenKind.CANCEL, false),
            new Word("不需要", TokenKind.CANCEL, true),
            new Word("撤了", TokenKind.CANCEL, false),
            new Word("撤", TokenKind.CANCEL, true),
            new Word("取销", TokenKind.CANCEL, false),
            new Word("下车了", TokenKind.CANCEL, false),
            new Word("先撤", TokenKind.CANCEL, false),
            new Word("撤单", TokenKind.CANCEL, false),
            new Word("撤回", TokenKind.CANCEL, false),
            new Word("划掉", TokenKind.CANCEL, false),
            new Word("划了", TokenKind.CANCEL, false),
            new Word("删我", TokenKind.CANCEL, false),
            new Word("删了", TokenKind.CANCEL, false),
            new Word("去掉我", TokenKind.CANCEL, false),
            new Word("退出", TokenKind.CANCEL, false),
            new Word("作废", TokenKind.CANCEL, false),
            new Word("退团", TokenKind.CANCEL, false),
            new Word("先不了", TokenKind.CANCEL, false),
            new Word("先不要", TokenKind.CANCEL, true),
            new Word("这次不", TokenKind.CANCEL, true),
            new Word("暂时不", TokenKind.CANCEL, true),
            new Word("同楼上", TokenKind.SAME, false),
            new Word("楼上一样", TokenKind.SAME, false),
            new Word("楼上同款", TokenKind.SAME, false),
            new Word("楼上+1", TokenKind.SAME, false),
            new Word("同上", TokenKind.SAME, false),
            new Word("跟上面一样", TokenKind.SAME, false),
            new Word("和上面一样", TokenKind.SAME, false),
            new Word("跟楼上一样", TokenKind.SAME, false),
            new Word("和楼上一样", TokenKind.SAME, false),
            new Word("同上面", TokenKind.SAME, false),
            new Word("〃〃", TokenKind.SAME, false),
            new Word("〃", TokenKind.SAME, false),
            new Word("跟楼上", TokenKind.SAME, true),
            new Word("和楼上", TokenKind.SAME, true),
            new Word("ditto", TokenKind.SAME, true),
            new Word("Ditto", TokenKind.SAME, true),
            new Word("same here", TokenKind.SAME, true),
            new Word("Same here", TokenKind.SAME, true),
            new Word("same", TokenKind.SAME, true),
            new Word("Same", TokenKind.SAME, true),
            new Word("改为", TokenKind.CHANGE, false),
            new Word("搞成", TokenKind.CHANGE, false),
            new Word("说错了", TokenKind.CHANGE, false),
            new Word("打错了", TokenKind.CHANGE, false),
            new Word("整错了", TokenKind.CHANGE, false),
            new Word("搞错了", TokenKind.CHANGE, false),
            new Word("写错了", TokenKind.CHANGE, false),
            new Word("填错了", TokenKind.CHANGE, false),
            new Word("报错了", TokenKind.CHANGE, false),
            new Word("搞错哒", TokenKind.CHANGE, false),
            new Word("弄错了", TokenKind.CHANGE, false),
            // a slip put right on the same line: 虾仁两袋 不对 三袋, B2 哦不 B3 (哦不要了 stays a cancel)
            new Word("不对不对", TokenKind.CHANGE, false),
            new Word("不对", TokenKind.CHANGE, false),
            new Word("哦不是", TokenKind.CHANGE, false),
            new Word("哦不", TokenKind.CHANGE, true),
            new Word("噢不", TokenKind.CHANGE, true),
            new Word("不是不是", TokenKind.CHANGE, false),
            new Word("弄成", TokenKind.CHANGE, false),
            new Word("改做", TokenKind.CHANGE, false),
            new Word("改成", TokenKind.CHANGE, false),
            new Word("改返", TokenKind.CHANGE, false),
            new Word("调成", TokenKind.CHANGE, false),
            new Word("调到", TokenKind.CHANGE, false),
            new Word("减返", TokenKind.CHANGE, false),
            new Word("改到", TokenKind.CHANGE, false),
            new Word("改回", TokenKind.CHANGE, false),
            new Word("改要", TokenKind.CHANGE, false),
            new Word("换成", TokenKind.CHANGE, false),
            new Word("变成", TokenKind.CHANGE, false),
            new Word("加到", TokenKind.CHANGE, false),
            new Word("加至", TokenKind.CHANGE, false),
            new Word("增加到", TokenKind.CHANGE, false),
            new Word("减到", TokenKind.CHANGE, false),
            new Word("减为", TokenKind.CHANGE, false),
            new Word("减成", TokenKind.CHANGE, false),
            new Word("减至", TokenKind.CHANGE, false),
            new Word("调整为", TokenKind.CHANGE, false),
            new Word("更正为", TokenKind.CHANGE, false),
            new Word("修改为", TokenKind.CHANGE, false),
            new Word("更正", TokenKind.CHANGE, false), // 1箱 更正:2箱
            new Word("->", TokenKind.CHANGE, false),
            new Word("=>", TokenKind.CHANGE, false),
            new Word("→", TokenKind.CHANGE, false),
            new Word("⇒", TokenKind.CHANGE, false),
            new Word("➡️", TokenKind.CHANGE, false),
            new Word("➡", TokenKind.CHANGE, false),
            new Word("每样", TokenKind.EVERY, false),
            new Word("每种", TokenKind.EVERY, false),
            new Word("每款", TokenKind.EVERY, false),
            new Word("各样", TokenKind.EVERY, false),
            new Word("样样", TokenKind.EVERY, false),
            new Word("全来", TokenKind.EVERY, false),
            new Word("全部来", TokenKind.EVERY, false),
            new Word("全都来", TokenKind.EVERY, false),
            new Word("都来", TokenKind.EVERY, false),
            new Word("全都要", TokenKind.EVERY, true),
            new Word("全部都要", TokenKind.EVERY, true),
            new Word("全要", TokenKind.EVERY, true),
            new Word("都要", TokenKind.EACH, false),
            new Word("侪要", TokenKind.EACH, false),
            new Word("各", TokenKind.EACH, false),
            new Word("或者", TokenKind.OR, false),
            new Word("或是", TokenKind.OR, false),
            new Word("都行", TokenKind.OR, false),
            new Word("都可以", TokenKind.OR, false),
            new Word("随便", TokenKind.OR, false),
            new Word("或", TokenKind.OR, false));

    /** Words before a total the resident repeats ({@code 共3袋}): hidden from the quantities, checked by {@link Totals}. */
    static final List<String> TOTAL_PREFIXES = List.of("一共", "总共", "合计", "总计", "共计", "共");

    /** {@code 身高140}, {@code 体重22公斤}, {@code 头围50}: how big the person is, for the size, never a count. */
    static final List<String> MEASURES = List.of("身高", "体重", "头围", "胸围", "腰围", "臀围", "脚长", "鞋码", "年龄", "月龄");

    private static final List<String> HIDING_PREFIXES = java.util.stream.Stream.of(
                    TOTAL_PREFIXES,
                    List.of(
                            "已付款", "已付", "付了", "已转账", "已转", "转账", "转了", "已支付", "已交", "尾号", "手机号", "手机", "电话", "后四位",
                            "后4位", "tel", "Tel", "TEL"),
                    MEASURES)
            .flatMap(List::stream)
            .toList();

    private static final Map<String, Word> BY_TEXT = WORDS.stream().collect(Collectors.toMap(Word::text, w -> w));
    private static final WordTable WORD_TABLE = new WordTable(BY_TEXT.keySet());
    private static final WordTable HIDING_TABLE = new WordTable(HIDING_PREFIXES);

    private Keywords() {}

    /** Every character a keyword or hiding prefix can start with. */
    static String startingCharacters() {
        StringBuilder out = new StringBuilder("改再又");
        WORDS.forEach(w -> out.append(w.text().charAt(0)));
        HIDING_PREFIXES.forEach(p -> out.append(p.charAt(0)));
        return out.toString();
    }

    /** The keyword at {@code i}, or {@code null}. */
    public static Hit at(String s, int i) {
        String text = WORD_TABLE.longestAt(s, i);
        if (text != null) {
            Word word = BY_TEXT.get(text);
            int end = i + text.length();
            boolean glued = word.needsBoundaryAfter()
                    && end < s.length()
                    && (ProductFragments.isHan(s.charAt(end)) && PARTICLES.indexOf(s.charAt(end)) < 0
                            || CatalogMatcher.isAsciiLetter(s.charAt(end))); // 不要emo: a nickname
            if (!glued && !describesAPart(s, i, word)) {
                return new Hit(word.kind(), text.length());
            }
        }
        Hit withdrawn = withdrawal(s, i);
        if (withdrawn != null) {
            return withdrawn;
        }
        boolean codeAfter = i + 1 < s.length()
                && CatalogMatcher.isAsciiLetter(s.charAt(i + 1))
                && ((i > 0 && BuildingScanner.isDigit(s.charAt(i - 1))) // c3改c2, A2改A3
                        || (i + 2 < s.length() && BuildingScanner.isDigit(s.charAt(i + 2)))); // 改A1
        if ((s.charAt(i) == '再' || s.charAt(i) == '又') && s.startsWith("改", i + 1) && i + 2 < s.length()) {
            Hit change = at(s, i + 1); // 再改:B3, 又改成3盒: changed once more, a change as 改 alone is
            if (change != null && change.kind() == TokenKind.CHANGE) {
                return new Hit(TokenKind.CHANGE, change.length() + 1);
            }
        }
        if (s.charAt(i) == '改'
                && i + 2 < s.length()
                && (s.charAt(i + 1) == ':' || s.charAt(i + 1) == '：')
                && (BuildingScanner.isDigit(s.charAt(i + 2))
                        || i + 3 < s.length()
                                && CatalogMatcher.isAsciiLetter(s.charAt(i + 2))
                                && BuildingScanner.isDigit(s.charAt(i + 3)))) {
            return new Hit(TokenKind.CHANGE, 2); // 4袋 改:3袋, A1 B1（改：B2）
        }
        if (s.charAt(i) == '改' && i + 1 < s.length() && (startsQuantity(s.charAt(i + 1)) || codeAfter)) {
            boolean spaced = s.charAt(i + 1) == ' ';
            boolean wordBefore = i > 0 && ProductFragments.isHan(s.charAt(i - 1));
            if (!spaced || !wordBefore) {
                return new Hit(TokenKind.CHANGE, 1);
            }
        }
        return null;
    }

    /** Sentence-final particles, which end a word as a space would ({@code 算了吧}, {@code 不要啦}). */
    private static final String PARTICLES = "吧啊哈哦呀啦了咯呢嘛哟噢喇哒喔哇咧嘞哉哩咗";
    /** Verbs of taking part that {@code 不…了} withdraws: {@code 不喝了}, {@code 不去了}. */
    private static final String TAKING_PART = "喝吃拿买订定要用来跟团接去玩参需点洗";

    /** {@code 不喝了}, {@code 不吃了}: "no longer" with a verb of taking part withdraws the order. */
    private static Hit withdrawal(String s, int i) {
        boolean fits = s.charAt(i) == '不'
                && (i == 0 || s.charAt(i - 1) != '的') // 对门的不要了: someone else's share, see describesAPart
                && i + 2 < s.length()
                && TAKING_PART.indexOf(s.charAt(i + 1)) >= 0
                && "了啦咯喇".indexOf(s.charAt(i + 2)) >= 0;
        return fits ? new Hit(TokenKind.CANCEL, 3) : null;
    }

    /** {@code 切半的不要}, {@code 辣的不要}: "not the … kind", a remark about the order, not a cancel of it. */
    private static boolean describesAPart(String s, int i, Word word) {
        boolean mine = i >= 2
                && (s.charAt(i - 2) == '我' || s.charAt(i - 2) == '俺')
                && (i == 2 || !ProductFragments.isHan(s.charAt(i - 3)));
        return word.kind() == TokenKind.CANCEL
                && word.text().startsWith("不要")
                && i > 0
                && s.charAt(i - 1) == '的'
                && !mine; // 我的不要了: the writer's own order, all of it
    }

    /** Length of a prefix such as 共 or 已付 that makes the following number not a quantity, else 0. */
    static int hidingPrefixAt(String s, int i) {
        String prefix = HIDING_TABLE.longestAt(s, i);
        return prefix == null ? 0 : prefix.length();
    }

    static boolean startsQuantity(char c) {
        return BuildingScanner.isDigit(c) || ChineseNumerals.isNumeral(c) || c == '半' || c == ' ';
    }
}
