package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.List;

/**
 * Dozens: {@code 一打} is twelve eggs, bottles or bags, {@code 半打} six, {@code 一打半} eighteen. In a deal whose
 * products are all sold by a unit of pieces or packs (not by the 打 itself, as oysters may be, nor by weight), a count
 * of dozens is written as the units it makes before the line is read; {@code 打包}, {@code 打折} and the like are no
 * dozens. A pair ({@code 一对}) is two of a product sold by the piece, where none is sold by the pair.
 */
public final class Dozens {

    /** Units a dozen makes no sense of: weights and volumes. */
    private static final java.util.Set<String> WEIGHED =
            java.util.Set.of("斤", "公斤", "千克", "kg", "KG", "克", "g", "两", "升", "L", "ml", "毫升");

    private Dozens() {}

    /**
     * Whether a dozen is twelve of something in this deal: no product is sold by the 打 itself (as oysters may be),
     * and one at least by a unit of pieces or packs ({@code 个}, {@code 瓶}, {@code 袋}, {@code 盒}), not by weight.
     */
    public static boolean applyTo(List<CatalogItem> catalog) {
        boolean counted = false;
        for (CatalogItem item : catalog) {
            String unit = item.unit();
            if (unit != null && unit.contains("打")) {
                return false;
            }
            counted |= unit != null && !unit.isEmpty() && unit.length() <= 2 && !WEIGHED.contains(unit);
        }
        return counted;
    }

    /** Units of single pieces, which a pair is two of. */
    private static final java.util.Set<String> PIECES =
            java.util.Set.of("只", "个", "条", "根", "支", "枚", "颗", "块", "头", "尾", "枝");

    /**
     * Whether a pair is two of something in this deal: no product is sold by the pair itself ({@code 对}, {@code 双},
     * {@code 副}: crabs by the pair, shoes), and one at least by the piece ({@code 只}, {@code 个}).
     */
    public static boolean pairsApplyTo(List<CatalogItem> catalog) {
        boolean pieces = false;
        for (CatalogItem item : catalog) {
            String unit = item.unit();
            if (unit != null && (unit.contains("对") || unit.contains("双") || unit.contains("副"))) {
                return false;
            }
            pieces |= unit != null && PIECES.contains(unit);
        }
        return pieces;
    }

    /** {@code body} with every count of pairs written as the pieces ({@code 一对} → {@code 2}, {@code 两对} → {@code 4}). */
    public static String pairsAsPieces(String body) {
        return asPieces(body, '对');
    }

    /** {@code body} with every count of dozens written as the pieces ({@code 一打} → {@code 12}, {@code 半打} → {@code 6}). */
    public static String asPieces(String body) {
        return asPieces(body, '打');
    }

    /** {@code body} with every count before {@code mark} (打 or 对) written as the pieces it makes. */
    private static String asPieces(String body, char mark) {
        boolean pair = mark == '对';
        int at = body.indexOf(mark, 1);
        if (at < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int copied = 0;
        int n = body.length();
        for (int i = at; i >= 1 && i < n; i = body.indexOf(mark, i + 1)) {
            boolean andAHalf = !pair
                    && i + 1 < n
                    && body.charAt(i + 1) == '半'
                    && (i + 2 == n || !ProductFragments.isHan(body.charAt(i + 2)));
            if (i + 1 < n && ProductFragments.isHan(body.charAt(i + 1)) && !andAHalf) {
                continue; // 打包, 打折, 打鳞, 对面, 一对一
            }
            int start = i;
            while (start > 0 && isCountChar(body.charAt(start - 1)) && !(pair && body.charAt(start - 1) == '半')) {
                start--;
            }
            if (start == i || start < copied || start == 0 && aCountFollows(body, i + 1)) {
                continue; // 一打 1箱: a nickname where the name stands, the count after it
            }
            Integer dozens = pieces(body.substring(start, i));
            if (dozens == null) {
                continue;
            }
            int pieces = pair ? dozens / 6 : andAHalf ? dozens + 6 : dozens; // two to the pair; 一打半: eighteen
            out.append(body, copied, start);
            if (!pair || !saidBefore(body, start, pieces)) {
                out.append(pieces);
            }
            copied = andAHalf ? i + 2 : i + 1;
        }
        return copied == 0 ? body : out.append(body, copied, n).toString();
    }

    private static boolean aCountFollows(String body, int from) {
        int k = from;
        while (k < body.length() && body.charAt(k) == ' ') {
            k++;
        }
        return k > from && k < body.length() && isCountChar(body.charAt(k));
    }

    /** {@code 两个 一对}: the pieces the pair makes, written just before it. */
    private static boolean saidBefore(String body, int at, int pieces) {
        int end = at;
        while (end > 0 && body.charAt(end - 1) == ' ') {
            end--;
        }
        if (end < 2 || !PIECES.contains(body.substring(end - 1, end))) {
            return false;
        }
        int start = end - 1;
        while (start > 0 && isCountChar(body.charAt(start - 1))) {
            start--;
        }
        Integer dozens = start < end - 1 ? pieces(body.substring(start, end - 1)) : null;
        return dozens != null && dozens / 12 == pieces;
    }

    private static boolean isCountChar(char c) {
        return (c >= '0' && c <= '9') || ChineseNumerals.isNumeral(c) || c == '半' || c == '两' || c == '俩';
    }

    /** The pieces in {@code count} dozens, or {@code null} when it is no count. */
    private static Integer pieces(String count) {
        if (count.equals("半")) {
            return 6;
        }
        if (count.chars().allMatch(Character::isDigit)) {
            return count.length() <= 2 ? Integer.parseInt(count) * 12 : null;
        }
        String c = count.equals("俩") ? "两" : count;
        ChineseNumerals.Reading reading = ChineseNumerals.read(c, 0);
        return reading != null && reading.length() == c.length() && reading.value() > 0 ? reading.value() * 12 : null;
    }
}
