package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code 1份 帮孩子爸爸也带一份}, {@code 红皮1板,再帮隔壁带1板}: after the line's own count, someone else's share
 * brought "as well" ({@code 也}) or "once more" ({@code 再}) is on top of it, as a plus sign would be.
 */
public final class SharesOnTop {

    private static final String BRINGING = "带捎拿买订要留";

    private SharesOnTop() {}

    public static List<Token> read(List<Token> tokens) {
        List<Token> out = null;
        boolean counted = false;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            counted |= t.is(TokenKind.NUMBER);
            Token next = tokens.get(k + 1);
            if (counted && t.is(TokenKind.TEXT) && next.is(TokenKind.NUMBER) && t.gluedTo(next) && isShare(t.text())) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, Token.of(TokenKind.PLUS, t.line(), t.start(), t.end()));
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean isShare(String text) {
        int n = text.length();
        if (n < 3 || BRINGING.indexOf(text.charAt(n - 1)) < 0) {
            return false;
        }
        boolean forSomeone = text.contains("帮") || text.contains("给") || text.contains("替");
        boolean onTop = text.contains("也") || text.startsWith("再");
        return forSomeone && onTop;
    }
}
