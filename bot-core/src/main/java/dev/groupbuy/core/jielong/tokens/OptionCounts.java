package dev.groupbuy.core.jielong.tokens;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code 酸奶原味、草莓各1瓶}, {@code 蛋挞 原味紫薯各一盒}, {@code 110码 130码 各一件}, {@code 四种口味各一袋}: 各 after
 * several options of one product (flavours, sizes, a number of kinds) means that many of it, one count per option.
 * Before 各 the options are: sizes, words parted by 、 or a slash, the product's own words glued together, or
 * {@code N种}. Two different products before 各 are no options: that 各 is read as ever.
 */
public final class OptionCounts {

    private static final String KINDS_AFTER = "种款色";
    private static final String LIST_MARKS = "、/，,";

    private OptionCounts() {}

    public static List<Token> read(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token each = tokens.get(k);
            Token count = tokens.get(k + 1);
            if (!each.is(TokenKind.EACH) || !count.is(TokenKind.NUMBER) || !each.gluedTo(count)) {
                continue;
            }
            int options = optionsBefore(tokens, k);
            if (options < 2) {
                continue;
            }
            out = out == null ? new ArrayList<>(tokens) : out;
            out.set(k, each.skipped());
            out.set(k + 1, count.asQuantity(count.value().multiply(BigDecimal.valueOf(options)), count.unit()));
        }
        return out == null ? tokens : out;
    }

    /** How many options stand right before the 各 at {@code k}; 1 when none or when they are different products. */
    private static int optionsBefore(List<Token> tokens, int k) {
        Token last = tokens.get(k - 1);
        if (last.is(TokenKind.TEXT)) {
            int kinds = kindsCounted(last.text());
            if (kinds > 0) {
                return kinds; // 四种口味各一袋
            }
        }
        int options = 0;
        String sku = null;
        Token after = null;
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.is(TokenKind.SPACE)) {
                if (after != null && !isSize(after)) {
                    break; // only sizes stand apart from one another: 110码 130码
                }
                continue;
            }
            if (t.is(TokenKind.PUNCT) && LIST_MARKS.indexOf(t.firstChar()) >= 0) {
                continue;
            }
            if (isSize(t)) {
                options++;
            } else if (t.is(TokenKind.PRODUCT) && after != null && isSize(after) && t.gluedTo(after)) {
                return 1; // 纯白36码 白粉36码 各一双: the sizes of products, each 各 its own
            } else if (t.is(TokenKind.PRODUCT) && t.products().size() == 1) {
                String own = t.products().get(0).sku();
                if (sku != null && !sku.equals(own)) {
                    return 1;
                }
                sku = own;
                if (after != null && !t.gluedTo(after) && !listedBefore(tokens, j, after)) {
                    break;
                }
                options++;
            } else if (t.is(TokenKind.TEXT) && t.length() <= 4 && after != null && listedBefore(tokens, j, after)) {
                options++; // 原味、草莓各1瓶: words parted by 、
                if (j > 0
                        && tokens.get(j - 1).is(TokenKind.PRODUCT)
                        && tokens.get(j - 1).gluedTo(t)) {
                    break; // 酸奶原味: the product the options are of
                }
            } else if (t.is(TokenKind.TEXT)
                    && t.length() <= 4
                    && after == null
                    && t.gluedTo(tokens.get(k))
                    && Fillers.isSubstantive(t.text())
                    && !t.text().endsWith("和")
                    && !t.text().endsWith("还是")) {
                options++; // the last word before 各
            } else {
                break;
            }
            after = t;
        }
        return options;
    }

    /** Whether a list mark stands between the token at {@code j} and {@code next}. */
    private static boolean listedBefore(List<Token> tokens, int j, Token next) {
        for (int m = j + 1; m < tokens.size() && tokens.get(m) != next; m++) {
            Token t = tokens.get(m);
            if (t.is(TokenKind.PUNCT) && LIST_MARKS.indexOf(t.firstChar()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSize(Token t) {
        return t.is(TokenKind.SKIP) && t.length() >= 2 && t.lastChar() == '码';
    }

    /**
     * {@code 四种口味}, {@code 两色}, {@code 3款}: the number of kinds of the one product ({@code 两种} alone, or
     * {@code 两样}, may be two of the deal's products).
     */
    private static int kindsCounted(String word) {
        if (word.length() < 2
                || KINDS_AFTER.indexOf(word.charAt(1)) < 0
                || (word.charAt(1) == '种' && word.length() == 2)) {
            return 0;
        }
        return kindsNumber(word.charAt(0));
    }

    /** {@code 3}, {@code 三}, {@code 两}: how many kinds a word starting with {@code c} counts, two to nine, or 0. */
    static int kindsNumber(char c) {
        int n = c >= '2' && c <= '9' ? c - '0' : "  两三四五六七八九".indexOf(c);
        return n >= 2 ? n : 0;
    }
}
