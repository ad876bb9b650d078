package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cake, a card or a flag should say ({@code 写:祝妈妈60大寿}, {@code 刻 DUO}, {@code 卡片写“生日快乐”}):
 * everything after the word for writing is a remark, whatever numbers or product words it holds.
 */
public final class Inscriptions {

    private static final Pattern START = Pattern.compile("(?:写|刻)字?(?:[:：“\"「『]|\\s)");

    private Inscriptions() {}

    public static List<Token> read(List<Token> tokens, String text) {
        int at = text.indexOf('写') >= 0 || text.indexOf('刻') >= 0 ? start(text) : -1;
        if (at < 0) {
            return tokens;
        }
        for (Token t : tokens) {
            if (t.start() < at && t.end() > at && (t.is(TokenKind.REMARK) || t.is(TokenKind.STRIKE))) {
                return tokens; // A2(卡片写「妈妈辛苦了」): the bracket holding the text is a remark already
            }
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.end() <= at) {
                out.add(t);
            } else if (t.start() < at) {
                out.add(Token.of(t.kind() == TokenKind.PRODUCT ? TokenKind.TEXT : t.kind(), text, t.start(), at));
            }
        }
        out.add(Token.enclosing(TokenKind.REMARK, text, at, text.length(), text.substring(at)));
        return out;
    }

    private static int start(String text) {
        Matcher m = START.matcher(text);
        return m.find() && m.start() > 0 ? m.start() : -1;
    }
}
