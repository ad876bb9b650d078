package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.jielong.tokens.Remarks;
import dev.groupbuy.core.jielong.tokens.SharesOnTop;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.TokenKinds;
import dev.groupbuy.core.jielong.tokens.Units;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts inside remarks are not more orders: once a line has said how much, a later number glued to words
 * ({@code 2箱 一箱送人}, {@code 2盒 一盒鲜肉 一盒豆沙}) or after a remark word ({@code 11份 其中2份少饭},
 * {@code 2份 每天2瓶}, {@code 6个 装两袋}, {@code 要2盒 不是1盒}) says how the order is split or used. Such
 * numbers become skipped text before the quantities are read.
 */
public final class Breakdowns {

    private static final List<String> BEFORE =
            List.of("其中", "里面", "另外", "每天", "每次", "每人", "每份", "每袋", "每盒", "分成", "分", "装", "单独", "不是", "分别", "一共");

    private static final WordTable BEFORE_TABLE = new WordTable(BEFORE);

    private Breakdowns() {}

    static List<Token> withoutBreakdowns(List<Token> tokens) {
        if (TokenKinds.count(tokens, TokenKind.NUMBER) < 2) {
            return tokens;
        }
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            if (isPackSize(tokens, k)) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, tokens.get(k).skipped());
            }
        }
        if (out != null) {
            tokens = out;
        }
        boolean quantitySeen = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.NUMBER)) {
                continue;
            }
            if (quantitySeen && isBreakdown(tokens, k)) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, t.skipped());
            }
            quantitySeen = true;
        }
        return out == null ? tokens : out;
    }

    /** {@code 10kg 1袋}, {@code 5斤 2箱}: a weight right before a count of containers says how big they are. */
    private static boolean isPackSize(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.is(TokenKind.NUMBER) || !Units.isWeight(t.unit())) {
            return false;
        }
        Token next = Token.afterSpaces(tokens, k + 1);
        return next != null && next.is(TokenKind.NUMBER) && Units.isContainer(next.unit());
    }

    private static boolean isBreakdown(List<Token> tokens, int k) {
        Token number = tokens.get(k);
        if (saidAgain(tokens, k)) {
            return true; // 两盒吧 就两盒: the same count said again
        }
        if (number.unit() == null
                && number.value().scale() > 0
                && number.value().stripTrailingZeros().scale() > 0
                && number.value().compareTo(BigDecimal.TEN) >= 0) {
            return true; // 一斤半 28.5: what it costs, after the count
        }
        if (paidAfter(tokens, k)) {
            return true; // 2盒 88(已转): the money paid, after the count
        }
        Token before = previousWord(tokens, k);
        if (before != null
                && (before.is(TokenKind.TEXT) || before.is(TokenKind.PLUS))
                && before.gluedTo(number)
                && (before.text().endsWith("补") || before.text().endsWith("补了"))
                && number.unit() == null
                && number.value() != null
                && number.value().compareTo(BigDecimal.TEN) >= 0) {
            return true; // 改成2箱 再补35: the money paid on top, not 35 more
        }
        if (before != null && before.is(TokenKind.PLUS)) {
            return false;
        }
        if (before != null && before.is(TokenKind.TEXT) && endsWithMarker(before.text())) {
            return true;
        }
        if (before != null
                && before.is(TokenKind.TEXT)
                && before.gluedTo(number)
                && SharesOnTop.givenTo(before.text())) {
            return true; // 3箱 畀我家姐一箱: the sister's box is one of the three (Cantonese 畀, 俾: "give")
        }
        if (before != null && before.end() == number.start() && before.is(TokenKind.TEXT) && Remarks.isRemark(before)) {
            return true;
        }
        if (before == tokens.get(k - 1) && before.gluedTo(number) && Leftovers.forSomeoneAcrossAPlace(tokens, k - 1)) {
            return true; // A2 帮3楼王阿姨带一袋: the neighbour's bag is one of the two
        }
        if (before != null && before.end() == number.start() && before.is(TokenKind.TEXT) && number.unit() == null) {
            boolean wordAfter = k + 1 < tokens.size()
                    && number.gluedTo(tokens.get(k + 1))
                    && tokens.get(k + 1).is(TokenKind.TEXT); // 新邨8街: an address
            return wordAfter || !(inPairs(tokens, k) && couldBeAProduct(before.text())); // 肥牛1 午餐肉2: one more pair
        }
        if (before != null && before.is(TokenKind.PRODUCT) && before.gluedTo(number) && notCountedYet(tokens, k - 1)) {
            return false; // 草鱼1条豆腐2块谢谢: the tofu's own count, whatever is glued after it
        }
        if (k + 1 < tokens.size()) {
            Token after = tokens.get(k + 1);
            boolean words = after.is(TokenKind.TEXT) || after.is(TokenKind.SKIP); // 一杯七分糖: a cup, seven-tenths sugar
            return after.start() == number.end() && words && Character.isLetter(after.firstChar());
        }
        return false;
    }

    /** A bare number of ten or more with a bracket right after it saying it is paid: {@code 88(已转)}. */
    private static boolean paidAfter(List<Token> tokens, int k) {
        Token number = tokens.get(k);
        if (number.unit() != null
                || number.value() == null
                || number.value().compareTo(BigDecimal.TEN) < 0
                || k + 1 >= tokens.size()
                || !tokens.get(k + 1).is(TokenKind.REMARK)
                || !tokens.get(k - 1).is(TokenKind.SPACE)) { // not 牛肉串x12(已付72): a count, the money inside
            return false;
        }
        String said = tokens.get(k + 1).content().strip();
        return said.startsWith("已转")
                || said.startsWith("已付")
                || said.startsWith("已支付")
                || said.startsWith("转了")
                || said.startsWith("付了");
    }

    /**
     * Whether the line orders in pairs of a product glued to its bare count ({@code 肥牛1 虾滑2}) before the word glued
     * to the number at {@code k}, which then is one more such pair.
     */
    private static boolean inPairs(List<Token> tokens, int k) {
        for (int j = 1; j < k - 1; j++) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.NUMBER)
                    && t.unit() == null
                    && tokens.get(j - 1).is(TokenKind.PRODUCT)
                    && tokens.get(j - 1).gluedTo(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that could name a product: two to four Chinese characters, no remark, and not the words before money, an
     * address, a degree or an inscription ({@code 已付定金40}, {@code 新邨8街}, {@code 辣度1}, {@code 要数字18}).
     */
    private static boolean couldBeAProduct(String word) {
        if (word.length() < 2 || Remarks.isRemark(word) || !ProductFragments.isHan(word.charAt(word.length() - 1))) {
            return false;
        }
        return "付转金款钱街路号度字楼栋".indexOf(word.charAt(word.length() - 1)) < 0 && !word.startsWith("已");
    }

    /** Whether the product at {@code p} is named for the first time on the line, with no count given to it before. */
    private static boolean notCountedYet(List<Token> tokens, int p) {
        Token product = tokens.get(p);
        for (int j = 0; j < p; j++) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.PRODUCT) && t.products().equals(product.products())) {
                return false;
            }
        }
        return true;
    }

    /** {@code 两盒吧就两盒}, {@code 2盒 就是2盒}: after 就, the count the line already gave, confirmed. */
    private static boolean saidAgain(List<Token> tokens, int k) {
        Token number = tokens.get(k);
        Token before = previousWord(tokens, k);
        if (before == null
                || !before.is(TokenKind.TEXT)
                || !(before.text().endsWith("就") || before.text().endsWith("就是"))) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.NUMBER)
                    && t.value().compareTo(number.value()) == 0
                    && java.util.Objects.equals(t.unit(), number.unit())) {
                return true;
            }
        }
        return false;
    }

    private static Token previousWord(List<Token> tokens, int k) {
        int j = Token.nonSpaceUpTo(tokens, k - 1);
        return j < 0 ? null : tokens.get(j);
    }

    private static boolean endsWithMarker(String word) {
        for (int i = Math.max(0, word.length() - 2); i < word.length(); i++) {
            String marker = BEFORE_TABLE.longestAt(word, i);
            if (marker != null && i + marker.length() == word.length()) {
                return true;
            }
        }
        return false;
    }
}
