package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code 大宝XL2包 二宝S2包}, {@code 老大D2 E1，老二D1 E1}, {@code 朵朵要a1 多多要c1}, {@code 爸爸XL 妈妈M 宝宝100}: the
 * line's order split per child or per person of the family, each one's word glued before their products or count.
 * The words say whom each part is for, not who signs, so they are set aside and the parts add up ({@link OrderReader}
 * counts a deal of one product so).
 */
final class FamilyShares {

    /** How parents call their children, and the family, in the group. */
    private static final Set<String> FAMILY = Set.of(
            "大宝", "二宝", "三宝", "小宝", "老大", "老二", "老三", "老四", "哥哥", "姐姐", "弟弟", "妹妹", "儿子", "女儿", "闺女", "大儿子", "小儿子",
            "大女儿", "小女儿", "大娃", "二娃", "小娃", "老大家", "老二家", "爸爸", "妈妈", "宝宝", "大人", "小孩", "孩子", "老公", "老婆", "孙子", "孙女",
            "外孙", "外孙女", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷");

    private FamilyShares() {}

    /** The tokens with every such word set aside, when at least two people share out the order; else as given. */
    static List<Token> read(List<Token> tokens) {
        int first = Token.nonSpaceFrom(tokens, 0);
        List<Integer> labels = null;
        for (int k = first + 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.is(TokenKind.TEXT)
                    && t.gluedTo(next)
                    && (next.is(TokenKind.PRODUCT) || next.is(TokenKind.NUMBER))
                    && isOneOfTheFamily(t.text())) {
                labels = labels == null ? new ArrayList<>() : labels;
                labels.add(k);
            } else if (t.is(TokenKind.TEXT) && startsWithOneOfTheFamily(t.text())) {
                return tokens; // 爸爸XL 妈妈M: M glued into the word, one share unread
            }
        }
        if (labels == null || labels.size() < 2) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens);
        labels.forEach(k -> out.set(k, tokens.get(k).skipped()));
        return out;
    }

    private static boolean startsWithOneOfTheFamily(String word) {
        return word.length() > 2 && FAMILY_TABLE.longestAt(word, 0, word.length() - 1) != null;
    }

    private static final WordTable FAMILY_TABLE = new WordTable(FAMILY);

    /** {@code 大宝}, {@code 我家老大}, {@code 老二要}, {@code 朵朵要}: a word of the family, or a child's doubled pet name asking. */
    static boolean isOneOfTheFamily(String word) {
        String w = word;
        if (w.startsWith("我家") || w.startsWith("俺家")) {
            w = w.substring(2);
        }
        if (w.endsWith("要") || w.endsWith("的")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean doubled = word.endsWith("要") && w.length() == 2 && w.charAt(0) == w.charAt(1);
        return FAMILY.contains(w) || doubled;
    }
}
