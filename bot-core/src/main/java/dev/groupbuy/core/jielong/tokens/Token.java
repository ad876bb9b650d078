package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import java.math.BigDecimal;
import java.util.List;

/**
 * One piece of a participant line, with its position in the normalised line. Its text is cut from the
 * line only when first asked for. Not shared between threads.
 */
public final class Token {

    private final TokenKind kind;
    private final String line;
    private final int start;
    private final int end;
    private final BigDecimal value;
    private final String unit;
    private final List<CatalogItem> products;
    private final String content;
    private final boolean modifier;
    private String text;

    private Token(
            TokenKind kind,
            String line,
            int start,
            int end,
            BigDecimal value,
            String unit,
            List<CatalogItem> products,
            String content,
            boolean modifier) {
        this.kind = kind;
        this.line = line;
        this.start = start;
        this.end = end;
        this.value = value;
        this.unit = unit;
        this.products = products;
        this.content = content;
        this.modifier = modifier;
    }

    /** The first token at or after {@code from} that is no space, or {@code null} at the end of the line. */
    public static Token afterSpaces(List<Token> tokens, int from) {
        int j = nonSpaceFrom(tokens, from);
        return j < 0 ? null : tokens.get(j);
    }

    /** The index of the first token at or after {@code from} that is no space, or -1 when there is none. */
    public static int nonSpaceFrom(List<Token> tokens, int from) {
        for (int j = Math.max(from, 0); j < tokens.size(); j++) {
            if (!tokens.get(j).is(TokenKind.SPACE)) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the last token at or before {@code from} that is no space, or -1 when there is none. */
    public static int nonSpaceUpTo(List<Token> tokens, int from) {
        for (int j = Math.min(from, tokens.size() - 1); j >= 0; j--) {
            if (!tokens.get(j).is(TokenKind.SPACE)) {
                return j;
            }
        }
        return -1;
    }

    static Token of(TokenKind kind, String line, int start, int end) {
        return new Token(kind, line, start, end, null, null, List.of(), null, false);
    }

    /** A quantity: {@code value} counted in {@code unit} (the unit written, or {@code null}). */
    static Token number(String line, int start, int end, BigDecimal value, String unit) {
        return new Token(TokenKind.NUMBER, line, start, end, value, unit, List.of(), null, false);
    }

    static Token product(String line, int start, int end, List<CatalogItem> products) {
        return product(line, start, end, products, false);
    }

    /** A product mention; {@code modifier} when it names a flavour or variety piece of the name only. */
    static Token product(String line, int start, int end, List<CatalogItem> products, boolean modifier) {
        return new Token(TokenKind.PRODUCT, line, start, end, null, null, products, null, modifier);
    }

    /** A bracket or strike-through; {@code content} is the text inside. */
    static Token enclosing(TokenKind kind, String line, int start, int end, String content) {
        return new Token(kind, line, start, end, null, null, List.of(), content, false);
    }

    /** This quantity summed with {@code other} ({@code 1盒+1盒}). */
    public Token plus(Token other) {
        return new Token(
                TokenKind.NUMBER,
                line,
                start,
                other.end,
                value.add(other.value),
                unit != null ? unit : other.unit,
                List.of(),
                null,
                false);
    }

    /** The same characters read as a mention of {@code products} (a product number of the leader's menu). */
    Token asProduct(List<CatalogItem> products) {
        return Token.product(line, start, end, products);
    }

    /** The character at {@code offset} of this token read alone as a mention of {@code products}. */
    Token characterAsProduct(int offset, List<CatalogItem> products) {
        return Token.product(line, start + offset, start + offset + 1, products);
    }

    /** This token and the {@code next} one, glued to it, read as one mention of {@code products}. */
    Token joinedAsProduct(Token next, List<CatalogItem> products) {
        return Token.product(line, start, next.end, products);
    }

    /** This token and the {@code next} one, glued to it, read as one word ({@code 卤鸡} + {@code 蛋}). */
    public Token joinedAsText(Token next) {
        return Token.of(TokenKind.TEXT, line, start, next.end);
    }

    /** The same characters read as a quantity of {@code value} in {@code unit}. */
    Token asQuantity(BigDecimal value, String unit) {
        return Token.number(line, start, end, value, unit);
    }

    /** The characters from this token to the end of {@code last} read as a quantity of {@code value} in {@code unit}. */
    Token quantityTo(Token last, BigDecimal value, String unit) {
        return Token.number(line, start, last.end, value, unit);
    }

    /** This token and the first {@code chars} characters of {@code next} read as a mention of {@code products}. */
    public Token productThrough(Token next, int chars, List<CatalogItem> products) {
        return Token.product(line, start, next.start + chars, products, true);
    }

    /** The characters of this token from {@code offset} on, as a plain word. */
    public Token textFrom(int offset) {
        return Token.of(TokenKind.TEXT, line, start + offset, end);
    }

    /** The same product mention, naming only {@code narrowed}, some of the products it fits. */
    public Token naming(List<CatalogItem> narrowed) {
        return Token.product(line, start, end, narrowed, modifier);
    }

    /** The same characters read as a change word ({@code 大份改小份}). */
    public Token asChange() {
        return Token.of(TokenKind.CHANGE, line, start, end);
    }

    Token asText() {
        return Token.of(TokenKind.TEXT, line, start, end);
    }

    /** The same characters read as a product of the deal's kind that the deal does not sell. */
    Token asVariant() {
        return Token.of(TokenKind.VARIANT, line, start, end);
    }

    /** The same characters read as a number that is not a quantity. */
    public Token skipped() {
        return Token.of(TokenKind.SKIP, line, start, end);
    }

    /** Whether this product mention is a flavour or variety piece of a name ({@link CatalogMatcher.Match}). */
    public boolean modifier() {
        return modifier;
    }

    public TokenKind kind() {
        return kind;
    }

    /** The line the token was cut from. */
    String line() {
        return line;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        if (text == null) {
            text = line.substring(start, end);
        }
        return text;
    }

    /**
     * Whether one of the {@code tokens} holds one of {@code characters}, read in place: a look before a pattern, with no
     * text cut out.
     */
    public static boolean spanHoldsAny(List<Token> tokens, String characters) {
        for (Token t : tokens) {
            for (int i = t.start; i < t.end; i++) {
                if (characters.indexOf(t.line.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first character of the token, without cutting its text. */
    public char firstChar() {
        return line.charAt(start);
    }

    public char lastChar() {
        return line.charAt(end - 1);
    }

    public int length() {
        return end - start;
    }

    /** The {@code i}-th character of the token. */
    public char charAt(int i) {
        return line.charAt(start + i);
    }

    /** Whether the token is exactly the one character {@code c}. */
    public boolean isChar(char c) {
        return end - start == 1 && line.charAt(start) == c;
    }

    /** Whether the token's words still say something once filler words are removed (see {@link Fillers}). */
    public boolean isSubstantive() {
        return Fillers.isSubstantive(line, start, end);
    }

    /** Whether {@code next} starts right where this token ends, with no space between. */
    public boolean gluedTo(Token next) {
        return end == next.start;
    }

    /** Whether a word of {@code table} starts this token (read in place, nothing cut out). */
    boolean startsWithWordOf(WordTable table) {
        return table.longestAt(line, start, end) != null;
    }

    /** Whether a word of {@code table} is written anywhere in this token (read in place). */
    public boolean containsWordOf(WordTable table) {
        for (int i = start; i < end; i++) {
            if (table.longestAt(line, i, end) != null) {
                return true;
            }
        }
        return false;
    }

    /** The line from this token's start to the end of {@code last}, as written. */
    public String spanTo(Token last) {
        return line.substring(start, last.end);
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public List<CatalogItem> products() {
        return products;
    }

    public String content() {
        return content;
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** A product word that names exactly one product. */
    public boolean isOneProduct() {
        return kind == TokenKind.PRODUCT && products().size() == 1;
    }

    public boolean isSeparator() {
        return kind == TokenKind.SPACE || kind == TokenKind.PUNCT;
    }

    @Override
    public String toString() {
        return kind + "(" + text() + ")";
    }
}
