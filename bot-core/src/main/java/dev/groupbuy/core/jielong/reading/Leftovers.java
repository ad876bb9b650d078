package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.EverydayGoods;
import dev.groupbuy.core.jielong.tokens.Fillers;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.jielong.tokens.Remarks;
import dev.groupbuy.core.jielong.tokens.SharesOnTop;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import java.util.List;

/**
 * Looks at the words left over once names, quantities and products were read. A word is a remark unless it
 * could be a product the deal does not sell: a word glued to a quantity of its own ({@code 榴莲1个},
 * {@code 2斤茄子}, {@code 加一份烧麦}) or to a product word it changes ({@code 奶油草莓}).
 */
public final class Leftovers {

    /** Words that add a product to the line ({@code 加青菜1}), not a kind of it. */
    private static final java.util.Set<String> ADDING = java.util.Set.of(
            "加", "再加", "另加", "多加", "还要", "再来", "再要", "也要", "加个", "再加个", "来个", "再来个", "要个", "再要个", "加一个", "再加一个", "加多",
            "加多个", "追加", "整", "再整", "搞", "卜", "欲"); // 卜, 欲: 要 in Hokkien

    /**
     * Verbs of ordering that end the words before a count, after 也 or 帮 ({@code 我同事也要1瓶}): someone else's
     * share, the count is what is ordered. ({@code 鸭蛋要2箱} still names a product.)
     */
    private static final String ORDERING_VERBS = "要带拿买订接报";

    private Leftovers() {}

    /** {@code 再加个}, {@code 来个}: a word that adds a product to the line. */
    static boolean addsAProduct(String word) {
        return ADDING.contains(word);
    }

