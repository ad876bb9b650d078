package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.List;

/**
 * Dozens of a product sold by the piece: {@code 一打} is twelve eggs or bottles, {@code 半打} six. In a deal of one
 * product sold by the piece (not by the 打 itself, as oysters are), a count of dozens is written as the pieces it
 * makes before the line is read; {@code 打包}, {@code 打折} and the like are no dozens.
 */
public final class Dozens {

    /** Units of pieces, which a dozen is twelve of. */
    private static final String PIECES = "个只瓶支枚罐听根颗粒";

    private Dozens() {}

    /** Whether the deal is one product sold by the piece, so that a dozen is twelve of it. */
    public static boolean applyTo(List<CatalogItem> catalog) {
        if (catalog.size() != 1) {
            return false;
        }
        String unit = catalog.get(0).unit();
        return unit != null && unit.length() == 1 && PIECES.indexOf(unit.charAt(0)) >= 0;
    }

    /** {@code body} with every count of dozens written as the pieces ({@code 一打} → {@code 12}, {@code 半打} → {@code 6}). */
    public static String asPieces(String body) {
        int at = body.indexOf('打', 1);
        if (at < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int copied = 0;
        for (int i = at; i >= 1 && i < body.length(); i = body.indexOf('打', i + 1)) {
            if (i + 1 < body.length() && ProductFragments.isHan(body.charAt(i + 1))) {
                continue; // 打包, 打折, 打鳞
            }
            int start = i;
            while (start > 0 && isCountChar(body.charAt(start - 1))) {
                start--;
            }
            if (start == i || start < copied) {
                continue;
            }
            Integer dozens = pieces(body.substring(start, i));
            if (dozens == null) {
                continue;
            }
            out.append(body, copied, start).append(dozens);
            copied = i + 1;
        }
        return copied == 0 ? body : out.append(body, copied, body.length()).toString();
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
