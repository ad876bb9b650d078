package dev.groupbuy.core.jielong;

import java.util.List;

/** The measure words that may follow a quantity, and which of them weigh rather than count. */
final class Units {

    private static final List<String> COMMON = List.of(
            "公斤", "千克", "kg", "KG", "Kg", "斤", "克", "g", "盒", "箱", "袋", "个", "份", "提", "瓶", "只", "包", "件", "串", "把",
            "罐", "桶", "条", "根", "颗", "枚", "听", "板", "组", "套", "杯", "碗", "张", "支", "对", "双", "头", "尾", "片", "盆", "筐",
            "扎", "捆", "卷", "粒", "托", "屉", "块", "lb", "L", "升");

    private Units() {}

    /** The unit written at {@code from} (longest first), or {@code null}. */
    static String readAt(CharSequence s, int from, List<String> extra) {
        String best = match(s, from, COMMON, null);
        return match(s, from, extra, best);
    }

    private static String match(CharSequence s, int from, List<String> units, String best) {
        for (String unit : units) {
            if (unit.isEmpty() || (best != null && best.length() >= unit.length())) {
                continue;
            }
            if (regionMatches(s, from, unit)) {
                if (isAsciiWord(unit)
                        && from + unit.length() < s.length()
                        && Character.isLetter(s.charAt(from + unit.length()))
                        && s.charAt(from + unit.length()) < 128) {
                    continue;
                }
                best = unit;
            }
        }
        return best;
    }

    static boolean regionMatches(CharSequence s, int from, String word) {
        if (from + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isWeight(String unit) {
        return unit != null
                && (unit.equals("斤")
                        || unit.equals("公斤")
                        || unit.equals("千克")
                        || unit.equalsIgnoreCase("kg")
                        || unit.equals("克")
                        || unit.equals("g")
                        || unit.equals("lb"));
    }

    /** Whether a quantity written in {@code written} can be counted in the product's {@code productUnit}. */
    static boolean compatible(String written, String productUnit) {
        if (written == null || productUnit == null || productUnit.isEmpty()) {
            return true;
        }
        if (written.equals(productUnit)) {
            return true;
        }
        boolean w = isWeight(written);
        boolean p = isWeight(productUnit);
        if (w || p) {
            return kilo(written) && kilo(productUnit);
        }
        return true;
    }

    private static boolean kilo(String unit) {
        return unit.equals("公斤") || unit.equals("千克") || unit.equalsIgnoreCase("kg");
    }

    private static boolean isAsciiWord(String unit) {
        return unit.charAt(0) < 128;
    }
}
