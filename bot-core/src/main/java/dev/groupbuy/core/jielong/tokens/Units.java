package dev.groupbuy.core.jielong.tokens;

import java.util.List;

/** The measure words that may follow a quantity, and which of them weigh rather than count. */
public final class Units {

    private static final List<String> COMMON = List.of(
            "公斤",
            "千克",
            "kg",
            "KG",
            "Kg",
            "斤",
            "克",
            "g",
            "盒",
            "箱",
            "袋",
            "个",
            "份",
            "提",
            "瓶",
            "只",
            "包",
            "件",
            "串",
            "把",
            "罐",
            "桶",
            "条",
            "根",
            "颗",
            "枚",
            "听",
            "板",
            "组",
            "套",
            "杯",
            "碗",
            "支",
            "对",
            "双",
            "头",
            "尾",
            "片",
            "盆",
            "筐",
            "扎",
            "捆",
            "卷",
            "粒",
            "托",
            "屉",
            "块",
            "穗",
            "枝",
            "棵",
            "节",
            "束",
            "本",
            "台",
            "樽",
            "壶",
            "副",
            "笼",
            "坛",
            "辫",
            "兜",
            "盅",
            "梳",
            "lb",
            "磅",
            "升",
            "L",
            // 两 is a weight (8两) unless a unit follows it or it follows 两: then it is the numeral (七七两斤, 两两)
            "两");

    /** Loose measure words people write for any counted product ({@code 2个} for two boxes). */
    private static final List<String> GENERIC = List.of("个", "份", "件");

    /** Pairs of container words people use for one another. */
    private static final List<String> SAME_KIND = List.of("袋包", "条根", "只个", "瓶听", "瓶樽", "颗棵", "个粒");

    private static final int BUCKETS = 128;
    private static final String[][] BY_FIRST = byFirstChar();

    private Units() {}

    /** The unit written at {@code from} (longest first), or {@code null}. */
    public static String readAt(CharSequence s, int from, List<String> extra) {
        if (from >= s.length()) {
            return null;
        }
        char first = s.charAt(from);
        String best = null;
        String[] candidates = BY_FIRST[first & (BUCKETS - 1)];
        if (candidates != null) {
            for (String unit : candidates) {
                if (unit.charAt(0) == first && regionMatches(s, from, unit) && !gluedToWord(s, from, unit)) {
                    best = unit;
                    break;
                }
            }
        }
        String unit = extra.isEmpty() ? best : match(s, from, extra, best);
        if (unit == null && !extra.isEmpty()) {
            unit = soundingLike(s, from, extra); // 二代 for 二袋: what voice input and quick typing write
        }
        boolean numeralLiang =
                "两".equals(unit) && ((from > 0 && s.charAt(from - 1) == '两') || readAt(s, from + 1, extra) != null);
        return numeralLiang ? null : unit;
    }

    /** Characters typed for a unit that sounds the same: 代 for 袋, 通 for 桶, 合 for 盒. */
    private static final String SOUNDS = "代通合";

    private static final String UNITS_SOUNDED = "袋桶盒";

    /**
     * The deal's unit the character at {@code from} sounds like, or {@code null}: only right after a count standing on
     * its own ({@code 郑叔 二代}, {@code 严孃孃 一通}), not inside a word ({@code 兵团二代}, {@code 百合}).
     */
    private static String soundingLike(CharSequence s, int from, List<String> units) {
        int k = SOUNDS.indexOf(s.charAt(from));
        if (k < 0 || from == 0 || (from + 1 < s.length() && ProductFragments.isHan(s.charAt(from + 1)))) {
            return null;
        }
        int start = from;
        while (start > 0 && "0123456789一二两三四五六七八九十俩".indexOf(s.charAt(start - 1)) >= 0) {
            start--;
        }
        boolean wordBefore = start > 0
                && ProductFragments.isHan(s.charAt(start - 1))
                && "来要订买拿整留".indexOf(s.charAt(start - 1)) < 0; // 给我来两代: the count after the verb
        if (start == from || wordBefore) {
            return null;
        }
        String unit = String.valueOf(UNITS_SOUNDED.charAt(k));
        return units.contains(unit) ? unit : null;
    }

    private static String[][] byFirstChar() {
        String[][] table = new String[BUCKETS][];
        for (int b = 0; b < BUCKETS; b++) {
            final int bucket = b;
            String[] units = COMMON.stream()
                    .filter(u -> (u.charAt(0) & (BUCKETS - 1)) == bucket)
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .toArray(String[]::new);
            table[b] = units.length == 0 ? null : units;
        }
        return table;
    }

