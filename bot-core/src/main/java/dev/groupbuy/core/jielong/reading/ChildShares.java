package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code 大宝XL2包 二宝S2包}, {@code 老大D2 E1，老二D1 E1}, {@code 朵朵要a1 多多要c1}: a parent splitting the line's order
 * per child, each child's word glued before that child's products or count. The words say whom each part is for,
 * not who signs, so they are set aside and the parts add up ({@link OrderReader} counts a deal of one product so).
 */
final class ChildShares {

    /** How parents call their children in the group. */
    private static final Set<String> CHILDREN = Set.of(
            "大宝", "二宝", "三宝", "小宝", "老大", "老二", "老三", "老四", "哥哥", "姐姐", "弟弟", "妹妹", "儿子", "女儿", "闺女", "大儿子", "小儿子",
            "大女儿", "小女儿", "大娃", "二娃", "小娃", "老大家", "老二家");

    private ChildShares() {}

    /** The tokens with every child's word set aside, when at least two children share out the order; else as given. */
    static List<Token> read(List<Token> tokens) {
        int first = Token.nonSpaceFrom(tokens, 0);
        List<Integer> labels = null;
        for (int k = first + 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.is(TokenKind.TEXT)
                    && t.gluedTo(next)
                    && (next.is(TokenKind.PRODUCT) || next.is(TokenKind.NUMBER))
                    && isAChild(t.text())) {
                labels = labels == null ? new ArrayList<>() : labels;
                labels.add(k);
            }
        }
        if (labels == null || labels.size() < 2) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens);
        labels.forEach(k -> out.set(k, tokens.get(k).skipped()));
        return out;
    }

    /** {@code 大宝}, {@code 我家老大}, {@code 老二要}, {@code 朵朵要}: a child's word, or a child's doubled pet name asking. */
    static boolean isAChild(String word) {
        String w = word;
        if (w.startsWith("我家") || w.startsWith("俺家")) {
            w = w.substring(2);
        }
        if (w.endsWith("要") || w.endsWith("的")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean doubled = word.endsWith("要") && w.length() == 2 && w.charAt(0) == w.charAt(1);
        return CHILDREN.contains(w) || doubled;
    }
}
