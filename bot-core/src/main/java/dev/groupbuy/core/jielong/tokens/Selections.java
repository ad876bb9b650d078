package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several products chosen at once before 各 or 都: a range of the leader's codes ({@code 1-4号各一}, {@code A到F各一},
 * {@code B-F各两盒}) or all but some ({@code 除了C都要一份}, {@code 除了B都来一份}). The choice becomes one product token
 * that names every product chosen, which 各 then counts one by one, as {@code 粽子各来一袋} is counted.
 */
public final class Selections {

    private static final String RANGE_MARKS = "-~～到至";

    private Selections() {}

    public static List<Token> read(List<Token> tokens, CatalogMatcher catalog) {
        if (catalog.singleProduct()
                || !TokenKinds.has(TokenKinds.of(tokens, 0), TokenKind.EACH) && !mentionsAllBut(tokens)) {
            return tokens;
        }
        tokens = kindsCounted(tokens, catalog);
        List<Token> out = null;
        boolean all = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            all |= t.is(TokenKind.EVERY) || t.is(TokenKind.EACH);
            boolean notThat =
                    all && t.is(TokenKind.TEXT) && t.text().startsWith("不要") && namesAProductAfter(tokens, k, catalog);
            if (t.is(TokenKind.TEXT) && (t.text().startsWith("除了") || notThat)) {
                List<Token> replaced = allBut(out == null ? tokens : out, k, catalog);
                out = replaced != null ? replaced : out;
                continue;
            }
            List<Token> ranged = range(out == null ? tokens : out, k, catalog);
            out = ranged != null ? ranged : out;
        }
        return out == null ? tokens : out;
    }

    /**
     * {@code 三款各一}, {@code 四种各3袋}, {@code 三种滑各一}: the number of kinds before 各 and a count. When the deal sells
     * that many products it is all of them (the word drops out, and 各 counts every product); another number leaves the
     * line asking which ones. Kinds the line names first ({@code 肥牛 乌冬 两样都要}) are left to the products.
     */
    private static List<Token> kindsCounted(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            int each = Token.nonSpaceFrom(tokens, k + 1);
            if (!t.is(TokenKind.TEXT) || each < 0 || !tokens.get(each).is(TokenKind.EACH)) {
                continue;
            }
            int kinds = kindsIn(t.text());
            boolean digits = kinds == 0 && k > 0 && kindsInDigits(tokens.get(k - 1), t) > 0; // 3样各1
            kinds = digits ? kindsInDigits(tokens.get(k - 1), t) : kinds;
            boolean counted = tokens.get(each).text().equals("各")
                    && each + 1 < tokens.size()
                    && tokens.get(each + 1).is(TokenKind.NUMBER);
            if (kinds < 2 || !counted || TokenKinds.has(TokenKinds.of(tokens, 0), TokenKind.PRODUCT)) {
                continue;
            }
            out = out == null ? new ArrayList<>(tokens) : out;
            out.set(k, kinds == catalog.catalog().size() ? t.skipped() : t.asVariant());
            if (digits) {
                out.set(k - 1, tokens.get(k - 1).skipped());
            }
        }
        return out == null ? tokens : out;
    }

    /** What tells a deal's products apart, counted: {@code 三个颜色}, {@code 三个级别}. */
    private static final java.util.Set<String> KINDS_APART =
            java.util.Set.of("颜色", "色", "口味", "味道", "级别", "品种", "款式", "规格", "花色");

    /** {@code 3样}, {@code 4种}: the kinds counted in digits, glued before the word of kinds; 0 when not so. */
    private static int kindsInDigits(Token number, Token word) {
        boolean namedApart = (number.unit() == null || number.unit().equals("个"))
                && KINDS_APART.contains(word.text()); // 三个颜色, 四种口味 read as a count and a word
        if (!number.is(TokenKind.NUMBER)
                || (number.unit() != null && !namedApart)
                || number.value() == null
                || !number.gluedTo(word)
                || (!namedApart && (word.length() > 2 || "样种款类".indexOf(word.firstChar()) < 0))) {
            return 0;
        }
        int kinds = number.value().intValue();
        return number.value().scale() <= 0 && kinds >= 2 && kinds <= 9 ? kinds : 0;
    }

    /** {@code 三款}, {@code 4种}, {@code 三种滑}, {@code 两样}: how many kinds a word counts, or 0. */
    private static int kindsIn(String word) {
        if (word.length() < 2 || word.length() > 5 || "样种款类".indexOf(word.charAt(1)) < 0) {
            return 0;
        }
        return OptionCounts.kindsNumber(word.charAt(0));
    }

    /**
     * {@code 1-4号各一}, {@code A到F各一}, {@code 4号到6号各2}, {@code 4至7号 各一份}, {@code 一到三号各一份}: the codes
     * from the first to the last, then 各 or 都 (a count after it, or one).
     */
    private static List<Token> range(List<Token> tokens, int k, CatalogMatcher catalog) {
        int end = k;
        StringBuilder text = new StringBuilder();
        while (end < tokens.size()
                && !tokens.get(end).is(TokenKind.EACH)
                && !tokens.get(end).is(TokenKind.SPACE)
                && end - k < 4) {
            text.append(tokens.get(end).text());
            end++;
        }
        int quantifier = end < tokens.size() && tokens.get(end).is(TokenKind.SPACE) ? end + 1 : end;
        if (quantifier >= tokens.size() || !tokens.get(quantifier).is(TokenKind.EACH) || end == k) {
            return null;
        }
        String written = text.toString();
        List<CatalogItem> chosen = codesBetween(written, catalog);
        if (chosen.size() < 2) {
            return null;
        }
        Token first = tokens.get(k);
        List<Token> out = new ArrayList<>(tokens.subList(0, k));
        out.add(Token.product(first.line(), first.start(), tokens.get(end - 1).end(), chosen));
        out.add(tokens.get(quantifier));
        if (quantifier + 1 >= tokens.size() || !tokens.get(quantifier + 1).is(TokenKind.NUMBER)) {
            out.add(one(tokens.get(quantifier))); // 1号到8号都要: one of each
        }
        out.addAll(tokens.subList(quantifier + 1, tokens.size()));
        return out;
    }

    /** A count of one where the line says none ({@code 都要}), after {@code at}. */
    private static Token one(Token at) {
        return Token.number(at.line(), at.end(), at.end(), java.math.BigDecimal.ONE, null);
    }

    private static List<CatalogItem> codesBetween(String written, CatalogMatcher catalog) {
        String w = inDigits(written.replace("号", ""));
        int mark = -1;
        for (int i = 1; i < w.length() - 1; i++) {
            if (RANGE_MARKS.indexOf(w.charAt(i)) >= 0) {
                mark = i;
                break;
            }
        }
        if (mark < 0) {
            return codesListed(w, catalog);
        }
        String from = w.substring(0, mark);
        String to = w.substring(mark + 1);
        boolean numbered =
                from.chars().allMatch(Character::isDigit) && to.chars().allMatch(Character::isDigit);
        boolean lettered = from.length() == 1
                && to.length() == 1
                && CatalogMatcher.isAsciiLetter(from.charAt(0))
                && CatalogMatcher.isAsciiLetter(to.charAt(0));
        List<CatalogItem> chosen = new ArrayList<>();
        if (numbered && from.length() <= 2 && to.length() <= 2) {
            int a = Integer.parseInt(from);
            int b = Integer.parseInt(to);
            for (int n = a; n <= b && b - a < 20; n++) {
                if (!addCode(chosen, n + "号", catalog) && !addCode(chosen, Integer.toString(n), catalog)) {
                    return List.of();
                }
            }
        } else if (lettered && Character.toUpperCase(from.charAt(0)) < Character.toUpperCase(to.charAt(0))) {
            for (char c = from.charAt(0); c <= to.charAt(0); c++) {
                if (!addCode(chosen, String.valueOf(c), catalog)) {
                    return List.of();
                }
            }
        }
        return chosen;
    }

    /** {@code 一到三}: the numerals one to ten as digits. */
    private static String inDigits(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            int n = "一二三四五六七八九十".indexOf(w.charAt(i));
            out.append(n >= 0 ? Integer.toString(n + 1) : String.valueOf(w.charAt(i)));
        }
        return out.toString();
    }

    /** {@code 1/3/5各1}: codes parted by slashes, each of them. */
    private static List<CatalogItem> codesListed(String w, CatalogMatcher catalog) {
        if (w.indexOf('/') < 0) {
            return List.of();
        }
        List<CatalogItem> chosen = new ArrayList<>();
        for (String part : w.split("/")) {
            if (part.isEmpty()
                    || part.length() > 3
                    || (!addCode(chosen, part, catalog) && !addCode(chosen, part + "号", catalog))) {
                return List.of();
            }
        }
        return chosen;
    }

    private static boolean addCode(List<CatalogItem> chosen, String code, CatalogMatcher catalog) {
        CatalogMatcher.Match match = catalog.matchAt(code, 0);
        if (match == null || match.length() != code.length() || match.products().size() != 1) {
            return false;
        }
        chosen.add(match.products().get(0));
        return true;
    }

    /**
     * {@code 除了C都要一份}, {@code 除了口水鸡 都要}, {@code 除了1号8号 其他都要}, {@code 每样两份 除了料酒},
     * {@code 都要除了皮蛋豆腐和拍黄瓜}: every product but those named after 除了, counted by the 都, 各 or 每样 after or
     * before them (one when no count is written).
     */
    private static List<Token> allBut(List<Token> tokens, int k, CatalogMatcher catalog) {
        Token except = tokens.get(k);
        Set<String> excluded = new LinkedHashSet<>();
        String rest = except.text().substring(2);
        for (int i = 0; i < rest.length(); i++) {
            CatalogMatcher.Match match = catalog.matchAt(rest, i);
            if (match != null) {
                match.products().forEach(p -> excluded.add(p.sku()));
                i += match.length() - 1;
            }
        }
        int j = k + 1;
        while (j < tokens.size()
                && (tokens.get(j).is(TokenKind.PRODUCT)
                        || tokens.get(j).isSeparator()
                        || tokens.get(j).is(TokenKind.TEXT))
                && !startsAll(tokens.get(j))) {
            if (tokens.get(j).is(TokenKind.PRODUCT)) {
                tokens.get(j).products().forEach(p -> excluded.add(p.sku()));
            } else if (tokens.get(j).is(TokenKind.TEXT)) {
                excluded.addAll(productsIn(tokens.get(j).text(), catalog)); // 每样一份 不要扇贝: read as a side remark
            }
            j++;
        }
        if (excluded.isEmpty()) {
            return null;
        }
        int from = k;
        int after;
        Token quantifier;
        Token number;
        if (j < tokens.size()) {
            int count = j;
            if (startsAll(tokens.get(j))
                    && !tokens.get(j).is(TokenKind.EACH)
                    && !tokens.get(j).is(TokenKind.EVERY)
                    && j + 1 < tokens.size()) {
                count = j + 1; // 都 then 各 or the count
            }
            quantifier = tokens.get(count);
            boolean counted = quantifier.is(TokenKind.EACH) || quantifier.is(TokenKind.EVERY);
            int at = counted ? count + 1 : count;
            if (at < tokens.size() && tokens.get(at).is(TokenKind.NUMBER)) {
                number = tokens.get(at);
                after = at + 1;
            } else if (counted) {
                number = one(quantifier); // 除了口水鸡 都要: one of each of the others
                after = at;
            } else {
                return null;
            }
        } else {
            int b = k - 1;
            while (b >= 0 && tokens.get(b).isSeparator()) {
                b--;
            }
            if (b >= 1 && tokens.get(b).is(TokenKind.NUMBER) && isQuantifier(tokens.get(b - 1))) {
                quantifier = tokens.get(b - 1); // 每样两份 除了料酒
                number = tokens.get(b);
                from = b - 1;
            } else if (b >= 0 && isQuantifier(tokens.get(b))) {
                quantifier = tokens.get(b); // 都要除了皮蛋豆腐和拍黄瓜
                number = one(quantifier);
                from = b;
            } else {
                return null;
            }
            after = j;
        }
        List<CatalogItem> chosen = new ArrayList<>();
        for (CatalogItem p : catalog.catalog()) {
            if (!excluded.contains(p.sku())) {
                chosen.add(p);
            }
        }
        if (chosen.size() < 1 || chosen.size() == catalog.catalog().size()) {
            return null;
        }
        List<Token> out = new ArrayList<>(tokens.subList(0, from));
        out.add(Token.product(except.line(), except.start(), except.end(), chosen));
        out.add(Token.of(TokenKind.EACH, quantifier.line(), quantifier.start(), quantifier.end()));
        out.add(number);
        out.addAll(tokens.subList(after, tokens.size()));
        return out;
    }

    private static boolean isQuantifier(Token t) {
        return t.is(TokenKind.EACH) || t.is(TokenKind.EVERY);
    }

    private static boolean mentionsAllBut(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.TEXT) && (t.text().startsWith("除了") || t.text().startsWith("不要"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 每样一份 不要扇贝}: whether a product of the deal is named right after the 不要 at {@code k}. */
    private static boolean namesAProductAfter(List<Token> tokens, int k, CatalogMatcher catalog) {
        String rest = tokens.get(k).text().substring(2);
        if (!rest.isEmpty()) {
            return !productsIn(rest, catalog).isEmpty();
        }
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return next != null
                && tokens.get(k).gluedTo(next)
                && (next.is(TokenKind.PRODUCT)
                        || (next.is(TokenKind.TEXT)
                                && !productsIn(next.text(), catalog).isEmpty()));
    }

    /** The products a whole word names ({@code 扇贝}), or none. */
    private static Set<String> productsIn(String text, CatalogMatcher catalog) {
        CatalogMatcher.Match match = catalog.matchAt(text, 0);
        if (match == null || match.length() != text.length()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        match.products().forEach(p -> out.add(p.sku()));
        return out;
    }

    private static boolean startsAll(Token t) {
        return t.is(TokenKind.EACH)
                || t.is(TokenKind.EVERY)
                || (t.is(TokenKind.TEXT) && t.text().startsWith("都"));
    }
}
