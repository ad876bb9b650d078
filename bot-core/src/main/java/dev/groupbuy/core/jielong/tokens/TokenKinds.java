package dev.groupbuy.core.jielong.tokens;

import java.util.List;

/** Which kinds of token a line holds, as a bit mask, so each reader can skip lines it has nothing to do with. */
public final class TokenKinds {

    private TokenKinds() {}

    public static int of(List<Token> tokens, int from) {
        return of(tokens, from, tokens.size());
    }

    public static int of(List<Token> tokens, int from, int to) {
        int mask = 0;
        int end = Math.min(to, tokens.size());
        for (int k = from; k < end; k++) {
            mask |= 1 << tokens.get(k).kind().ordinal();
        }
        return mask;
    }

    /** How many tokens of {@code kind} the line holds. */
    public static int count(List<Token> tokens, TokenKind kind) {
        int n = 0;
        for (int k = 0; k < tokens.size(); k++) {
            n += tokens.get(k).kind() == kind ? 1 : 0;
        }
        return n;
    }

    static int bit(TokenKind kind) {
        return 1 << kind.ordinal();
    }

    public static boolean has(int mask, TokenKind kind) {
        return (mask & bit(kind)) != 0;
    }

    public static int maskOf(TokenKind... kinds) {
        int mask = 0;
        for (TokenKind kind : kinds) {
            mask |= bit(kind);
        }
        return mask;
    }
}
