package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.Brackets;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits a participant line (after its number) into {@link Token}s in one left-to-right pass. At each
 * position the most specific reading wins: strike-through, brackets, a product, a building note, a
 * keyword, a number; anything else is text. Linear in the line length.
 */
public final class LineTokenizer {

    private static final String PUNCT = ",.;:!?、。，；：！？\"'“”‘’|/\\-—–_=#&^`<>《》…·";
    private static final String OTHER_SPECIAL = " ~+加再另多xX×*✖❌✘✗乘¥￥✅☑✔\uD83D半十百东南西北中一二两兩俩仨三四五六七八九壹贰貳叁參肆柒捌玖拾";
    private static final List<String> ADDING_WORDS =
            List.of("再来", "再要", "再加", "另加", "多加", "加多", "追加", "再整", "再添", "多要", "擱加", "要多", "再补");

    private final CatalogMatcher catalog;
    private final BitSet special = new BitSet(Character.MAX_VALUE + 1);

    public LineTokenizer(CatalogMatcher catalog) {
        this.catalog = catalog;
        String all = PUNCT + OTHER_SPECIAL + Keywords.startingCharacters() + catalog.startingCharacters()
                + JIN_AND_A_HALF.charAt(0)
                + "俩仨廿卅"
                + BuildingScanner.placeStarts()
                + "([{【「〔〖『<（0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < all.length(); i++) {
            special.set(all.charAt(i));
        }
        special.set('第'); // 第二个: the leader's numbered products by their place; 第41位: a place in a queue
        special.set('最'); // 最后一个: the last product of the post
        special.set('倒'); // 倒数第二个: counted from the end
        distinctParts = catalog.catalog().size() > 1 ? distinctParts(catalog.catalog()) : List.of();
        if (catalog.catalog().size() > 1) {
            String byTrait = TRAITS + "便贵实不"; // 大的, 便宜的那个, 不辣的: a product by what it is like
            for (int i = 0; i < byTrait.length(); i++) {
                traitStarts.set(byTrait.charAt(i));
            }
        }
    }

    /** Characters a trait naming a product starts with ({@link #byItsTrait}), looked at only before a 的. */
    private final BitSet traitStarts = new BitSet(Character.MAX_VALUE + 1);

    /** Where the deal's product names differ ({@link #distinctParts(List)}), for products named by their traits. */
    private final List<String> distinctParts;

    public List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>(16);
        int textStart = -1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            Token trait = !special.get(c) && traitStarts.get(c) ? byItsTrait(s, i) : null;
            if (trait == null && (!special.get(c) || insideLatinWord(s, i, textStart))) {
                if (textStart < 0) {
                    textStart = i;
                }
                i++;
                continue;
            }
            Token token = trait != null ? trait : tokenAt(s, i, textStart >= 0);
            if (token == null) {
                if (textStart < 0) {
                    textStart = i;
                }
                i += Character.charCount(s.codePointAt(i));
                continue;
            }
            if (textStart >= 0) {
                tokens.add(Token.of(TokenKind.TEXT, s, textStart, i));
                textStart = -1;
            }
            tokens.add(token);
            i = token.end();
        }
        if (textStart >= 0) {
            tokens.add(Token.of(TokenKind.TEXT, s, textStart, s.length()));
        }
        return spoonfulsSkipped(kindsNarrowed(numeralsByProducts(traitsAfterAProduct(tokens))));
    }

    /**
     * {@code 少2勺糖}, {@code 加2勺辣椒}: a count of spoonfuls is how the order is seasoned, never a count of a product
     * (no deal sells by the spoon); the number is skipped as part of the remark.
     */
    private List<Token> spoonfulsSkipped(List<Token> tokens) {
        List<Token> out = tokens;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.is(TokenKind.NUMBER)
                    && t.unit() == null
                    && next.is(TokenKind.TEXT)
                    && t.gluedTo(next)
                    && (next.text().startsWith("勺")
                            || next.text().startsWith("匙")
                            || next.text().startsWith("汤匙"))
                    && !catalog.units().contains("勺")) {
                out = out == tokens ? new ArrayList<>(tokens) : out;
                out.set(k, t.skipped());
            }
        }
        return out;
    }

    /** Whether 的 stands in the token's span, read without cutting it out. */
    private static boolean holdsDe(Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            if (t.line().charAt(i) == '的') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 美式 冰的 1}: a product named by its trait right after a word that fits several products, one of them it
     * — the trait narrows that word ({@link #kindsNarrowed}), and is read as the plain word it is.
     */
    private static List<Token> traitsAfterAProduct(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.PRODUCT) || t.products().size() != 1 || !holdsDe(t)) {
                continue;
            }
            int before = Token.nonSpaceUpTo(tokens, k - 1);
            if (before >= 0
                    && tokens.get(before).is(TokenKind.PRODUCT)
                    && tokens.get(before).products().size() > 1
                    && tokens.get(before).products().contains(t.products().get(0))) {
                tokens.set(k, Token.of(TokenKind.TEXT, t.line(), t.start(), t.end()));
            }
        }
        return tokens;
    }

    /**
     * {@code 中杯的杨枝甘露}: a product word, 的, and a product word that fits several products — the one product
     * both words fit, read as one product word; so too two product words apart that each fit several
     * ({@code 拿铁 大杯}), and a product word that fits several with a short word apart after it that names only one
     * of them ({@code 美式 冰 1}).
     */
    private static List<Token> kindsNarrowed(List<Token> tokens) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token first = tokens.get(k);
            Token between = tokens.get(k + 1);
            Token second = tokens.get(k + 2);
            if (!first.is(TokenKind.PRODUCT)
                    || !second.is(TokenKind.PRODUCT)
                    || second.products().size() < 2) {
                continue;
            }
            boolean ofTheKind = between.is(TokenKind.TEXT) // 中杯的杨枝甘露
                    && between.text().equals("的")
                    && first.gluedTo(between)
                    && between.gluedTo(second);
            boolean apart = between.is(TokenKind.SPACE) // 拿铁 大杯, not 大杯 珍珠芋泥各一杯
                    && first.products().size() > 1
                    && !(k + 3 < tokens.size()
                            && second.gluedTo(tokens.get(k + 3))
                            && (tokens.get(k + 3).is(TokenKind.PRODUCT)
                                    || tokens.get(k + 3).is(TokenKind.EACH)));
            if (!ofTheKind && !apart) {
                continue;
            }
            List<CatalogItem> both = second.products().stream()
                    .filter(p -> first.products().stream().anyMatch(q -> q.sku().equals(p.sku())))
                    .toList();
            if (both.size() == 1) {
                tokens.set(k, first.joinedAsProduct(second, both));
                tokens.remove(k + 2);
                tokens.remove(k + 1);
            }
        }
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token product = tokens.get(k);
            Token word = tokens.get(k + 2);
            if (product.is(TokenKind.PRODUCT)
                    && product.products().size() > 1
                    && tokens.get(k + 1).is(TokenKind.SPACE)
                    && word.is(TokenKind.TEXT)
                    && word.length() <= 3) {
                CatalogItem named = onlyOneNaming(product.products(), word.text());
                if (named != null) {
                    tokens.set(k, product.joinedAsProduct(word, List.of(named))); // 美式 冰 1: the iced one
                    tokens.remove(k + 2);
                    tokens.remove(k + 1);
                }
            }
        }
        return tokens;
    }

    /** The one of {@code products} whose name holds {@code word} ({@code 冰}, {@code 冰的}), or {@code null}. */
    private static CatalogItem onlyOneNaming(List<CatalogItem> products, String word) {
        String kind = word.endsWith("的") ? word.substring(0, word.length() - 1) : word;
        if (kind.isEmpty()) {
            return null;
        }
        CatalogItem found = null;
        for (CatalogItem p : products) {
            if (p.name().contains(kind)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /**
     * {@code 一公一母}, {@code a一b一}: a lone Chinese numeral glued before a product, or between two products, counts
     * one of them as a digit would ({@code 1公1母}, {@code a1b1}).
     */
    private static List<Token> numeralsByProducts(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.TEXT) || t.length() != 1 || !ChineseNumerals.isNumeral(t.firstChar())) {
                continue;
            }
            Token before = k > 0 && tokens.get(k - 1).gluedTo(t) ? tokens.get(k - 1) : null;
            Token after = k + 1 < tokens.size() && t.gluedTo(tokens.get(k + 1)) ? tokens.get(k + 1) : null;
            boolean countFirst = after != null
                    && after.is(TokenKind.PRODUCT)
                    && (before == null || !before.is(TokenKind.TEXT)); // not 要一 or 第一
            boolean countAfter =
                    before != null && before.is(TokenKind.PRODUCT) && after != null && after.is(TokenKind.PRODUCT);
            ChineseNumerals.Reading r = ChineseNumerals.read(t.text(), 0);
            if ((countFirst || countAfter) && r != null && r.value() > 0) {
                tokens.set(
                        k, Token.number(t.line(), t.start(), t.end(), java.math.BigDecimal.valueOf(r.value()), null));
            }
        }
        return tokens;
    }

    /**
     * A letter in the middle of a Latin word of plain text ({@code Lily}) starts nothing: codes, building
     * letters and {@code x2} all need a non-letter before them.
     */
    private static boolean insideLatinWord(String s, int i, int textStart) {
        return textStart >= 0
                && textStart < i
                && CatalogMatcher.isAsciiLetter(s.charAt(i))
                && CatalogMatcher.isAsciiLetter(s.charAt(i - 1));
    }

    private Token tokenAt(String s, int i, boolean wordBefore) {
        char c = s.charAt(i);
        if (c == ' ') {
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            return Token.of(TokenKind.SPACE, s, i, j);
        }
        if (c == '~' && i + 1 < s.length() && s.charAt(i + 1) == '~') {
            return strike(s, i);
        }
        int close = Brackets.closing(c);
        if (close > 0) {
            return bracket(s, i, (char) close);
        }
        if (CatalogMatcher.isAsciiLetter(c) && joinsLatinLetters(s, i)) {
            return null;
        }
        Token english = CatalogMatcher.isAsciiLetter(c) ? EnglishNumbers.at(s, i) : null;
        if (english != null) {
            return english;
        }
        int place = BuildingScanner.codeBeforeAPlace(s, i);
        if (place > 0) {
            return Token.of(TokenKind.BUILDING, s, i, place);
        }
        CatalogMatcher.Match product = catalog.matchAt(s, i);
        if (product != null) {
            return Token.product(s, i, i + product.length(), product.products(), product.modifier());
        }
        Token countBeforeCode = countBeforeCode(s, i);
        if (countBeforeCode != null) {
            return countBeforeCode;
        }
        Token countOfACode = countOfTheCodeBefore(s, i);
        if (countOfACode != null) {
            return countOfACode;
        }
        int building = BuildingScanner.scan(s, i, catalog.units());
        if (building > 0) {
            return Token.of(TokenKind.BUILDING, s, i, beforeACodeAtItsEnd(s, i, building));
        }
        Token byPrice = BuildingScanner.isDigit(c) ? byItsPrice(s, i) : null;
        if (byPrice != null) {
            return byPrice;
        }
        Token byTrait = ProductFragments.isHan(c) ? byItsTrait(s, i) : null;
        if (byTrait != null) {
            return byTrait;
        }
        if (BuildingScanner.isDigit(c)) {
            int spec = PackSpecs.scan(s, i);
            if (spec > 0) {
                return Token.of(TokenKind.SKIP, s, i, spec);
            }
            NumberScanner.Reading r = NumberScanner.digits(s, i, catalog.units());
            return teamNumber(s, i, r, wordBefore) ? null : number(s, i, r);
        }
        return wordOrNumber(s, i, wordBefore);
    }

    /** {@code 研发1组}, {@code 测试3组}: digits and 组 glued to a word name a team, as {@code 销售二组} does, not sets. */
    private boolean teamNumber(String s, int i, NumberScanner.Reading r, boolean wordBefore) {
        return r != null
                && wordBefore
                && "组".equals(r.unit())
                && ProductFragments.isHan(s.charAt(i - 1))
                && BUYING_VERBS.indexOf(s.charAt(i - 1)) < 0
                && !catalog.units().contains("组");
    }

    /** {@code A-Li}, {@code B.B}, {@code J.J}: a letter joined to more letters is part of a name, not a code. */
    private static boolean joinsLatinLetters(String s, int i) {
        if (!CatalogMatcher.isAsciiLetter(s.charAt(i))) {
            return false;
        }
        boolean after = i + 2 < s.length()
                && "-._".indexOf(s.charAt(i + 1)) >= 0
                && CatalogMatcher.isAsciiLetter(s.charAt(i + 2));
        boolean before = i >= 2
                && "-._".indexOf(s.charAt(i - 1)) >= 0
                && CatalogMatcher.isAsciiLetter(s.charAt(i - 2))
                && (i + 1 >= s.length()
                        || !(ProductFragments.isHan(s.charAt(i + 1)) || BuildingScanner.isDigit(s.charAt(i + 1))));
        return after || before;
    }

    private Token wordOrNumber(String s, int i, boolean wordBefore) {
        char c = s.charAt(i);
        if (c == '第') {
            return ordinal(s, i, false);
        }
        if (c == '倒' && s.startsWith("倒数第", i)) {
            Token fromTheEnd = ordinal(s, i + 2, true);
            return fromTheEnd == null ? null : Token.product(s, i, fromTheEnd.end(), fromTheEnd.products());
        }
        if (c == '最') {
            return last(s, i);
        }
        if (c == '一' && eachKindAt(s, i)) {
            return Token.of(TokenKind.EVERY, s, i, i + 2); // 一样来一个: one of each, as 每样
        }
        if (s.startsWith(JIN_AND_A_HALF, i)) {
            return Token.number(s, i, i + JIN_AND_A_HALF.length(), ONE_AND_A_HALF, "斤");
        }
        int hiding = Keywords.hidingPrefixAt(s, i);
        if (hiding > 0) {
            return hidden(s, i, i + hiding);
        }
        if ((c == '❌' || c == '✘' || c == '✗' || (c == '✖' && !isTimes(s, i)))
                && !s.substring(0, i).isBlank()
                && !notPaidAfter(s, i + 1)) {
            return Token.of(TokenKind.CANCEL, s, i, i + 1); // A❌ B2, 1箱❌: crossed out
        }
        Keywords.Hit hit = Keywords.at(s, i);
        if (hit != null && !(s.startsWith("更正", i) && s.substring(0, i).isBlank())) { // 更正:阿国 3斤: the line anew
            return Token.of(hit.kind(), s, i, i + hit.length());
        }
        int adding = addingWordAt(s, i);
        if (adding > 0) {
            return Token.of(TokenKind.PLUS, s, i, i + adding);
        }
        if (c == '+' || (c == '加' && quantityFollows(s, i + 1) && !endsAWord(s, i))) {
            return Token.of(TokenKind.PLUS, s, i, i + 1);
        }
        if (isTimes(s, i) || timesAfterACode(s, i)) {
            return Token.of(TokenKind.TIMES, s, i, i + 1);
        }
        if (c == '¥' || c == '￥') {
            return hidden(s, i, i + 1);
        }
        int paidMark = paidMarkBeforeAmount(s, i);
        if (paidMark > 0) {
            return hidden(s, i, i + paidMark);
        }
        if (BuildingScanner.isDigit(c)) {
            return number(s, i, NumberScanner.digits(s, i, catalog.units()));
        }
        Token numeralCode = numeralCode(s, i);
        if (numeralCode != null) {
            return numeralCode;
        }
        if (ChineseNumerals.isNumeral(c) || c == '半') {
            boolean afterVerb = i > 0
                    && (BUYING_VERBS.indexOf(s.charAt(i - 1)) >= 0
                            || ((c == '俩' || c == '仨') && s.charAt(i - 1) == '的')); // 白菜的仨: three of them
            NumberScanner.Reading r =
                    NumberScanner.numeral(s, i, (wordBefore && !afterVerb) || i == 0, catalog.units());
            if (r != null && wordBefore && !afterVerb && "组".equals(r.unit())) {
                return null; // 销售二组: a team, not two sets
            }
            if (r != null && villageGroupBeforeAName(s, i, r)) {
                return null; // 七组何婶三袋: the seventh village group, then who
            }
            return r == null ? countBeforeProduct(s, i, afterVerb) : number(s, i, r);
        }
        if (isPunct(c)) {
            return Token.of(TokenKind.PUNCT, s, i, i + 1);
        }
        return null;
    }

    private static final String ADDING_FIRST_CHARACTERS = WordTable.firstCharacters(ADDING_WORDS);

    /** {@code 我要俩}, {@code 来两}, {@code 也带一组}: a count right after the verb of buying or bringing stands on its own. */
    private static final String BUYING_VERBS = "要来拿买订整弄打称带捎留";

    /** {@code 核桃斤半}: a jin and a half, the one being understood. */
    private static final String JIN_AND_A_HALF = "斤半";

    private static final java.math.BigDecimal ONE_AND_A_HALF = new java.math.BigDecimal("1.5");

    /**
     * {@code 2A 1C}: one or two digits glued to one of the leader's letter codes, standing alone, count that
     * product; without such a code {@code 3B} is a building or a floor.
     */
    private Token countBeforeCode(String s, int i) {
        if (!BuildingScanner.isDigit(s.charAt(i))) {
            return null;
        }
        boolean inRun = i > 1
                && catalog.letterCode(s.charAt(i - 1)).size() == 1
                && BuildingScanner.isDigit(s.charAt(i - 2))
                && pairsEnd(s, i, 1) > 0; // the 1 of 2A1C
        if (i > 0 && !isBoundary(s.charAt(i - 1)) && !inRun) {
            return null;
        }
        int j = i;
        while (j < s.length() && BuildingScanner.isDigit(s.charAt(j)) && j - i < 3) {
            j++;
        }
        boolean floor = j < s.length()
                && (s.charAt(j) == 'F' || s.charAt(j) == 'f')
                && (i == 0 || (j + 1 < s.length() && s.charAt(j + 1) == '-'));
        boolean code = j - i <= 2
                && !floor // 9F-小卢, 12F 阿贵 at the start of the line: the floor, not nine of F
                && !isFlatBeforeTheName(s, i, j)
                && j < s.length()
                && catalog.letterCode(s.charAt(j)).size() == 1
                && (j + 1 == s.length() || isBoundary(s.charAt(j + 1)) || inRun || pairsEnd(s, i, 2) > 0);
        return code ? Token.number(s, i, j, new java.math.BigDecimal(s.substring(i, j)), null) : null;
    }

    /**
     * {@code 12B 陈生 A2 D3}, {@code Flat 3C 阿惠 C2}: a number and a letter opening the line, then the name, and the
     * order in codes with their counts after it — the flat, as Hong Kong writes it, not twelve of B.
     */
    private boolean isFlatBeforeTheName(String s, int i, int j) {
        String before = s.substring(0, i).strip();
        if (!(before.isEmpty() || BuildingScanner.isFlatWord(before))
                || j + 2 >= s.length()
                || s.charAt(j + 1) != ' '
                || !ProductFragments.isHan(s.charAt(j + 2))) {
            return false;
        }
        for (int p = j + 3; p < s.length(); p++) {
            boolean apart = s.charAt(p - 1) == ' ' || ProductFragments.isHan(s.charAt(p - 1));
            if (apart && catalog.letterCode(s.charAt(p)).size() == 1 && p + 1 < s.length()) {
                char next = s.charAt(p + 1);
                if (BuildingScanner.isDigit(next)
                        || (next == ' ' && p + 2 < s.length() && "xX×*".indexOf(s.charAt(p + 2)) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code 2A1C}, {@code 1a2b3c}: counts each glued before one of the leader's letter codes, to the end of the word,
     * at least {@code fewest} pairs from {@code i}. Where the run ends, or -1.
     */
    private int pairsEnd(String s, int i, int fewest) {
        int j = i;
        int pairs = 0;
        while (j < s.length() && BuildingScanner.isDigit(s.charAt(j))) {
            int d = j;
            while (j < s.length() && BuildingScanner.isDigit(s.charAt(j)) && j - d < 3) {
                j++;
            }
            if (j - d > 2 || j >= s.length() || catalog.letterCode(s.charAt(j)).size() != 1) {
                return -1;
            }
            j++;
            pairs++;
        }
        return pairs >= fewest && (j == s.length() || isBoundary(s.charAt(j))) ? j : -1;
    }

    /**
     * {@code A2C2F1}: one or two digits right after one of the leader's letter codes, before the next code or the end,
     * count that code's product; {@code 2F} there is no floor.
     */
    private Token countOfTheCodeBefore(String s, int i) {
        if (i == 0
                || !BuildingScanner.isDigit(s.charAt(i))
                || catalog.letterCode(s.charAt(i - 1)).size() != 1
                || (i > 1 && CatalogMatcher.isAsciiLetter(s.charAt(i - 2)))) {
            return null;
        }
        int j = i;
        while (j < s.length() && BuildingScanner.isDigit(s.charAt(j)) && j - i < 2) {
            j++;
        }
        boolean codeNext = j < s.length()
                && catalog.letterCode(s.charAt(j)).size() == 1
                && j + 1 < s.length()
                && BuildingScanner.isDigit(s.charAt(j + 1));
        return codeNext ? Token.number(s, i, j, new java.math.BigDecimal(s.substring(i, j)), null) : null;
    }

    private static boolean isBoundary(char c) {
        return c == ' ' || isPunct(c);
    }

    /** {@code 一样来一个}, {@code 一样一袋}: "one of each kind" in the north, not "the same as" ({@code 跟上面一样}). */
    private static boolean eachKindAt(String s, int i) {
        if (!s.startsWith("一样", i) || i + 2 >= s.length()) {
            return false;
        }
        char after = s.charAt(i + 2);
        boolean count =
                "来要拿整".indexOf(after) >= 0 || ChineseNumerals.isNumeral(after) || BuildingScanner.isDigit(after);
        boolean same = i > 0 && "跟和同都也".indexOf(s.charAt(i - 1)) >= 0;
        return count && !same;
    }

    /** What follows a price that names the product sold at it ({@code 39的}, {@code 69那个}, {@code 88蚊嗰个}). */
    private static final List<String> PRICE_MARKS =
            List.of("元的", "块的", "块钱的", "元那个", "块那个", "蚊嗰个", "蚊嘅", "的那个", "的那款", "的那种", "那个", "那款", "那种", "的");

    /**
     * {@code 39的两条}, {@code 69那个来一盒}, {@code 19.9的2袋}: the product sold at that price, named by it as a leader's
     * post lists prices; several products at the same price all fit (the line then asks which). At no price, the
     * product whose name holds the number ({@code 99的} of 丹东99草莓). {@code null} when the number is neither, or is
     * not followed by 的 or 那个.
     */
    private Token byItsPrice(String s, int i) {
        int end = NumberScanner.decimalEnd(s, i);
        if (end - i > 6 || (i > 0 && (BuildingScanner.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.'))) {
            return null;
        }
        String mark = null;
        for (String m : PRICE_MARKS) {
            if (s.startsWith(m, end)) {
                mark = m;
                break;
            }
        }
        if (mark == null) {
            return null;
        }
        java.math.BigDecimal price = new java.math.BigDecimal(s.substring(i, end)); // digits, maybe a decimal point
        List<CatalogItem> atThePrice = new ArrayList<>(2);
        for (CatalogItem item : catalog.catalog()) {
            if (item.price() != null && item.price().compareTo(price) == 0) {
                atThePrice.add(item);
            }
        }
        if (atThePrice.isEmpty()) {
            for (CatalogItem item : catalog.catalog()) {
                if (wholeNumberIn(item.name(), s.substring(i, end), 0) >= 0) {
                    atThePrice.add(item); // 99的两盒 of 丹东99草莓: the number in the product's name
                }
            }
        }
        return atThePrice.isEmpty() ? null : Token.product(s, i, end + mark.length(), List.copyOf(atThePrice));
    }

    /** What a product is like — size, colour, taste, state — which {@code 大的}, {@code 红的} pick a product by. */
    private static final String TRAITS = "大小红绿白黄黑紫粉蓝灰橙青甜咸辣酸纯原冰热长短厚薄圆方公母散整抽卷肥瘦嫩鲜冻生熟软硬香脆粗细高低黏糯";

    /**
     * {@code 便宜的那个}, {@code 最贵的}, {@code 大的}, {@code 红的一罐}, {@code 不辣的1份}: the one product of the deal
     * that is the cheapest or the dearest, whose name holds the trait ({@code 红} of 滇红工夫红茶), or, after 不, the
     * only one whose name lacks it. {@code null} when none or several fit, or the words run on into others.
     */
    private Token byItsTrait(String s, int i) {
        if (catalog.catalog().size() < 2
                || (i > 0
                        && " ,，、:：+".indexOf(s.charAt(i - 1)) < 0
                        && !afterACountOfATrait(s, i)
                        && !afterATrait(s, i))) {
            return null;
        }
        int de = s.indexOf('的', i);
        if (de <= i || de - i > 3) {
            return null;
        }
        int end = de + 1;
        for (String mark : TRAIT_MARKS) {
            if (s.startsWith(mark, end)) {
                end += mark.length();
                break;
            }
        }
        if (end < s.length()
                && ProductFragments.isHan(s.charAt(end))
                && !ChineseNumerals.isNumeral(s.charAt(end))
                && "来要各都也".indexOf(s.charAt(end)) < 0
                && !afterATrait(s, end + 2)) {
            return null; // 大的西瓜: the product is named after it
        }
        String trait = s.substring(i, de);
        CatalogItem fits = fitting(trait.startsWith("最") ? trait.substring(1) : trait);
        return fits == null ? null : Token.product(s, i, end, List.of(fits));
    }

    /** {@code 红的绿的各一}: right after another trait and its 的. */
    private static boolean afterATrait(String s, int i) {
        return i >= 2 && i <= s.length() && s.charAt(i - 1) == '的' && TRAITS.indexOf(s.charAt(i - 2)) >= 0;
    }

    /** {@code 大的1小的1}: right after the count of a product named by its trait. */
    private static boolean afterACountOfATrait(String s, int i) {
        int j = i;
        while (j > 0 && BuildingScanner.isDigit(s.charAt(j - 1))) {
            j--;
        }
        return j < i && j > 0 && s.charAt(j - 1) == '的';
    }

    /** The one product {@code trait} picks out, or {@code null}. */
    private CatalogItem fitting(String trait) {
        if (trait.isEmpty() || trait.chars().anyMatch(ch -> !ProductFragments.isHan((char) ch))) {
            return null;
        }
        if (trait.equals("便宜") || trait.equals("实惠") || trait.equals("贵")) {
            return byPrice(trait.equals("贵"));
        }
        boolean not = trait.length() >= 2 && trait.charAt(0) == '不';
        String word = not ? trait.substring(1) : trait;
        if (word.length() > 2 || TRAITS.indexOf(word.charAt(0)) < 0) {
            return null;
        }
        for (CatalogItem item : catalog.catalog()) {
            for (String alias : item.aliases()) {
                if (alias.equals(word + "色") || alias.equals(word + "款") || alias.equals(word + "的")) {
                    return null; // 粉的 where 粉色 names a product: read as the kinds are
                }
            }
        }
        CatalogItem with = null;
        CatalogItem without = null;
        int withCount = 0;
        int withoutCount = 0;
        for (int k = 0; k < catalog.catalog().size(); k++) {
            CatalogItem item = catalog.catalog().get(k);
            boolean has = distinctParts.get(k).contains(word);
            for (String alias : item.aliases()) {
                has |= alias.length() > 1 && alias.contains(word);
            }
            if (has) {
                with = item;
                withCount++;
            } else {
                without = item;
                withoutCount++;
            }
        }
        if (not) {
            return withoutCount == 1 && withCount > 0 ? without : null;
        }
        return withCount == 1 ? with : null;
    }

    /** What may follow the 的 of a trait and belongs to it ({@code 便宜的那个}). */
    /** {@code ❌未收}, {@code ❌ 没付}: words after a cross that make it a mark of money not yet paid. */
    public static boolean notPaidAfter(String s, int at) {
        int j = at;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        for (String word : NOT_PAID) {
            if (s.startsWith(word, j)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> NOT_PAID = List.of("未收", "未付", "没付", "未转", "没转", "待付", "未交", "没交", "欠");

    /**
     * {@code 荣姐-3栋-1号1} in a deal of products 1号, 2号…: the building {@code 3栋-1} read up to a 号 ends before its
     * last hyphen, where a product's code begins.
     */
    private int beforeACodeAtItsEnd(String s, int i, int end) {
        if (end >= s.length() || s.charAt(end) != '号') {
            return end;
        }
        int dash = s.lastIndexOf('-', end - 1);
        if (dash <= i || BuildingScanner.isDigit(s.charAt(dash - 1))) {
            return end; // 1-5号各一: a range of codes, not a building
        }
        CatalogMatcher.Match code = catalog.matchAt(s, dash + 1);
        return code != null && !code.ambiguous() && dash + 1 + code.length() == end + 1 ? dash : end;
    }

    private static final List<String> TRAIT_MARKS = List.of("那个", "那款", "那种", "那箱", "那盒", "那袋", "那份");

    /**
     * Each product's name without what all the names share ({@code 大份} and {@code 小份} of 盱眙小龙虾大份 and
     * 盱眙小龙虾小份), so a trait is looked for where the products differ.
     */
    private static List<String> distinctParts(List<CatalogItem> catalog) {
        List<String> names = catalog.stream().map(CatalogItem::name).toList();
        String shared = names.isEmpty() ? "" : longestShared(names);
        return shared.length() < 2
                ? names
                : names.stream().map(n -> n.replace(shared, " ")).toList();
    }

    /** The longest run of characters every name holds ({@code 盱眙小龙虾}), or empty. */
    private static String longestShared(List<String> names) {
        String first = names.get(0);
        for (int len = first.length(); len >= 2; len--) {
            for (int from = 0; from + len <= first.length(); from++) {
                String run = first.substring(from, from + len);
                if (names.stream().allMatch(n -> n.contains(run))) {
                    return run;
                }
            }
        }
        return "";
    }

    /** The one product sold at the lowest price ({@code dearest} false) or the highest, or {@code null}. */
    private CatalogItem byPrice(boolean dearest) {
        CatalogItem best = null;
        boolean tie = false;
        for (CatalogItem item : catalog.catalog()) {
            if (item.price() == null) {
                return null;
            }
            int cmp = best == null ? 1 : item.price().compareTo(best.price()) * (dearest ? 1 : -1);
            if (cmp > 0) {
                best = item;
                tie = false;
            } else if (cmp == 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Where {@code number} next stands in {@code name} as a whole number, from {@code from} on ({@code 99} in
     * {@code 丹东99草莓}, {@code 32} in {@code 雨靴 32码}; not inside {@code 132} or {@code 3.32}), or -1.
     */
    static int wholeNumberIn(String name, String number, int from) {
        for (int at = name.indexOf(number, from); at >= 0; at = name.indexOf(number, at + 1)) {
            int end = at + number.length();
            boolean before = at > 0 && (BuildingScanner.isDigit(name.charAt(at - 1)) || name.charAt(at - 1) == '.');
            boolean after =
                    end < name.length() && (BuildingScanner.isDigit(name.charAt(end)) || name.charAt(end) == '.');
            if (!before && !after) {
                return at;
            }
        }
        return -1;
    }

    /** Words for "the last one" of the post's products. */
    private static final List<String> THE_LAST = List.of("最后一个", "最后那个", "最后一款", "最后那款", "最后一种", "最后那种", "最后一样");

    /** {@code 最后一个}, {@code 最后那款}: the post's last product, or {@code null}. */
    private Token last(String s, int i) {
        for (String word : THE_LAST) {
            if (s.startsWith(word, i)) {
                CatalogItem product = atPlace(1, true);
                return product == null ? null : Token.product(s, i, i + word.length(), List.of(product));
            }
        }
        return null;
    }

    /**
     * The product at {@code place} in the post — by the leader's number when the post numbers its products, else by
     * the order the deal lists them — counted from the end when {@code fromTheEnd}; {@code null} when there is none.
     */
    private CatalogItem atPlace(int place, boolean fromTheEnd) {
        List<CatalogItem> all = catalog.catalog();
        if (all.size() < 2 || place < 1 || place > all.size()) {
            return null;
        }
        int at = fromTheEnd ? all.size() + 1 - place : place;
        List<CatalogItem> numbered = catalog.menuNumber(String.valueOf(at));
        if (numbered.size() == 1) {
            return numbered.get(0);
        }
        return catalog.hasMenuNumbers() ? null : all.get(at - 1);
    }

    /** {@code 第二个}, {@code 第3款}, {@code 第十个}: the product the post numbered so, or {@code null}. */
    private Token ordinal(String s, int i, boolean fromTheEnd) {
        int j = i + 1;
        if (j >= s.length()) {
            return null;
        }
        int value;
        int end;
        if (BuildingScanner.isDigit(s.charAt(j))) {
            end = j;
            while (end < s.length() && BuildingScanner.isDigit(s.charAt(end)) && end - j < 2) {
                end++;
            }
            value = Integer.parseInt(s.substring(j, end));
        } else if (ChineseNumerals.isNumeral(s.charAt(j))) {
            ChineseNumerals.Reading numeral = ChineseNumerals.read(s, j);
            if (numeral == null) {
                return null;
            }
            value = numeral.value();
            end = j + numeral.length();
        } else {
            return null;
        }
        boolean digits = BuildingScanner.isDigit(s.charAt(j)); // 第一名 may be a nickname
        if (digits && end < s.length() && "位名批次天周期届轮".indexOf(s.charAt(end)) >= 0) {
            return Token.of(TokenKind.SKIP, s, i, end + 1); // 第41位往后排下一批: a place in the queue, no count
        }
        if (end >= s.length() || "个款种样号项".indexOf(s.charAt(end)) < 0) {
            return null;
        }
        CatalogItem product = atPlace(value, fromTheEnd);
        return product == null ? null : Token.product(s, i, end + 1, List.of(product));
    }

    /** {@code 一号两斤} where the leader coded a product {@code 1号}: the code written in a Chinese numeral. */
    private Token numeralCode(String s, int i) {
        ChineseNumerals.Reading numeral = ChineseNumerals.isNumeral(s.charAt(i)) ? ChineseNumerals.read(s, i) : null;
        int end = numeral == null ? -1 : i + numeral.length();
        if (end < 0 || end >= s.length() || s.charAt(end) != '号' || numeral.value() > 99) {
            return null;
        }
        String digits = Integer.toString(numeral.value());
        CatalogMatcher.Match match = catalog.matchAt(digits + s.substring(end, Math.min(s.length(), end + 2)), 0);
        return match != null && match.length() == digits.length() + 1
                ? Token.product(s, i, end + 1, match.products())
                : null;
    }

    /** {@code 再来俩烧饼}: after the verb of buying, a count glued to a product word of the deal. */
    private Token countBeforeProduct(String s, int i, boolean afterVerb) {
        ChineseNumerals.Reading numeral = afterVerb ? ChineseNumerals.read(s, i) : null;
        int end = numeral == null ? -1 : i + numeral.length();
        if (end < 0 || end >= s.length() || catalog.matchAt(s, end) == null) {
            return null;
        }
        return Token.number(s, i, end, java.math.BigDecimal.valueOf(numeral.value()), null);
    }

    private Token number(String s, int i, NumberScanner.Reading r) {
        return r.quantity()
                ? Token.number(s, i, r.end(), r.value(), r.unit())
                : Token.of(TokenKind.SKIP, s, i, r.end());
    }

    /**
     * {@code ✅45}, {@code 💰90}: a paid mark with two or more digits glued after it is the money paid, not a
     * count; the length of the mark, else 0 ({@code ✅2} stays a mark and a count).
     */
    private static int paidMarkBeforeAmount(String s, int i) {
        char c = s.charAt(i);
        int mark = c == '✅' || c == '☑' || c == '✔' ? 1 : s.startsWith("💰", i) ? 2 : 0;
        int j = i + mark;
        return mark > 0
                        && j + 1 < s.length()
                        && BuildingScanner.isDigit(s.charAt(j))
                        && BuildingScanner.isDigit(s.charAt(j + 1))
                ? mark
                : 0;
    }

    /** {@code 身高}, {@code 体重}, {@code 头围}: a measure of the person at {@code i}, hiding the number after it. */
    private static boolean measures(String s, int i) {
        for (String word : Keywords.MEASURES) {
            if (s.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    private Token hidden(String s, int i, int afterPrefix) {
        int j = afterPrefix;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j < s.length() && (BuildingScanner.isDigit(s.charAt(j)) || ChineseNumerals.isNumeral(s.charAt(j)))) {
            NumberScanner.Reading r = BuildingScanner.isDigit(s.charAt(j))
                    ? NumberScanner.digits(s, j, catalog.units())
                    : NumberScanner.numeral(s, j, false, catalog.units());
            boolean paid = s.charAt(i) == '已' || s.charAt(i) == '付' || s.charAt(i) == '转';
            if (r != null && paid && j > afterPrefix && r.unit() != null && !"元块".contains(r.unit())) {
                return Token.of(TokenKind.SKIP, s, i, afterPrefix); // 已付 2个: paid, and two of them
            }
            if (r != null) {
                int end = r.end() < s.length() && (s.charAt(r.end()) == '元' || s.charAt(r.end()) == '块')
                        ? r.end() + 1
                        : r.end();
                if (measures(s, i) && end + 1 < s.length() && "-~～到至".indexOf(s.charAt(end)) >= 0) {
                    return null; // 身高100-110cm: a size chart's range, not a child's measure
                }
                if (end + 1 < s.length() && s.charAt(end) == '米' && BuildingScanner.isDigit(s.charAt(end + 1))) {
                    end = skipDigits(s, end + 1); // 身高1米38: a metre and thirty-eight
                } else if (end > 0
                        && s.charAt(end - 1) == '米'
                        && end < s.length()
                        && BuildingScanner.isDigit(s.charAt(end))) {
                    end = skipDigits(s, end);
                }
                while (end + 1 < s.length() && s.charAt(end) == '+' && BuildingScanner.isDigit(s.charAt(end + 1))) {
                    end = skipDigits(s, end + 1); // 已付75+5: a sum of money, not one more
                    end = end < s.length() && (s.charAt(end) == '元' || s.charAt(end) == '块') ? end + 1 : end;
                }
                return Token.of(TokenKind.SKIP, s, i, end);
            }
        }
        boolean total = s.charAt(i) != '已' && s.charAt(i) != '付';
        return total ? null : Token.of(TokenKind.SKIP, s, i, afterPrefix);
    }

    private static int skipDigits(String s, int from) {
        int j = from;
        while (j < s.length() && (BuildingScanner.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        return j;
    }

    private Token strike(String s, int i) {
        int close = s.indexOf("~~", i + 2);
        if (close < 0) {
            return Token.of(TokenKind.PUNCT, s, i, i + 2);
        }
        return Token.enclosing(TokenKind.STRIKE, s, i, close + 2, s.substring(i + 2, close));
    }

    private Token bracket(String s, int i, char close) {
        int end = s.indexOf(close, i + 1);
        if (end < 0) {
            return Token.of(TokenKind.PUNCT, s, i, i + 1);
        }
        String content = s.substring(i + 1, end).strip();
        boolean between = i > 0
                && end + 1 < s.length()
                && (BuildingScanner.isDigit(s.charAt(end + 1)) || catalog.matchAt(s, end + 1) != null);
        if (between && CHANGE_MARKS.contains(content)) {
            return Token.of(TokenKind.CHANGE, s, i, end + 1); // 米线3【改】米线4: the mark of a change, not a remark
        }
        return Token.enclosing(TokenKind.REMARK, s, i, end + 1, s.substring(i + 1, end));
    }

    /** A bracket holding only these, between two orders, marks a change: {@code 米线3【改】米线4}. */
    private static final java.util.Set<String> CHANGE_MARKS = java.util.Set.of("改", "改成", "改为", "更正", "修改", "更改");

    /** {@code 再来一份}, {@code 再要1盒}, {@code 另加1份}, {@code 多加1份}: one more of the same, a sum like {@code +1}. */
    /**
     * {@code 七组何婶三袋}, {@code 三组 冉叔 4}: a numeral and 组 first on the line, before a word, names the village
     * group the person lives in, unless the deal sells by the 组.
     */
    private boolean villageGroupBeforeAName(String s, int i, NumberScanner.Reading r) {
        int end = r.end();
        while (end < s.length() && s.charAt(end) == ' ') {
            end++;
        }
        return "组".equals(r.unit())
                && s.substring(0, i).isBlank()
                && end < s.length()
                && ProductFragments.isHan(s.charAt(end))
                && !catalog.units().contains("组")
                && catalog.matchAt(s, end) == null;
    }

    private int addingWordAt(String s, int i) {
        if (ADDING_FIRST_CHARACTERS.indexOf(s.charAt(i)) < 0) {
            return 0;
        }
        for (String word : ADDING_WORDS) {
            if (s.startsWith(word, i) && quantityFollows(s, i + word.length())) {
                return word.length();
            }
        }
        return 0;
    }

    /**
     * {@code 阿拉斯加 1袋}, {@code 加加 2份}: a 加 glued to the end of a word, a space after it, ends the word (a
     * name) rather than adding ({@code 再加 1}, {@code 1盒 加 1盒}).
     */
    private static boolean endsAWord(String s, int i) {
        return i > 0
                && i + 1 < s.length()
                && s.charAt(i + 1) == ' '
                && ProductFragments.isHan(s.charAt(i - 1))
                && "再还也另多各就只又都要想可请并".indexOf(s.charAt(i - 1)) < 0
                && !(i > 1 && (BuildingScanner.isDigit(s.charAt(i - 2)) || ChineseNumerals.isNumeral(s.charAt(i - 2))));
    }

    private boolean quantityFollows(String s, int from) {
        int j = from;
        while (j < s.length() && j - from < 2 && s.charAt(j) == ' ') {
            j++; // 1盒 加 1盒
        }
        if (j >= s.length()) {
            return false;
        }
        char c = s.charAt(j);
        return BuildingScanner.isDigit(c)
                || ((ChineseNumerals.isNumeral(c) || c == '半')
                        && NumberScanner.numeral(s, j, false, catalog.units()) != null);
    }

    /** {@code Bx1 Cx2}: an x right after one of the deal's letter codes standing alone, before a count. */
    private boolean timesAfterACode(String s, int i) {
        char c = s.charAt(i);
        boolean x = c == 'x' || c == 'X';
        boolean lone = i > 0
                && CatalogMatcher.isAsciiLetter(s.charAt(i - 1))
                && (i == 1 || !CatalogMatcher.isAsciiLetter(s.charAt(i - 2)));
        return x
                && lone
                && !catalog.letterCode(s.charAt(i - 1)).isEmpty()
                && i + 1 < s.length()
                && BuildingScanner.isDigit(s.charAt(i + 1));
    }

    private static boolean isTimes(String s, int i) {
        char c = s.charAt(i);
        if (c != 'x' && c != 'X' && c != '×' && c != '*' && c != '✖' && c != '乘') {
            return false;
        }
        if (i > 0 && CatalogMatcher.isAsciiLetter(s.charAt(i - 1)) && c != '*' && c != '×' && c != '✖') {
            return false;
        }
        if (c == '*' && i > 0 && s.charAt(i - 1) == '*') {
            return false; // 王** 2瓶: stars masking a name, not a times sign
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j < s.length() && (BuildingScanner.isDigit(s.charAt(j)) || ChineseNumerals.isNumeral(s.charAt(j)));
    }

    static boolean isPunct(char c) {
        return PUNCT.indexOf(c) >= 0;
    }
}
