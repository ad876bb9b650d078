package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * When the leader's post numbers its products ({@code 1. 卤鸭脖 2. 卤鸭翅 …}), residents order by those
 * numbers: {@code 1+3} is one of each, {@code 4x2} two of product 4, {@code 1+3 各2袋} two of each. A number is
 * read as a product number only in such an expression; a lone number could be either reading and is left as
 * a number (which asks, in a multi-product deal).
 */
public final class MenuNumbers {

    private MenuNumbers() {}

    /**
     * {@code ABC各一}, {@code BDE 各2袋}: letters written together, each one of the leader's codes, right before 各 (or
     * apart from it, when no letter comes twice) name those products; {@code A.C.D各一} too ({@link #dottedCodes});
     * anywhere else a run of letters is a word ({@code AB} is somebody's name).
     */
    public static List<Token> letterRuns(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.TEXT)) {
                continue;
            }
            int next = Token.nonSpaceFrom(tokens, k + 1);
            if (next == k + 1 && k > 0 && tokens.get(next).is(TokenKind.CANCEL)) {
                if (isCodeRun(t, catalog) && differentLetters(t.text())) {
                    out = out == null ? new ArrayList<>(tokens) : out; // BC不要了: the codes dropped, not a word
                    asCodes(out, t, t.length(), catalog);
                }
                continue;
            }
            if (next < 0 || !tokens.get(next).is(TokenKind.EACH)) {
                continue;
            }
            boolean glued = next == k + 1; // BDE 各2袋 apart from 各: only different codes
            List<List<dev.groupbuy.core.deal.CatalogItem>> characters = glued ? oneProductEach(t, catalog) : null;
            if (characters != null) {
                out = out == null ? new ArrayList<>(tokens) : out; // 公母各3, 大小各一: a product per character
                int at = out.indexOf(t);
                out.remove(at);
                for (int c = 0; c < characters.size(); c++) {
                    out.add(at + c, t.characterAsProduct(c, characters.get(c)));
                }
                continue;
            }
            int letters = isCodeRun(t, catalog) && (glued || differentLetters(t.text()))
                    ? t.length()
                    : glued ? codeRunBeforeAWord(t, catalog) : 0;
            if (letters > 0) {
                out = out == null ? new ArrayList<>(tokens) : out;
                int at = asCodes(out, t, letters, catalog);
                if (letters < t.length()) {
                    out.add(at + letters, Token.of(TokenKind.TEXT, t.line(), t.start() + letters, t.end()));
                }
            }
        }
        return listsBeforeEach(dottedCodes(runsAfterTheName(out == null ? tokens : out, catalog), catalog), catalog);
    }

    /**
     * {@code 晓东 ABC}, {@code 5-2-902 蔚然 AC 少辣}: after the name, letters written together and standing apart, each
     * one of the leader's codes and none twice, name those products, one of each. As the first word they are a name
     * ({@code AB 2}); before a count ({@code AD 2}) it is not said whether the count is each or both, which asks.
     */
    private static List<Token> runsAfterTheName(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 2; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.TEXT)
                    || !tokens.get(k - 1).is(TokenKind.SPACE)
                    || Token.nonSpaceUpTo(tokens, k - 1) < 0
                    || !isCodeRun(t, catalog)
                    || !differentLetters(t.text().toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            int next = Token.nonSpaceFrom(tokens, k + 1);
            boolean apart = k + 1 == tokens.size() || tokens.get(k + 1).is(TokenKind.SPACE);
            if (apart && (next < 0 || !tokens.get(next).is(TokenKind.NUMBER))) {
                out = out == null ? new ArrayList<>(tokens) : out;
                asCodes(out, t, t.length(), catalog);
            }
        }
        return out == null ? tokens : out;
    }

    /** {@code t} in {@code out} replaced by its first {@code letters} characters, each the product its code names; where. */
    private static int asCodes(List<Token> out, Token t, int letters, CatalogMatcher catalog) {
        int at = out.indexOf(t);
        out.remove(at);
        for (int c = 0; c < letters; c++) {
            out.add(at + c, t.characterAsProduct(c, catalog.letterCode(t.text().charAt(c))));
        }
        return at;
    }

    /**
     * {@code 公母}, {@code 大小}, {@code 红白} before 各: two to four Chinese characters, each found in the name or an
     * alias of exactly one product, a different one each — those products; {@code null} when the word is not so.
     */
    private static List<List<dev.groupbuy.core.deal.CatalogItem>> oneProductEach(Token t, CatalogMatcher catalog) {
        String text = t.text();
        if (text.length() < 2 || text.length() > 4) {
            return null;
        }
        List<List<dev.groupbuy.core.deal.CatalogItem>> out = new ArrayList<>(text.length());
        java.util.Set<String> skus = new java.util.HashSet<>();
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (!ProductFragments.isHan(ch)) {
                return null;
            }
            List<dev.groupbuy.core.deal.CatalogItem> having = catalog.catalog().stream()
                    .filter(p ->
                            p.name().indexOf(ch) >= 0 || p.aliases().stream().anyMatch(a -> a.indexOf(ch) >= 0))
                    .toList();
            if (having.size() != 1 || !skus.add(having.get(0).sku())) {
                return null;
            }
            out.add(having);
        }
        return out;
    }

    /**
     * {@code 1.2.4各一}, {@code 1和3各一箱}, {@code 1号同2号各一}, {@code A.B.D.E 各一份}, {@code 1,3,5号各一}: two or more of
     * the deal's codes joined by dots, commas, 、, /, + or a word for "and" before 各 are those products. A decimal among them ({@code 1.4各一})
     * is two codes: nobody orders 1.4 of each.
     */
    private static List<Token> listsBeforeEach(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = tokens;
        for (int e = 1; e < out.size(); e++) {
            if (!out.get(e).is(TokenKind.EACH)) {
                continue;
            }
            int first = -1;
            int codes = 0;
            boolean joined = false;
            for (int k = Token.nonSpaceUpTo(out, e - 1); k >= 0; ) {
                int n = codesIn(out.get(k), catalog);
                if (n == 0) {
                    break;
                }
                first = k;
                codes += n;
                joined |= n == 2;
                int join = Token.nonSpaceUpTo(out, k - 1);
                if (join < 1 || !isJoin(out.get(join))) {
                    break;
                }
                joined = true;
                k = Token.nonSpaceUpTo(out, join - 1);
            }
            if (codes < 2 || !joined) {
                continue;
            }
            List<Token> read = new ArrayList<>(out.subList(0, first));
            for (int k = first; k < e; k++) {
                read.addAll(asCodes(out.get(k), catalog));
            }
            int moved = read.size() - e;
            read.addAll(out.subList(e, out.size()));
            out = read;
            e += moved;
        }
        return out;
    }

    /** How many of the deal's codes {@code t} is: one, two for a decimal of two codes, none. */
    private static int codesIn(Token t, CatalogMatcher catalog) {
        if (t.is(TokenKind.PRODUCT)) {
            return t.products().size() == 1 ? 1 : 0;
        }
        if (t.is(TokenKind.TEXT)) {
            return t.length() == 1 && catalog.letterCode(t.firstChar()).size() == 1 ? 1 : 0;
        }
        if (!t.is(TokenKind.NUMBER) || t.unit() != null) {
            return 0;
        }
        String text = t.text();
        int dot = text.indexOf('.');
        if (dot < 0) {
            return catalog.menuNumber(text).size() == 1 ? 1 : 0;
        }
        List<dev.groupbuy.core.deal.CatalogItem> one = catalog.menuNumber(text.substring(0, dot));
        List<dev.groupbuy.core.deal.CatalogItem> two = catalog.menuNumber(text.substring(dot + 1));
        return one.size() == 1 && two.size() == 1 && !one.equals(two) ? 2 : 0;
    }

    private static boolean isJoin(Token t) {
        return t.is(TokenKind.PLUS)
                || t.isChar('.')
                || t.isChar('、')
                || t.isChar(',')
                || t.isChar('/')
                || (t.is(TokenKind.TEXT) && t.length() == 1 && "和同跟与及".indexOf(t.firstChar()) >= 0);
    }

    /** The tokens of a list of codes read as its products, its joining words as punctuation. */
    private static List<Token> asCodes(Token t, CatalogMatcher catalog) {
        if (t.is(TokenKind.TEXT)
                && t.length() == 1
                && catalog.letterCode(t.firstChar()).size() == 1) {
            return List.of(t.characterAsProduct(0, catalog.letterCode(t.firstChar())));
        }
        if (t.is(TokenKind.TEXT)) {
            return List.of(Token.of(TokenKind.PUNCT, t.line(), t.start(), t.end()));
        }
        if (!t.is(TokenKind.NUMBER)) {
            return List.of(t);
        }
        String text = t.text();
        int dot = text.indexOf('.');
        if (dot < 0) {
            return List.of(t.asProduct(catalog.menuNumber(text)));
        }
        int at = t.start() + dot;
        return List.of(
                Token.product(t.line(), t.start(), at, catalog.menuNumber(text.substring(0, dot))),
                Token.of(TokenKind.PUNCT, t.line(), at, at + 1),
                Token.product(t.line(), at + 1, t.end(), catalog.menuNumber(text.substring(dot + 1))));
    }

    /** {@code A.C.D各一}: single codes of the deal with dots between them, before 各, are those products. */
    private static List<Token> dottedCodes(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int e = 0; e < tokens.size(); e++) {
            if (!tokens.get(e).is(TokenKind.EACH)) {
                continue;
            }
            int first = e;
            int dots = 0;
            for (int k = e - 1; k >= 0 && isSingleCode(tokens.get(k), catalog); k -= 2) {
                first = k;
                if (k == 0 || !tokens.get(k - 1).isChar('.')) {
                    break;
                }
                dots++;
            }
            if (dots < 1 || first == e) {
                continue;
            }
            out = out == null ? new ArrayList<>(tokens) : out;
            for (int k = first; k < e; k += 2) {
                Token t = out.get(k);
                if (t.is(TokenKind.TEXT)) {
                    out.set(
                            k,
                            t.characterAsProduct(0, catalog.letterCode(t.text().charAt(0))));
                }
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean isSingleCode(Token t, CatalogMatcher catalog) {
        return (t.is(TokenKind.TEXT) || t.is(TokenKind.PRODUCT))
                && t.length() == 1
                && catalog.letterCode(t.text().charAt(0)).size() == 1;
    }

    /** {@code ABC还是各一盒}: codes written together, then a word that keeps them ({@code 还是}, {@code 都}); their count. */
    private static int codeRunBeforeAWord(Token t, CatalogMatcher catalog) {
        String text = t.text();
        for (String word : KEEPING_WORDS) {
            if (text.endsWith(word) && text.length() - word.length() >= 2) {
                String run = text.substring(0, text.length() - word.length());
                for (int c = 0; c < run.length(); c++) {
                    if (catalog.letterCode(run.charAt(c)).size() != 1) {
                        return 0;
                    }
                }
                return run.length() <= 8 ? run.length() : 0;
            }
        }
        return 0;
    }

    private static final List<String> KEEPING_WORDS = List.of("还是", "照旧", "都要", "都", "也", "还");

    /** {@code BDE}: no letter twice. */
    private static boolean differentLetters(String text) {
        return text.chars().distinct().count() == text.length();
    }

    private static boolean isCodeRun(Token t, CatalogMatcher catalog) {
        String text = t.text();
        if (text.length() < 2 || text.length() > 8) {
            return false;
        }
        for (int c = 0; c < text.length(); c++) {
            if (catalog.letterCode(text.charAt(c)).size() != 1) {
                return false;
            }
        }
        return true;
    }

    public static List<Token> read(List<Token> tokens, CatalogMatcher catalog) {
        if (!catalog.hasMenuNumbers()) {
            return tokens;
        }
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean timesOfAProduct = k >= 2
                    && tokens.get(k - 1).is(TokenKind.TIMES)
                    && tokens.get(k - 2).is(TokenKind.PRODUCT); // 4号x2→x3
            if ((countOfAProduct(tokens, k) || timesOfAProduct) && changedAfter(tokens, k)) {
                continue; // 3号 2→1: the count of 3号 changed, not product 2
            }
            if (isCandidate(t, catalog)
                    && (inExpression(tokens, k, catalog)
                            || inList(tokens, k, catalog)
                            || besideAWord(tokens, k)
                            || besideItsName(tokens, k, catalog)
                            || beforeItsCount(tokens, k)
                            || swappedTo(tokens, k, catalog)
                            || isItsSize(tokens, k, catalog))) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, t.asProduct(catalog.menuNumber(t.text())));
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * {@code 38改39}, {@code 40 改 38}: two bare numbers of products (sizes, menu numbers) on both sides of a change are
     * those products, the one swapped for the other, not a count of 39. A count after a product written with 号
     * ({@code 4号改2}) stays a count.
     */
    private static boolean swappedTo(List<Token> tokens, int k, CatalogMatcher catalog) {
        int change = Token.nonSpaceUpTo(tokens, k - 1);
        if (change >= 1 && tokens.get(change).is(TokenKind.CHANGE)) {
            int from = Token.nonSpaceUpTo(tokens, change - 1);
            if (from >= 0 && !countOfAProduct(tokens, from) && swapsBetween(tokens.get(from), tokens.get(k), catalog)) {
                return true;
            }
        }
        int next = Token.nonSpaceFrom(tokens, k + 1);
        if (next >= 0 && tokens.get(next).is(TokenKind.CHANGE) && !countOfAProduct(tokens, k)) {
            int to = Token.nonSpaceFrom(tokens, next + 1);
            return to >= 0 && swapsBetween(tokens.get(k), tokens.get(to), catalog);
        }
        return false;
    }

    /** Whether the sum {@code k} stands in starts right after a product, glued to it: counts, not menu numbers. */
    private static boolean sumAfterAProduct(List<Token> tokens, int k) {
        int first = k;
        while (first >= 2
                && tokens.get(first - 1).is(TokenKind.PLUS)
                && tokens.get(first - 2).is(TokenKind.NUMBER)) {
            first -= 2;
        }
        return first > 0
                && tokens.get(first - 1).is(TokenKind.PRODUCT)
                && tokens.get(first - 1).gluedTo(tokens.get(first))
                && first + 1 < tokens.size()
                && tokens.get(first + 1).is(TokenKind.PLUS);
    }

    /** A change word right after token {@code k} ({@code 2→1}, {@code 2 改 1}). */
    private static boolean changedAfter(List<Token> tokens, int k) {
        int next = Token.nonSpaceFrom(tokens, k + 1);
        return next >= 0 && tokens.get(next).is(TokenKind.CHANGE);
    }

    /** {@code 1号2→3}: a number right after a product is its count, whatever product has that number. */
    private static boolean countOfAProduct(List<Token> tokens, int k) {
        int before = Token.nonSpaceUpTo(tokens, k - 1);
        return before >= 0
                && tokens.get(before).is(TokenKind.PRODUCT)
                && tokens.get(k).is(TokenKind.NUMBER);
    }

    private static boolean swapsBetween(Token from, Token to, CatalogMatcher catalog) {
        if (!isCandidate(to, catalog) || !(isCandidate(from, catalog) || from.is(TokenKind.PRODUCT))) {
            return false;
        }
        String number = from.text();
        List<dev.groupbuy.core.deal.CatalogItem> was = catalog.menuNumber(number);
        List<dev.groupbuy.core.deal.CatalogItem> now = catalog.menuNumber(to.text());
        return number.chars().allMatch(Character::isDigit)
                && was.size() == 1
                && now.size() == 1
                && !was.get(0).equals(now.get(0));
    }

    /**
     * {@code 阿琳 4 一盒}: a bare menu number set apart before a count with its unit, at the start of the order,
     * is the product that count is of (a count never stands before another count).
     */
    private static boolean beforeItsCount(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k + 1).is(TokenKind.SPACE)) {
            return false;
        }
        Token count = tokens.get(k + 2);
        if (!count.is(TokenKind.NUMBER)
                || count.unit() == null
                || (k + 3 < tokens.size() && !tokens.get(k + 3).isSeparator())) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT) || t.is(TokenKind.TIMES)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code 4 芝士鸡块} where the post numbers 芝士鸡块 4: the number and the name written together mean the
     * product once, as {@code B 鸡翅} does ({@code 2 芝士鸡块}, another number, stays two of it).
     */
    private static boolean besideItsName(List<Token> tokens, int k, CatalogMatcher catalog) {
        if (k + 2 >= tokens.size() || !tokens.get(k + 1).is(TokenKind.SPACE)) {
            return false;
        }
        int before = k - 1;
        while (before >= 0 && tokens.get(before).isSeparator()) {
            before--;
        }
        if (before >= 0
                && !tokens.get(before).is(TokenKind.TEXT)
                && !tokens.get(before).is(TokenKind.BUILDING)) {
            return false; // 肥牛 2 羊肉 2, 可乐x2 矿泉水x2: the count of what stands before
        }
        Token name = tokens.get(k + 2);
        return name.is(TokenKind.PRODUCT)
                && name.products().size() == 1
                && catalog.menuNumber(tokens.get(k).text()).equals(name.products());
    }

    /**
     * {@code 1、4、5}, {@code 1 2 3 各一斤}: product numbers listed one after another, joined by 、 or followed
     * (after spaces) by 各; a number standing alone stays a quantity.
     */
    private static boolean inList(List<Token> tokens, int k, CatalogMatcher catalog) {
        int first = k;
        while (first >= 2 && isListJoin(tokens.get(first - 1)) && isCandidate(tokens.get(first - 2), catalog)) {
            first -= 2;
        }
        int last = k;
        while (last + 2 < tokens.size()
                && isListJoin(tokens.get(last + 1))
                && isCandidate(tokens.get(last + 2), catalog)) {
            last += 2;
        }
        if (last == first) {
            return false;
        }
        boolean commaJoined = false;
        for (int j = first + 1; j < last; j += 2) {
            commaJoined |= tokens.get(j).isChar('、');
        }
        int after = Token.nonSpaceFrom(tokens, last + 1);
        return commaJoined || (after >= 0 && tokens.get(after).is(TokenKind.EACH));
    }

    /**
     * {@code 4不要了}, {@code 3还要}, {@code 再加一个4}: a product number glued to a cancel or change word after it,
     * or to a count with its unit before it.
     */
    private static boolean besideAWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        Token before = k > 0 ? tokens.get(k - 1) : null;
        boolean wordAfter = next != null
                && t.gluedTo(next)
                && (next.is(TokenKind.CANCEL)
                        || next.is(TokenKind.CHANGE)
                        || (next.is(TokenKind.TEXT) && next.text().startsWith("还要")));
        boolean countBefore =
                before != null && before.is(TokenKind.NUMBER) && before.unit() != null && before.gluedTo(t);
        return wordAfter || countBefore;
    }

    /**
     * {@code 果果 32}, {@code 小申 85 2} in a deal of shoes by 码 or apples by mm: the number is the size the one
     * product it names is sold in ({@code 儿童雨靴 32码}, {@code 红富士 85mm果}), not a count nobody would order —
     * unless a times sign makes it one ({@code ×32}). Small numbers ({@code 6} for a 6寸 cake) stay counts.
     */
    private static boolean isItsSize(List<Token> tokens, int k, CatalogMatcher catalog) {
        Token t = tokens.get(k);
        List<dev.groupbuy.core.deal.CatalogItem> products = catalog.menuNumber(t.text());
        int previous = Token.nonSpaceUpTo(tokens, k - 1);
        if (products.size() != 1
                || t.text().length() < 2
                || previous >= 0 && tokens.get(previous).is(TokenKind.TIMES)) {
            return false;
        }
        String name = products.get(0).name();
        for (int at = LineTokenizer.wholeNumberIn(name, t.text(), 0);
                at >= 0;
                at = LineTokenizer.wholeNumberIn(name, t.text(), at + 1)) {
            int end = at + t.text().length();
            if (SIZE_MARKS.stream().anyMatch(m -> name.startsWith(m, end))) {
                return true;
            }
        }
        return false;
    }

    /** What follows a number in a product's name when the number is the size it is sold in. */
    private static final List<String> SIZE_MARKS = List.of("码", "mm", "cm", "#", "果", "寸", "厘米", "毫米");

    private static boolean isListJoin(Token t) {
        return t.is(TokenKind.SPACE) || t.isChar('、');
    }

    private static boolean isCandidate(Token t, CatalogMatcher catalog) {
        return t.is(TokenKind.NUMBER)
                && t.unit() == null
                && BuildingScanner.isDigit(t.firstChar())
                && !catalog.menuNumber(t.text()).isEmpty();
    }

    /**
     * {@code N+M}, {@code N x Q}: joined to another product number by +, or followed by a times sign. The
     * number after a times sign is how many ({@code 1×2+3}: two of 1 and one of 3), never a product.
     */
    private static boolean inExpression(List<Token> tokens, int k, CatalogMatcher catalog) {
        if (sumAfterAProduct(tokens, k)) {
            return false; // 6号1+1, 番茄2+1: counts of the product named, added up
        }
        int previous = Token.nonSpaceUpTo(tokens, k - 1);
        if (previous >= 0 && tokens.get(previous).is(TokenKind.TIMES)) {
            return false;
        }
        int next = Token.nonSpaceFrom(tokens, k + 1);
        if (next >= 0 && tokens.get(next).is(TokenKind.TIMES)) {
            return true;
        }
        if (next >= 0 && tokens.get(next).is(TokenKind.PLUS)) {
            int after = Token.nonSpaceFrom(tokens, next + 1);
            return after >= 0 && isCandidate(tokens.get(after), catalog);
        }
        if (previous >= 0 && tokens.get(previous).is(TokenKind.PLUS)) {
            int before = Token.nonSpaceUpTo(tokens, previous - 1);
            // 3号2 再加1: more of the product just counted, not product 1
            boolean countGluedToAProduct = before >= 1
                    && tokens.get(before - 1).is(TokenKind.PRODUCT)
                    && tokens.get(before - 1).gluedTo(tokens.get(before));
            return before >= 0 && isCandidate(tokens.get(before), catalog) && !countGluedToAProduct;
        }
        return false;
    }
}