    private static String match(CharSequence s, int from, List<String> units, String best) {
        if (units instanceof CatalogUnits catalogUnits) {
            String unit = catalogUnits.longestAt(s, from);
            return unit != null && (best == null || unit.length() > best.length()) ? unit : best;
        }
        char first = s.charAt(from);
        for (int k = 0; k < units.size(); k++) {
            String unit = units.get(k);
            if (unit.isEmpty() || unit.charAt(0) != first || (best != null && best.length() >= unit.length())) {
                continue;
            }
            if (regionMatches(s, from, unit) && !gluedToWord(s, from, unit)) {
                best = unit;
            }
        }
        return best;
    }

    /** {@code kg} in {@code kgs}: a Latin unit followed by another letter is part of a word, not a unit. */
    static boolean gluedToWord(CharSequence s, int from, String unit) {
        int end = from + unit.length();
        return isAsciiWord(unit) && end < s.length() && CatalogMatcher.isAsciiLetter(s.charAt(end));
    }

    /**
     * A unit written after a space ({@code 3 箱}) only counts when it stands alone, so {@code 1801 张伟} is a
     * room number followed by a name, not 1801 sheets.
     */
    static String readSpacedAt(CharSequence s, int from, List<String> extra) {
        String unit = readAt(s, from, extra);
        if (unit == null) {
            return null;
        }
        int end = from + unit.length();
        boolean latin = CatalogMatcher.isAsciiLetter(unit.charAt(0));
        return !latin && (end >= s.length() || !Character.isLetter(s.charAt(end))) ? unit : null; // M1 L1: a code
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

    /** {@code 个}, {@code 份}, {@code 件}: units that fit any product. */
    static boolean isGeneric(String unit) {
        return GENERIC.contains(unit);
    }

    /** Weights sold by the fraction ({@code 一斤半}, {@code 0.5kg}); a pound is sold whole ({@code 半磅} asks). */
    public static boolean takesHalves(String unit) {
        return isWeight(unit) && !unit.equals("磅") && !unit.equals("lb");
    }

    public static boolean isWeight(String unit) {
        return unit != null
                && (unit.equals("斤")
                        || unit.equals("公斤")
                        || unit.equals("千克")
                        || unit.equalsIgnoreCase("kg")
                        || unit.equals("克")
                        || unit.equals("g")
                        || unit.equals("lb")
                        || unit.equals("磅")
                        || unit.equals("两"));
    }

    /** Whether a quantity written in {@code written} can be counted in the product's {@code productUnit}. */
    public static boolean compatible(String written, String productUnit) {
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
        return GENERIC.contains(written) || sameKind(written, productUnit);
    }

    /**
     * {@code 20个} of eggs sold by the 盒 (of 30), {@code 3个} of pastries sold by the box: more than two loose 个
     * of a product sold in containers count pieces, not containers; a careful leader asks. One or two 个 are
     * containers said loosely ({@code 1号2个}).
     */
    public static boolean piecesOfAContainer(String written, String productUnit, java.math.BigDecimal qty) {
        return "个".equals(written) && isContainer(productUnit) && qty.compareTo(LOOSE_CONTAINERS) > 0;
    }

    private static final String CONTAINERS = "盒箱袋提桶罐包瓶板筐托屉笼组套";
    /** Up to this many 个 of a product sold in containers are containers said loosely ({@code 1号2个}). */
    private static final java.math.BigDecimal LOOSE_CONTAINERS = java.math.BigDecimal.valueOf(2);

    /**
     * {@code 10包} of 抽纸 sold as {@code 120抽*10包} by the 提, {@code 24盒} of milk sold as {@code 200ml*24盒} by
     * the 箱: the unit written counts the pieces inside what the product's name says one unit holds.
     */
    public static boolean countsPiecesNamedInside(String productName, String written, String productUnit) {
        if (written == null
                || written.equals(productUnit)
                || productName == null
                || (isGeneric(written) && !written.equals("个"))) {
            return false; // but 个 in 红烧狮子头 4个装 counts the pieces of a box
        }
        for (int at = productName.indexOf(written); at > 0; at = productName.indexOf(written, at + 1)) {
            if (Character.isDigit(productName.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code unit} counts containers ({@code 盒}, {@code 箱}, {@code 袋} …), each holding more. */
    public static boolean isContainer(String unit) {
        return unit != null && unit.length() == 1 && CONTAINERS.indexOf(unit.charAt(0)) >= 0;
    }

    private static boolean sameKind(String a, String b) {
        if (a.length() != 1 || b.length() != 1) {
            return false;
        }
        for (String pair : SAME_KIND) {
            if (pair.indexOf(a.charAt(0)) >= 0 && pair.indexOf(b.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean kilo(String unit) {
        return unit.equals("公斤") || unit.equals("千克") || unit.equalsIgnoreCase("kg");
    }

    private static boolean isAsciiWord(String unit) {
        return unit.charAt(0) < 128;
    }
}
