package dev.groupbuy.core.jielong;

import java.util.List;

/**
 * Finds the participant's name at the start of a tokenised line: leading building notes and remarks are
 * skipped, then words are taken up to the first quantity, product, keyword or note. A space continues
 * the name only after a Latin nickname ({@code Lily 王}, {@code Mary Jane}); otherwise it ends it.
 */
final class NameExtractor {

    /** The name, and the index of the first token after it. */
    record Name(String text, int nextToken) {}

    private static final String PREFIX_WORDS = "要订买来拿加共再还也";
    private static final List<String> TRAILING_PREFIXES =
            List.of("我也要", "也要", "还要", "再要", "我要", "要", "订", "买", "预订", "预定", "再来", "来");

    private NameExtractor() {}

    static Name extract(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && isLeadingNoise(tokens.get(k))) {
            k++;
        }
        if (k + 1 < tokens.size()
                && tokens.get(k).is(TokenKind.PRODUCT)
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && ProductFragments.isHan(tokens.get(k + 1).firstChar())) {
            k++;
        } else if (k >= tokens.size() || !tokens.get(k).is(TokenKind.TEXT)) {
            return new Name("", k);
        }
        int first = k;
        if (k > 0
                && tokens.get(k - 1).is(TokenKind.PRODUCT)
                && tokens.get(k - 1).end() == tokens.get(k).start()) {
            first = k - 1;
        }
        int last = k;
        k++;
        if (productInsideName(tokens, k)) {
            last = k;
            k++;
            if (k < tokens.size() && tokens.get(k).is(TokenKind.TEXT)) {
                last = k;
                k++;
            }
        }
        while (k + 1 < tokens.size()
                && tokens.get(k).is(TokenKind.SPACE)
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && continuesName(tokens.get(last), tokens.get(k + 1))) {
            last = k + 1;
            k += 2;
        }
        String span = tokens.get(first).spanTo(tokens.get(last));
        if (span.contains("  ")) {
            span = span.replaceAll(" +", " ");
        }
        String text = TextNormalizer.trimSeparators(span);
        boolean beforeQuantity = k < tokens.size() && tokens.get(k).is(TokenKind.NUMBER);
        text = stripTrailingPrefix(text, beforeQuantity);
        return new Name(text, k);
    }

    /**
     * A product word glued to the end of a name and not followed by its quantity is part of the nickname
     * ({@code 小草莓 2盒}, {@code 桃桃妈}); {@code 阿芳草莓2} stays a product.
     */
    private static boolean productInsideName(List<Token> tokens, int k) {
        if (k >= tokens.size()
                || !tokens.get(k).is(TokenKind.PRODUCT)
                || tokens.get(k - 1).end() != tokens.get(k).start()) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (next.is(TokenKind.TEXT)) {
            return ProductFragments.isHan(next.firstChar()) && !Fillers.startsWithFiller(next.text());
        }
        if (!next.is(TokenKind.SPACE) || k + 2 >= tokens.size()) {
            return false;
        }
        TokenKind after = tokens.get(k + 2).kind();
        return after == TokenKind.NUMBER
                || after == TokenKind.TIMES
                || after == TokenKind.PLUS
                || after == TokenKind.PRODUCT;
    }

    private static boolean isLeadingNoise(Token token) {
        return token.isSeparator()
                || token.is(TokenKind.BUILDING)
                || token.is(TokenKind.REMARK)
                || (token.is(TokenKind.TEXT) && token.isChar('@'));
    }

    private static boolean continuesName(Token nameSoFar, Token next) {
        if (!CatalogMatcher.isAsciiLetter(nameSoFar.lastChar())) {
            return false;
        }
        if (isLatinWord(next)) {
            return true;
        }
        char first = next.firstChar();
        return next.length() == 1 && ProductFragments.isHan(first) && PREFIX_WORDS.indexOf(first) < 0;
    }

    private static boolean isLatinWord(Token word) {
        for (int i = 0; i < word.length(); i++) {
            if (!CatalogMatcher.isAsciiLetter(word.charAt(i))) {
                return false;
            }
        }
        return word.length() > 0 && word.length() <= 12;
    }

    private static String stripTrailingPrefix(String name, boolean beforeQuantity) {
        if (name.isEmpty() || "要订买来定".indexOf(name.charAt(name.length() - 1)) < 0) {
            return name;
        }
        for (String prefix : TRAILING_PREFIXES) {
            if ((beforeQuantity || prefix.length() > 1) && name.length() > prefix.length() && name.endsWith(prefix)) {
                return TextNormalizer.trimSeparators(name.substring(0, name.length() - prefix.length()));
            }
        }
        return name;
    }
}
