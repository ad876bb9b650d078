package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code 跟3楼一样}, {@code 同2楼}, {@code 和阿伟一样}: the same order as another line of the chain, named by its
 * number or by the neighbour's name. Only the order part of a line is tried, and only when it says 一样, 同款
 * or starts with 同.
 */
public final class SameAs {

    private static final Pattern LINE =
            Pattern.compile("^(?:跟|和|同)\\s*(?:(\\d{1,3})\\s*(?:号|楼|L|l)?|([^\\s\\d][^\\s]{0,9}?))\\s*(?:一样|同款|相同)的?$");
    private static final Pattern FLOOR = Pattern.compile("^同\\s*(\\d{1,3})\\s*楼$");

    private SameAs() {}

    /** The line number or name the order part points at, or {@code null}. */
    static String reference(String orderText) {
        String t = TextNormalizer.trimSeparators(orderText);
        if (t.isEmpty() || t.length() > 16 || (t.indexOf('样') < 0 && t.indexOf('同') < 0)) {
            return null;
        }
        Matcher m = LINE.matcher(t);
        if (m.matches()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        Matcher floor = FLOOR.matcher(t);
        return floor.matches() ? floor.group(1) : null;
    }
}
