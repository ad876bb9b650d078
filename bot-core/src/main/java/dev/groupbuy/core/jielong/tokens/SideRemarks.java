package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.jielong.layout.SequenceNumberReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A product word inside a remark about the order is not an order of it: {@code 不要青菜}, {@code 少放辣}, {@code 孩子不吃流沙},
 * {@code 加蛋}, {@code 去葱} say what to leave out or add to a portion, and {@code 土豆换青菜} swaps a side; when
 * such words happen to be products of the deal (a 盒饭 deal selling 青菜 too), they stay remarks.
 */
public final class SideRemarks {

    private static final List<String> BEFORE = List.of(
            "不要", "不加", "不放", "别放", "别加", "少", "多", "加", "去", "免", "换", "少放", "多放", "少加", "多加", "不吃", "不喝", "不爱吃",
            "不爱喝", "放点", "加点", "放些", "加些"); // 少放点菠萝, 多加点葱

    private SideRemarks() {}

    public static List<Token> read(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token size = sizeAfterAnotherProduct(tokens, k);
            if (size != null) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, size);
                continue;
            }
            if (t.is(TokenKind.PRODUCT)
                    && !isCode(t)
                    && !quantityAfter(tokens, k)
                    && !swapOfAnItemOrdered(tokens, k)
                    && (modifiedBefore(tokens, k) || swappedAfter(tokens, k) || describedAfterTheOrder(tokens, k))) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, t.asText());
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * {@code 荔枝5斤} where 仙居杨梅 5斤 is sold by the 筐: a size that names one product ({@code 5斤}) glued right
     * after another product is that product's quantity.
     */
    private static Token sizeAfterAnotherProduct(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k == 0 || !t.is(TokenKind.PRODUCT) || !BuildingScanner.isDigit(t.firstChar())) {
            return null;
        }
        Token before = tokens.get(k - 1);
        if (!before.is(TokenKind.PRODUCT)
                || !before.gluedTo(t)
                || before.products().equals(t.products())) {
            return null;
        }
        NumberScanner.Reading r = NumberScanner.digits(t.text(), 0, List.of());
        return r.quantity() && r.end() == t.length() ? t.asQuantity(r.value(), r.unit()) : null;
    }

    /** {@code 加蓝莓1盒} orders: a product with a quantity of its own is no remark. */
    private static boolean quantityAfter(List<Token> tokens, int k) {
        Token next = Token.afterSpaces(tokens, k + 1);
        return next != null && (next.is(TokenKind.NUMBER) || next.is(TokenKind.TIMES));
    }

    /** {@code 1号换3号}, {@code A换B}, {@code ③换④}: the leader's codes name what is ordered, never a side dish. */
    private static boolean isCode(Token t) {
        String text = t.text();
        if (text.length() <= 2 && text.chars().allMatch(c -> CatalogMatcher.isAsciiLetter((char) c))) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BuildingScanner.isDigit(c) || SequenceNumberReader.circledValue(c) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifiedBefore(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        if (!before.is(TokenKind.TEXT) || before.end() != tokens.get(k).start()) {
            return false;
        }
        String word = before.text();
        for (String modifier : BEFORE) {
            if (word.endsWith(modifier)) {
                return !word.equals("换") || orderBefore(tokens, k - 2); // 前腿换后腿 first on the line: the order swapped
            }
        }
        return false;
    }

    /** Whether a count or a product stands before {@code k}: the line ordered something that a side swap adjusts. */
    private static boolean orderBefore(List<Token> tokens, int k) {
        for (int j = 0; j < k; j++) {
            if (tokens.get(j).is(TokenKind.NUMBER) || tokens.get(j).is(TokenKind.PRODUCT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 双拼1 汤1 要肥一点的叉烧}: after the order was given, a product described ({@code …的叉烧}) without a
     * quantity says how to make what was ordered.
     */
    private static boolean describedAfterTheOrder(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        if (!before.is(TokenKind.TEXT) || before.end() != tokens.get(k).start() || before.lastChar() != '的') {
            return false;
        }
        for (int j = 0; j < k - 1; j++) {
            if (tokens.get(j).is(TokenKind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 巴斯克 千层 各1 千层换班戟}: the swap of an item the line itself ordered with a count, and what it is swapped
     * for, edit the order; they are no side of a portion.
     */
    private static boolean swapOfAnItemOrdered(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        Token from = t;
        if (k >= 2
                && tokens.get(k - 1).is(TokenKind.TEXT)
                && tokens.get(k - 1).text().equals("换")
                && tokens.get(k - 2).is(TokenKind.PRODUCT)
                && tokens.get(k - 2).gluedTo(tokens.get(k - 1))) {
            from = tokens.get(k - 2); // 千层换班戟: 班戟 is what 千层 is swapped for
        } else if (!swappedAfter(tokens, k)) {
            return false;
        }
        int at = tokens.indexOf(from);
        for (int j = 0; j < at; j++) {
            Token earlier = tokens.get(j);
            if (earlier.is(TokenKind.PRODUCT)
                    && earlier.products().equals(from.products())
                    && countFollows(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a count stands after the product at {@code j}, before the next product word. */
    private static boolean countFollows(List<Token> tokens, int j) {
        for (int i = j + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.NUMBER) || t.is(TokenKind.EACH)) {
                return true;
            }
            if (t.is(TokenKind.PRODUCT) || t.is(TokenKind.TEXT)) {
                return false;
            }
        }
        return false;
    }

    /** {@code 土豆换青菜}: the product before 换 (not 换成, a change) is swapped away. */
    private static boolean swappedAfter(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(k + 1);
        return after.is(TokenKind.TEXT)
                && after.start() == tokens.get(k).end()
                && after.text().startsWith("换")
                && !after.text().startsWith("换成")
                && orderBefore(tokens, k); // 盒饭1 土豆换青菜 swaps a side; 前腿换后腿 alone swaps the order
    }
}
