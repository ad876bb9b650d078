package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code 原来1箱 现在要3箱}, {@code 鸭脖原来2份现在要3份}, {@code 原1盒 现2盒}: after a count said to be the earlier
 * one, "now" before another count changes it, as {@code 改成} would; also in the north-east ({@code 原来仨 现在整俩})
 * and in Cantonese ({@code 原本3包 而家2包}).
 */
public final class NowInsteadOf {

    private static final WordTable BEFORE = new WordTable(List.of("原来", "原先", "原本", "本来", "之前", "原"));
    private static final List<String> NOW =
            List.of("现在要", "现在改成", "现在改", "现在整", "现在只要", "现在", "现要", "现改", "现", "而家要", "而家", "宜家要", "宜家");

    private NowInsteadOf() {}

    public static List<Token> read(List<Token> tokens) {
        List<Token> out = null;
        boolean earlierCount = false;
        boolean saidEarlier = false;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = (out == null ? tokens : out).get(k);
            if (t.is(TokenKind.TEXT) && t.containsWordOf(BEFORE)) {
                saidEarlier = true;
            }
            if (t.is(TokenKind.NUMBER) && saidEarlier) {
                earlierCount = true;
            }
            Token next = (out == null ? tokens : out).get(k + 1);
            if (!earlierCount || !t.is(TokenKind.TEXT) || !next.is(TokenKind.NUMBER) || !t.gluedTo(next)) {
                continue;
            }
            String now = NOW.stream().filter(t.text()::endsWith).findFirst().orElse(null);
            if (now == null) {
                continue;
            }
            out = out == null ? new ArrayList<>(tokens) : out;
            int at = t.end() - now.length();
            out.set(k, Token.of(TokenKind.CHANGE, t.line(), at, t.end()));
            if (at > t.start()) {
                out.add(k, Token.of(TokenKind.TEXT, t.line(), t.start(), at));
                k++;
            }
        }
        return out == null ? tokens : out;
    }
}
