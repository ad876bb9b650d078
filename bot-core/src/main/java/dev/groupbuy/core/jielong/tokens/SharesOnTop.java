package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code 1份 帮孩子爸爸也带一份}, {@code 红皮1板,再帮隔壁带1板}: after the line's own count, someone else's share
 * brought "as well" ({@code 也}) or "once more" ({@code 再}) is on top of it, as a plus sign would be.
 */
public final class SharesOnTop {

    private static final String BRINGING = "带捎拿买订要留报记来整接欲卜爱搞";

    /** What a service does for someone, after 也 ({@code 也办一张}, {@code 也打一针}, {@code 也约2小时}). */
    private static final String SERVED = "办打约修换弹拆洗剪做装配";

    private SharesOnTop() {}

    public static List<Token> read(List<Token> tokens) {
        tokens = oneBeforeAShare(tokens);
        List<Token> out = null;
        Token own = null;
        boolean writersOwn = false;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (own != null && t.is(TokenKind.PLUS) && someoneAfterAPlus(tokens, k)) {
                out = out == null ? new ArrayList<>(tokens) : out; // 1箱+我妈1箱, 一袋+帮我哥家一袋: hers added
                out.set(k + 1, next.skipped());
            } else if (own != null && t.is(TokenKind.TEXT) && someoneElseAllThenACount(tokens, k)) {
                out = out == null ? new ArrayList<>(tokens) : out; // 1份 帮阿妈都要一份: 都 as 也 in Cantonese
                out.set(k + 1, Token.of(TokenKind.PLUS, next.line(), next.start(), next.end()));
            } else if (own != null && t.is(TokenKind.TEXT) && wantsTooThenApart(tokens, k)) {
                out = out == null ? new ArrayList<>(tokens) : out; // 1箱  我妹也要 1箱: the count a space after
                out.set(k, t.skipped());
                out.set(k + 1, Token.of(TokenKind.PLUS, next.line(), next.start(), next.end()));
            } else if (own != null && t.is(TokenKind.TEXT) && alsoForSomeoneThenACode(tokens, k)) {
                out = out == null ? new ArrayList<>(tokens) : out; // A1 帮隔壁也带个A1: hers on top of mine
                out.set(k, Token.of(TokenKind.PLUS, t.line(), t.start(), t.end()));
            } else if (own != null
                    && t.is(TokenKind.TEXT)
                    && next.is(TokenKind.NUMBER)
                    && t.gluedTo(next)
                    && (isShare(phraseEndingAt(tokens, k), own, next)
                            || (writersOwn && anotherPersonsCount(phraseEndingAt(tokens, k), own, next)))) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, Token.of(TokenKind.PLUS, t.line(), t.start(), t.end()));
            }
            if (t.is(TokenKind.NUMBER) && own == null) {
                writersOwn = k > 0
                        && tokens.get(k - 1).gluedTo(t)
                        && THE_WRITER.contains(tokens.get(k - 1).text());
                int before = Token.nonSpaceUpTo(tokens, k - 1);
                boolean each = before >= 0 && tokens.get(before).is(TokenKind.EACH);
                own = each ? Token.number(t.line(), t.start(), t.end(), null, null) : t; // B C 各一: a count per product
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Whether {@code text} brings someone else's share on top of the line's {@code own} count: "as well" or "once
     * more", or someone else's that could not fit inside the own count ({@code 1只 给隔壁老孙带一只}); a smaller one
     * without 也 is inside it ({@code 2盒,帮隔壁带一盒}).
     */
    private static boolean isShare(String text, Token own, Token share) {
        int n = text.length();
        if (n >= 3 && text.charAt(n - 1) == '也' && someoneElseAlso(text)) {
            return true; // 1瓶 我妈也1瓶: "mum too", the count right after
        }
        if (n >= 3 && text.charAt(n - 2) == '也' && SERVED.indexOf(text.charAt(n - 1)) >= 0 && someoneElseAlso(text)) {
            return true; // 1针 我家老太太也打一针, 2扇 帮我父母家也拆2扇: a service for someone else as well
        }
        if (n < 2 || BRINGING.indexOf(text.charAt(n - 1)) < 0) {
            return false;
        }
        if (text.endsWith("另外要") && n > 3 && PEOPLE.occursIn(text.substring(0, n - 3))) {
            return true; // 2斤,我阿妈另外要2斤: someone else's, "separately"
        }
        if (someoneElseAlso(text)
                && (text.endsWith("也要")
                        || text.endsWith("都要")
                        || text.endsWith("亦要")
                        || text.endsWith("也来")
                        || alsoInHokkien(text))) {
            return true; // 1盒 我妈也要一盒, 3斤 我老婆亦要两斤
        }
        if (n < 3) {
            return false;
        }
        boolean onTop = text.contains("也")
                || text.contains("亦")
                || text.startsWith("再")
                || text.startsWith("还")
                || text.contains("另外") // 2斤 另外帮楼下王阿姨带1斤
                || text.contains("顺便") // 1袋,顺便帮502刘姐带两袋
                || text.contains("都带") // 帮我阿姨都带一箱
                || text.contains("都要"); // 帮阿妈都要一份: 都 as 也 in Cantonese
        boolean cannotFit = own.value() != null
                && share.value() != null
                && (own.unit() == null || java.util.Objects.equals(own.unit(), share.unit())) // 红肠2 给隔壁带两根
                && share.value().compareTo(own.value()) >= 0;
        return (forSomeone(text) && (onTop || cannotFit)) || (cannotFit && someoneElseWants(text));
    }

    /**
     * {@code A1 帮隔壁也带个A1}, {@code a1 帮楼上小两口也带a1}: "bring one for someone as well", then a code and its count
     * glued after it — another share of the order, on top of the writer's.
     */
    private static boolean alsoForSomeoneThenACode(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()
                || !tokens.get(k + 1).is(TokenKind.PRODUCT)
                || !tokens.get(k + 2).is(TokenKind.NUMBER)
                || !tokens.get(k).gluedTo(tokens.get(k + 1))
                || !tokens.get(k + 1).gluedTo(tokens.get(k + 2))) {
            return false;
        }
        String text = phraseEndingAt(tokens, k);
        if (text.endsWith("个")) {
            text = text.substring(0, text.length() - 1);
        }
        int n = text.length();
        return n >= 3
                && forSomeone(text)
                && BRINGING.indexOf(text.charAt(n - 1)) >= 0
                && (text.contains("也") || text.contains("另外") || text.contains("顺便"));
    }

    /**
     * {@code 孙哥 A 孙嫂也要A}, {@code 阿May 吐司 我老公也要一个吐司}: the writer's one product named without a count is one
     * of it, and someone else's "as well" right after it — a count, or the product named again — is on top of it.
     */
    private static List<Token> oneBeforeAShare(List<Token> tokens) {
        int product = -1;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.TEXT) && !t.is(TokenKind.PRODUCT) && !t.isSeparator()) {
                return tokens; // a count, 各, an edit or a cancel: read as written
            }
            if (t.is(TokenKind.PRODUCT)) {
                if (product >= 0 || t.products().size() != 1) {
                    return tokens;
                }
                product = k;
                continue;
            }
            if (product < 0 || !t.is(TokenKind.TEXT) || !t.text().endsWith("也要") || !someoneElseAlso(t.text())) {
                continue;
            }
            Token next = tokens.get(k + 1);
            int after = next.is(TokenKind.NUMBER) ? k + 2 : k + 1;
            boolean again = after < tokens.size()
                    && tokens.get(after).is(TokenKind.PRODUCT)
                    && tokens.get(after).products().equals(tokens.get(product).products());
            boolean counted = next.is(TokenKind.NUMBER) && t.gluedTo(next) && next.value() != null;
            if (!t.gluedTo(next) || !(again || counted) || !nothingMoreAfter(tokens, again ? after + 1 : after)) {
                return tokens;
            }
            List<Token> out = new ArrayList<>(tokens);
            out.set(k, Token.of(TokenKind.PLUS, t.line(), t.start(), t.end()));
            if (!counted) {
                out.add(k + 1, Token.number(next.line(), next.start(), next.start(), java.math.BigDecimal.ONE, null));
            }
            Token p = tokens.get(product);
            out.add(product + 1, Token.number(p.line(), p.end(), p.end(), java.math.BigDecimal.ONE, null));
            return out;
        }
        return tokens;
    }

    /** {@code +我妈1箱}, {@code +帮我哥家一袋}: a plus, then someone glued to their count. */
    private static boolean someoneAfterAPlus(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()) {
            return false;
        }
        Token who = tokens.get(k + 1);
        Token count = tokens.get(k + 2);
        return who.is(TokenKind.TEXT)
                && count.is(TokenKind.NUMBER)
                && tokens.get(k).gluedTo(who)
                && who.gluedTo(count)
                && (forSomeone(who.text()) || namesSomeone(who.text()))
                && who.text().length() <= 6;
    }

    /** Whether nothing but spaces and punctuation follows {@code from}. */
    private static boolean nothingMoreAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (!tokens.get(k).isSeparator()) {
                return false;
            }
        }
        return true;
    }

    /** The writer, glued before the line's first count: {@code 我1}, {@code 俺两袋}. */
    private static final java.util.Set<String> THE_WRITER = java.util.Set.of("我", "俺", "我自己");

    /**
     * {@code 我1 闺蜜1 闺蜜她妈1}, {@code 我2 楼下小云1}: after the writer's own count, someone else named and glued to a
     * count of theirs in the same unit — each person's count, added up.
     */
    private static boolean anotherPersonsCount(String phrase, Token own, Token share) {
        return PEOPLE.occursIn(phrase)
                && !phrase.contains("我") // 我1盒 我自己吃: still the writer
                && (share.unit() == null || share.unit().equals(own.unit()));
    }

    /** {@code 我婆婆要}, {@code 隔壁老张要}: someone named, then "wants" — not the writer alone ({@code 我要}). */
    private static boolean someoneElseWants(String text) {
        int n = text.length();
        return n >= 3 && text.charAt(n - 1) == '要' && PEOPLE.occursIn(text.substring(1, n - 1));
    }

    /** {@code 帮…}, {@code 给…}, {@code 替…}, {@code 俾…} (Cantonese): words that bring something for someone else. */
    private static boolean forSomeone(String text) {
        return text.contains("帮") || text.contains("给") || text.contains("替") || text.contains("俾");
    }

    /**
     * {@code 帮5栋李叔也带}: the words of the share with a room between them, read back from {@code k} over words and
     * rooms glued together.
     */
    private static String phraseEndingAt(List<Token> tokens, int k) {
        StringBuilder phrase = new StringBuilder(tokens.get(k).text());
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            boolean room = t.is(TokenKind.SKIP) && t.text().chars().allMatch(Character::isDigit); // 帮邻居602也带
            if (!t.gluedTo(tokens.get(j + 1)) || !(t.is(TokenKind.TEXT) || t.is(TokenKind.BUILDING) || room)) {
                break;
            }
            phrase.insert(0, t.is(TokenKind.TEXT) ? t.text() : ROOM); // 302的也要一盒: a room's people
        }
        return phrase.toString();
    }

    private static final WordTable PEOPLE = new WordTable(List.of(
            "我", "同事", "朋友", "邻居", "隔壁", "对门", "楼上", "楼下", "家", "妈", "爸", "婆", "公", "姐", "哥", "叔", "姨", "老板", "老", "小",
            "俺", "娘", "爹", "闺女", "儿子", "女儿", "老公", "老婆", "嫂", "弟", "妹", "舅", "奶奶", "阿奶", "我奶", "俺奶", "爷", "孩子", "娃",
            "闺蜜", "室友", "亲家", "岳", "丈母娘", "徒弟", "师傅", "领导", "阿", "他", "她", "伊", "屋里", "宿舍", "同学", "舍友", "老师", "媳妇", "额",
            "长", "总", "二", "孙", "伢", "崽", "婶", "姥", "嬢", "孃", "伯", "姑", "侄", "主任", "单位"));

    /**
     * {@code 我婆婆也要}, {@code 隔壁老张也要}, {@code 阿妈都要}: someone named before 也 (or the Cantonese 都), not a
     * product ({@code 鸭蛋也要}) nor all of us ({@code 我们都要}).
     */
    public static boolean someoneElseAlso(String text) {
        int also = text.indexOf('也');
        also = also < 0 ? text.indexOf('亦') : also; // 我老婆亦要: 亦 as 也 in Cantonese
        if (also < 0 && text.endsWith("都要") && !text.contains("们")) {
            also = text.length() - 2;
        }
        return also > 0
                && (PEOPLE.occursIn(text.substring(0, also))
                        || text.substring(0, also).replace("的", "").equals(ROOM));
    }

    /** What a room or building stands for in a phrase read back by {@link #phraseEndingAt}. */
    private static final String ROOM = "#";

    /** {@code 帮阿妈都要一份}, {@code 阿妈都要一袋}: someone else, 都要 ("wants it too"), then the count, all glued. */
    private static boolean someoneElseAllThenACount(List<Token> tokens, int k) {
        return k + 2 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.EACH)
                && tokens.get(k + 1).text().equals("都要")
                && tokens.get(k).gluedTo(tokens.get(k + 1))
                && tokens.get(k + 2).is(TokenKind.NUMBER)
                && tokens.get(k + 1).gluedTo(tokens.get(k + 2))
                && someoneElseAlso(tokens.get(k).text() + "都要");
    }

    /** {@code 畀我家姐}, {@code 俾埋我阿妈}: Cantonese "give" (畀, 俾) and the person given to, before their share. */
    public static boolean givenTo(String word) {
        return word.length() >= 2
                && (word.charAt(0) == '畀' || word.charAt(0) == '俾')
                && namesSomeone(word.substring(1));
    }

    /** Whether {@code text} names someone: a relative, a neighbour, a colleague. */
    public static boolean namesSomeone(String text) {
        return PEOPLE.occursIn(text);
    }

    /** {@code 我阿母也欲1瓶}, {@code 阮阿母也卜2个}, {@code 阿嫂也爱一斤}: 欲, 卜 and 爱 are 要 in Hokkien and Chaoshan. */
    private static boolean alsoInHokkien(String text) {
        return text.endsWith("也欲") || text.endsWith("也卜") || text.endsWith("也爱");
    }

    /** {@code 我妹也要 1箱}: "wants it too", then a space and the count. */
    private static boolean wantsTooThenApart(List<Token> tokens, int k) {
        String text = tokens.get(k).text();
        return k + 2 < tokens.size()
                && (text.endsWith("也要") || text.endsWith("都要") || alsoInHokkien(text))
                && tokens.get(k + 1).is(TokenKind.SPACE)
                && tokens.get(k + 2).is(TokenKind.NUMBER)
                && someoneElseAlso(text);
    }
}