    /** Why the line may order something the deal does not sell, or {@code null} when its words are remarks. */
    /**
     * {@code B1} beside {@code D1 C1} in a deal coded A, C and D: a letter and a count, the letter one the leader
     * skipped, among orders by letter code — a product the deal does not sell, not a building.
     */
    private static boolean skippedCodeAmongCodes(List<Token> tokens, int k, CatalogMatcher catalog) {
        String text = tokens.get(k).text();
        if (text.length() < 2
                || text.length() > 3
                || !catalog.isSkippedCode(text.charAt(0))
                || !text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        for (Token t : tokens) {
            if (t.is(TokenKind.PRODUCT) && t.length() == 1 && CatalogMatcher.isAsciiLetter(t.firstChar())) {
                return true;
            }
        }
        return false;
    }

    static ReviewReason unknownProduct(List<Token> tokens, CatalogMatcher catalog) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String added = t.is(TokenKind.TEXT) ? addedByItsCounter(t.text()) : null;
            if (added != null) {
                return reason(added, catalog);
            }
            if (t.is(TokenKind.TEXT) && Variants.asksForAVariant(t.text())) {
                return ReviewReason.UNKNOWN_PRODUCT; // 苹果要阿克苏的: a variety the deal may not sell
            }
            if (t.is(TokenKind.TEXT) && wantsAnotherOfTheKind(t.text(), catalog)) {
                return ReviewReason.UNKNOWN_PRODUCT; // 1只 要母鸡 in a 土鸡 deal: is a hen what is sold?
            }
            if (t.is(TokenKind.TEXT) && goodNotSoldBeforeItsCount(tokens, k, catalog)) {
                return ReviewReason.UNKNOWN_PRODUCT; // 毛大爷 包子 2袋 in a dumpling deal: buns are not sold
            }
            if (t.is(TokenKind.BUILDING) && skippedCodeAmongCodes(tokens, k, catalog)) {
                return ReviewReason.UNKNOWN_PRODUCT; // D1 C1 B1 where the post took B off: not sold
            }
            if (!t.is(TokenKind.NUMBER) && !t.is(TokenKind.PRODUCT)) {
                continue;
            }
            Token before = k > 0 && tokens.get(k - 1).gluedTo(t) ? tokens.get(k - 1) : null;
            if (before != null && couldBeProduct(before, t) && !forSomeoneAcrossAPlace(tokens, k - 1)) {
                return reason(before.text(), catalog);
            }
            Token after = k + 1 < tokens.size() && t.gluedTo(tokens.get(k + 1)) ? tokens.get(k + 1) : null;
            if (t.is(TokenKind.NUMBER)
                    && t.unit() != null
                    && after != null
                    && couldBeProduct(after, null)
                    && !ownedByProduct(tokens, k)) {
                return reason(after.text(), catalog);
            }
        }
        return null;
    }

    /**
     * {@code 包子 2袋}, {@code 北冰洋 2瓶}: an everyday good ({@link EverydayGoods}) the deal does not sell, a space
     * before the count with its unit.
     */
    private static boolean goodNotSoldBeforeItsCount(List<Token> tokens, int k, CatalogMatcher catalog) {
        String word = tokens.get(k).text();
        if (!EverydayGoods.names(word)
                || k == 0 // 汤圆 帮王阿姨带2袋: the word where the name stands is the writer's name
                || k + 2 >= tokens.size()
                || !tokens.get(k + 1).is(TokenKind.SPACE)
                || !tokens.get(k + 2).is(TokenKind.NUMBER)
                || tokens.get(k + 2).unit() == null) {
            return false;
        }
        return catalog.productsResembling(word).isEmpty()
                && catalog.abbreviatedBy(word).isEmpty();
    }

    /**
     * {@code 要母鸡}, {@code 要后蹄}: "I want" and a word of the same kind as a product the deal sells (its head noun)
     * that is none of them.
     */
    private static boolean wantsAnotherOfTheKind(String text, CatalogMatcher catalog) {
        if (text.length() < 3 || text.length() > 5 || text.charAt(0) != '要') {
            return false;
        }
        String what = text.substring(1);
        boolean size = what.charAt(0) == '大' || what.charAt(0) == '小'; // 要大果: a size, not another kind
        return !size
                && !Variants.isPreference(what)
                && catalog.sharesHeadNoun(what)
                && catalog.abbreviatedBy(what).isEmpty();
    }

    /** A bare number in a multi-product deal next to an unknown word: {@code 榴莲 2个} is a product not on sale. */
    static boolean hasUnknownWord(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.TEXT) && t.isSubstantive() && !Remarks.isRemark(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean couldBeProduct(Token word, Token product) {
        if (!word.is(TokenKind.TEXT) || !word.isSubstantive() || Remarks.isRemark(word)) {
            return false;
        }
        String text = word.text().strip();
        if (text.length() == 1 && CatalogMatcher.isAsciiLetter(text.charAt(0))) {
            return false;
        }
        int measure = 0;
        while (measure < Math.min(2, text.length()) && CatalogMatcher.isAsciiLetter(text.charAt(measure))) {
            measure++;
        }
        if (text.startsWith("的", measure) || text.startsWith("那种", measure) || text.startsWith("装", measure)) {
            return false; // 250ml的两箱, 330ml那种 2箱, 5L的: the size described, then the count
        }
        if (text.length() >= 3
                && ORDERING_VERBS.indexOf(text.charAt(text.length() - 1)) >= 0
                && (text.contains("帮") || text.startsWith("替") || SharesOnTop.someoneElseAlso(text))) {
            return false; // 我同事也要1瓶, 再帮老板带1盒, 替我爸报2盒: who it is for, and the count
        }
        if (OnBehalf.familyAsking(text)) {
            return false; // 俺家老头要葡萄1箱, 俺老头子一桶: the writer's own family, and the writer's order
        }
        if (SharesOnTop.givenTo(text)) {
            return false; // 俾埋我阿妈一盒: for mum as well (Cantonese 俾, "give")
        }
        if (product != null && (ADDING.contains(text) || addingOneByItsUnit(text))) {
            return false;
        }
        if (NameExtractor.asksForThemself(text) && "要留来拿订报买我".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false; // 侬帮我留三盒, 阿拉要两盒: the speaker asking
        }
        return product == null || (!product.modifier() && !partOfProductName(text, product));
    }

    /**
     * {@code 帮3楼王阿姨带一袋}, {@code 另外帮6栋孟姐带B1}: the words before the count name who it is for, with the place
     * between 帮 and the person ({@code 王阿姨带} after {@code 3楼} after {@code 帮}), and end with the verb of the share.
     */
    static boolean forSomeoneAcrossAPlace(List<Token> tokens, int k) {
        String word = tokens.get(k).text();
        if (word.isEmpty() || ORDERING_VERBS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return false;
        }
        int j = k - 1;
        boolean place = false;
        boolean room = false;
        while (j >= 0
                && (tokens.get(j).is(TokenKind.BUILDING)
                        || tokens.get(j).is(TokenKind.SPACE)
                        || isRoom(tokens.get(j)))) {
            place |= tokens.get(j).is(TokenKind.BUILDING);
            room |= isRoom(tokens.get(j));
            j--;
        }
        if (!(place || room) || j < 0 || !tokens.get(j).is(TokenKind.TEXT) || word.length() < 2 && !room) {
            return false;
        }
        String asked = tokens.get(j).text();
        if (room) {
            asked = NEIGHBOUR_AT_THE_END.matcher(asked).replaceFirst(""); // 帮楼上602带2包: the flat upstairs
        }
        return asked.endsWith("帮") || asked.endsWith("给") || asked.endsWith("替");
    }

    private static final java.util.regex.Pattern NEIGHBOUR_AT_THE_END =
            java.util.regex.Pattern.compile("(?:楼上|楼下|隔壁|对门|对面)$");

    /** {@code 602}, {@code 1202}: a flat's number standing for the people in it ({@code 帮602带一份}). */
    static boolean isRoom(Token t) {
        String text = t.text();
        return t.is(TokenKind.SKIP)
                && text.length() >= 3
                && text.length() <= 4
                && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * {@code 加个卤蛋}, {@code 再来份薯条}: one more of a word the deal does not sell, asked for with its counter —
     * unlike {@code 加蛋} or {@code 加辣}, which say how to make the portion. The word, or {@code null}.
     */
    private static String addedByItsCounter(String text) {
        for (int end = Math.min(text.length() - 1, 4); end >= 1; end--) {
            String verb = text.substring(0, end);
            if (!ADDING.contains(verb) || verb.contains("整") || verb.equals("搞")) {
                continue; // 整只不剁: whole, not one more
            }
            int from = verb.endsWith("个") ? end : end + 1;
            if (!verb.endsWith("个") && "杯只盒份袋瓶碗块条根".indexOf(text.charAt(end)) < 0) {
                return null;
            }
            String word = text.substring(Math.min(from, text.length()));
            if (verb.endsWith("个") && (word.startsWith("头") || word.startsWith("子"))) {
                return null; // 要个头小的, 要个子大的: 个头 is the size asked for, not one more of 头小的
            }
            boolean han = !word.isEmpty() && ProductFragments.isHan(word.charAt(0));
            return han && !Remarks.isRemark(word) && Fillers.isSubstantive(word) ? word : null;
        }
        return null;
    }

    /** {@code 再来杯酸梅汤}, {@code 再加只鸭子}: one more, the count left out before its unit. */
    private static boolean addingOneByItsUnit(String text) {
        return text.length() >= 2
                && ADDING.contains(text.substring(0, text.length() - 1))
                && "杯只盒份个袋瓶斤碗把块条".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean ownedByProduct(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.PRODUCT)) {
                return true;
            }
            if (!t.is(TokenKind.SPACE) && !t.is(TokenKind.TIMES)) {
                return false;
            }
        }
        return false;
    }

    private static ReviewReason reason(String word, CatalogMatcher catalog) {
        return catalog.productsResembling(word).size() > 1
                ? ReviewReason.AMBIGUOUS_PRODUCT
                : ReviewReason.UNKNOWN_PRODUCT;
    }

    /** {@code 鸭脖} before {@code 大份} when the product is 麻辣卤鸭脖（大份）: the resident spelled more of the name. */
    private static boolean partOfProductName(String word, Token product) {
        return product.is(TokenKind.PRODUCT)
                && product.products().size() == 1
                && word.length() >= 2
                && TextNormalizer.normalize(product.products().get(0).name()).contains(word);
    }
}
