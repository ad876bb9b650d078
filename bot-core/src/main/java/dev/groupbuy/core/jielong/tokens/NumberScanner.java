package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a number at a position and decides what it is: a quantity (with its unit and a trailing 半), or
 * a number that is not a quantity — a time ({@code 17:30}, {@code 8点}), money ({@code 50元}), a date
 * ({@code 25号}), a pack size ({@code 10斤装}) or a price ({@code 25/盒}).
 */
public final class NumberScanner {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String NOT_QUANTITY_AFTER = "点元块号月日天周岁%分秒年度折期届";
    private static final int MAX_DIGITS = 9;

    private NumberScanner() {}

    /** A number read at a position; {@code quantity} is false for times, money and the like. */
    record Reading(int end, BigDecimal value, String unit, boolean quantity) {}

    /** Where the digits from {@code i} end, with a decimal point and its digits if one follows ({@code 19.9}). */
    static int decimalEnd(String s, int i) {
        int j = i;
        while (j < s.length() && BuildingScanner.isDigit(s.charAt(j))) {
            j++;
        }
        if (j + 1 < s.length() && s.charAt(j) == '.' && BuildingScanner.isDigit(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && BuildingScanner.isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    static Reading digits(String s, int i, List<String> units) {
        int j = decimalEnd(s, i);
        BigDecimal value = j - i > MAX_DIGITS ? BigDecimal.ZERO : decimal(s, i, j);
        if (arePieces(s, i, j)) {
            return new Reading(j + 1, value, "块", true);
        }
        Reading reading = afterNumber(s, j, value, units);
        return reading.quantity() && reading.unit() == null && (isLongWholeNumber(s, i, j) || isDateLike(s, i, j))
                ? new Reading(j, value, null, false)
                : reading;
    }

    /**
     * {@code 五花 2块}, {@code 李二哥 两块}: a count of pieces ending its clause on a line that speaks of no money
     * ({@code 元}, {@code 钱}, {@code ¥}, a price per unit) and with no word of paying or adding before it ({@code 加10块},
     * {@code 找零2块}); elsewhere {@code 块} is the yuan.
     */
    private static boolean arePieces(String s, int from, int to) {
        if (to >= s.length() || s.charAt(to) != '块') {
            return false;
        }
        int after = to + 1;
        if (after < s.length() && " ，,。.!！)）".indexOf(s.charAt(after)) < 0) {
            return false;
        }
        int before = from - 1;
        while (before >= 0 && s.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && MONEY_BEFORE.indexOf(s.charAt(before)) >= 0) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '元' || c == '钱' || c == '¥' || c == '￥' || c == '/' || c == '价' || c == '付' || c == '转') {
                return false;
            }
        }
        return true;
    }

    private static final String MONEY_BEFORE = "加减零付转贵宜省差退补收给计约共价剁切成每便多少";

    /** Three digits or more without a unit: a room ({@code 1102}), a phone number or a code, never a count. */
    private static boolean isLongWholeNumber(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!BuildingScanner.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return to - from >= 3;
    }

    private static final BigDecimal[] SMALL = new BigDecimal[101];

    static {
        for (int k = 0; k < SMALL.length; k++) {
            SMALL[k] = BigDecimal.valueOf(k);
        }
    }

    private static BigDecimal decimal(String s, int from, int to) {
        long n = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '.') {
                return new BigDecimal(s.substring(from, to));
            }
            n = n * 10 + (c - '0');
        }
        return n < SMALL.length ? SMALL[(int) n] : BigDecimal.valueOf(n);
    }

    /** A Chinese numeral; {@code null} when the characters are better read as part of a word. */
    static Reading numeral(String s, int i, boolean wordBefore, List<String> units) {
        if (s.charAt(i) == '半') {
            String unit = Units.readAt(s, i + 1, units);
            return unit != null ? new Reading(i + 1 + unit.length(), HALF, unit, true) : null;
        }
        ChineseNumerals.Reading r = ChineseNumerals.read(s, i);
        if (r == null) {
            return null;
        }
        int j = i + r.length();
        BigDecimal value = r.value() < SMALL.length ? SMALL[r.value()] : BigDecimal.valueOf(r.value());
        int tenths = j + 1 < s.length() && s.charAt(j) == '点' ? ChineseNumerals.digit(s.charAt(j + 1)) : -1;
        if (tenths >= 0 && Units.readAt(s, j + 2, units) != null) {
            // 一点五斤: one and five tenths, said the way it is read out (一点 alone is one o'clock)
            return afterNumber(s, j + 2, value.add(BigDecimal.valueOf(tenths, 1)), units);
        }
        if (arePieces(s, i, j)) {
            return new Reading(j + 1, value, "块", true);
        }
        if (j < s.length() && NOT_QUANTITY_AFTER.indexOf(s.charAt(j)) >= 0 && !isUnit(s, j, units)) {
            return wordBefore ? null : new Reading(j + 1, value, null, false);
        }
        String unit = Units.readAt(s, j, units);
        if (unit != null) {
            return afterNumber(s, j, value, units);
        }
        return !wordBefore && boundaryAt(s, j) ? new Reading(j, value, null, true) : null;
    }

    /**
     * {@code 666/2瓶}: a whole number no month can be, then a slash and digits with their unit: the slash parts the
     * fields of a {@code 名字/楼栋/数量} line, where {@code 5/20} would be a date and {@code 30/盒} a price.
     */
    private static boolean slashesAnotherField(String s, int j, BigDecimal value) {
        if (value == null || value.scale() > 0 || value.compareTo(BigDecimal.valueOf(12)) <= 0) {
            return false;
        }
        int k = skipDigits(s, j + 1);
        return k > j + 1 && Units.readAt(s, k, List.of()) != null;
    }

    /**
     * {@code 鲜奶2/面包1}: a small whole number, then a slash and a word that is no unit — the slash parts one
     * product's count from the next product, where {@code 30/盒} is a price.
     */
    private static boolean slashesAnotherWord(String s, int j, BigDecimal value) {
        return value != null
                && value.scale() <= 0
                && value.compareTo(BigDecimal.valueOf(99)) <= 0
                && j + 1 < s.length()
                && ProductFragments.isHan(s.charAt(j + 1))
                && Units.readAt(s, j + 1, List.of()) == null;
    }

    private static Reading afterNumber(String s, int j, BigDecimal value, List<String> units) {
        if (s.startsWith("已转", j) || s.startsWith("已付", j)) {
            return new Reading(j, value, null, false); // 25已转: the money paid
        }
        if (s.startsWith("个人", j) || s.startsWith("口人", j)) {
            return new Reading(j + 2, value, null, false); // 屋里三个人: how many eat, not how many to buy
        }
        if (j < s.length()) {
            char c = s.charAt(j);
            if (c == ':' && j + 1 < s.length() && BuildingScanner.isDigit(s.charAt(j + 1))) {
                return new Reading(skipDigits(s, j + 1), value, null, false);
            }
            if (c == '/' && (slashesAnotherField(s, j, value) || slashesAnotherWord(s, j, value))) {
                return new Reading(j, value, null, true); // 阿强666/2瓶, 鲜奶2/面包1: the slash parts the fields
            }
            if (c == '/' || (NOT_QUANTITY_AFTER.indexOf(c) >= 0 || isCantoneseMoney(s, j)) && !isUnit(s, j, units)) {
                return new Reading(notQuantityEnd(s, j), value, null, false);
            }
        }
        int u = j < s.length() && s.charAt(j) == ' ' && Units.readSpacedAt(s, j + 1, units) != null ? j + 1 : j;
        String unit = Units.readAt(s, u, units);
        if (unit == null) {
            return new Reading(j, value, null, true);
        }
        int end = u + unit.length();
        if (end < s.length() && s.charAt(end) == '装') {
            return new Reading(end + 1, value, unit, false);
        }
        if ("斤".equals(unit)
                && value.scale() == 0
                && end < s.length()
                && s.charAt(end) >= '1'
                && s.charAt(end) <= '9'
                && (end + 1 == s.length() || " ,，。)）".indexOf(s.charAt(end + 1)) >= 0)) {
            // 1斤5: a jin and five liang, said the way scales are read
            return new Reading(end + 1, value.add(BigDecimal.valueOf(s.charAt(end) - '0', 1)), unit, true);
        }
        if ("斤".equals(unit) && end + 1 < s.length() && s.charAt(end + 1) == '两') {
            char c = s.charAt(end);
            int tenths = c >= '1' && c <= '9' ? c - '0' : ChineseNumerals.digit(c);
            if (tenths > 0 && c != '两') {
                return new Reading(end + 2, value.add(BigDecimal.valueOf(tenths, 1)), unit, true); // 一斤二两: 1.2斤
            }
        }
        if ("斤".equals(unit) && end < s.length() && "二三四五六七八九".indexOf(s.charAt(end)) >= 0) {
            boolean alone = end + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(end + 1));
            if (alone) { // 三斤二: three jin and two tenths, as a market says it
                return new Reading(
                        end + 1, value.add(BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(end)), 1)), unit, true);
            }
        }
        boolean halfOfSomething = end + 1 < s.length() && "糖冰价熟份".indexOf(s.charAt(end + 1)) >= 0;
        if (end < s.length() && s.charAt(end) == '半' && !halfOfSomething) {
            return new Reading(end + 1, value.add(HALF), unit, true); // but 一杯半糖: one cup, half sugar
        }
        boolean er = end < s.length()
                && s.charAt(end) == '儿'
                && (end + 1 == s.length() || "子童女媳孙".indexOf(s.charAt(end + 1)) < 0);
        return new Reading(er ? end + 1 : end, value, unit, true); // 两瓶儿, 一盒儿: northern speech after the unit
    }

    private static boolean isUnit(String s, int j, List<String> units) {
        char c = s.charAt(j);
        for (int k = 0; k < units.size(); k++) {
            String unit = units.get(k);
            if (unit.length() == 1 && unit.charAt(0) == c) {
                return true;
            }
        }
        return false;
    }

    /** {@code 50蚊}: fifty dollars in Cantonese, money as 元 is ({@code 蚊香}, {@code 蚊帐} are things). */
    private static boolean isCantoneseMoney(String s, int j) {
        return s.charAt(j) == '蚊' && (j + 1 == s.length() || "香帐子虫".indexOf(s.charAt(j + 1)) < 0);
    }

    private static int notQuantityEnd(String s, int j) {
        int k = j + 1;
        if (s.charAt(j) == '分' && k < s.length() && s.charAt(k) == '钟') {
            return k + 1; // 10分钟: a time
        }
        if (s.charAt(j) == '点' && k < s.length() && s.charAt(k) == '半') {
            return k + 1;
        }
        if (s.charAt(j) == '点' && k < s.length() && BuildingScanner.isDigit(s.charAt(k))) {
            int minutes = skipDigits(s, k);
            return minutes < s.length() && s.charAt(minutes) == '分' ? minutes + 1 : minutes;
        }
        if (s.charAt(j) == '/') {
            String unit = Units.readAt(s, k, List.of());
            if (unit == null && k < s.length() && BuildingScanner.isDigit(s.charAt(k))) {
                return skipDigits(s, k); // 5/20: a date
            }
            return unit == null ? k : k + unit.length();
        }
        if ((s.charAt(j) == '块' || s.charAt(j) == '元')
                && k < s.length()
                && BuildingScanner.isDigit(s.charAt(k))
                && (k + 1 == s.length() || !BuildingScanner.isDigit(s.charAt(k + 1)))
                && Units.readAt(s, k + 1, List.of()) == null) {
            return k + 1; // 9块5: nine yuan fifty, all of it money
        }
        if (s.charAt(j) == '月' && k < s.length() && BuildingScanner.isDigit(s.charAt(k))) {
            int day = skipDigits(s, k); // 5月22, 6月3号
            return day < s.length() && (s.charAt(day) == '日' || s.charAt(day) == '号') ? day + 1 : day;
        }
        return k;
    }

    /**
     * {@code 5.19}, {@code 12.24}: a month and a day written as a decimal with two places, which no count or
     * weight is written as.
     */
    private static boolean isDateLike(String s, int from, int to) {
        int dot = -1;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '.') {
                dot = k;
            }
        }
        if (dot < 0 || to - dot - 1 != 2 || dot - from > 2) {
            return false;
        }
        int month = Integer.parseInt(s.substring(from, dot));
        int day = Integer.parseInt(s.substring(dot + 1, to));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static int skipDigits(String s, int j) {
        int k = j;
        while (k < s.length() && BuildingScanner.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    static boolean boundaryAt(String s, int j) {
        if (j >= s.length()) {
            return true;
        }
        char c = s.charAt(j);
        return !Character.isLetterOrDigit(c) || c == '~';
    }
}
