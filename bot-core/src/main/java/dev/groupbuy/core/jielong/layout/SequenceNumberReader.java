package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.BuildingScanner;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.Units;
import java.util.List;
import java.util.Optional;

/**
 * Reads the sign-up number at the start of a (normalised) line: ASCII digits followed by a separator
 * ({@code . 、 ) , :} or a space), or a circled/parenthesised number such as {@code ①} or {@code ⑴}.
 * {@code 1.5斤}, {@code 3栋502} and {@code 1号} are not sequence numbers.
 */
public final class SequenceNumberReader {

    private static final int MAX_DIGITS = 5;

    private SequenceNumberReader() {}

    static Optional<SequenceNumber> read(String line) {
        return Optional.ofNullable(readOrNull(line));
    }

    /** Like {@link #read} without the wrapper, for the per-line hot path. */
    public static SequenceNumber readOrNull(String line) {
        int n = line.length();
        int i = afterBullet(line, 0);
        if (i >= n) {
            return null;
        }
        int circled = circledValue(line.charAt(i));
        if (circled > 0) {
            return new SequenceNumber(circled, skipSeparators(line, i + 1));
        }
        SequenceNumber numeral = numeralThenComma(line, i);
        if (numeral != null) {
            return numeral;
        }
        int digitsStart = i;
        while (i < n && isAsciiDigit(line.charAt(i))) {
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0 || digits > MAX_DIGITS || i >= n) {
            return null;
        }
        char sep = line.charAt(i);
        if (sep == '-'
                && i + 1 < n
                && (line.charAt(i + 1) == ' '
                        || Character.UnicodeScript.of(line.charAt(i + 1)) == Character.UnicodeScript.HAN)) {
            return new SequenceNumber(Integer.parseInt(line, digitsStart, i, 10), skipSeparators(line, i + 1)); // 1- 阿珍
        }
        if (!isSeparator(sep)) {
            return null;
        }
        if (sep == '.'
                && i + 1 < n
                && isAsciiDigit(line.charAt(i + 1))
                && BuildingScanner.scan(line, i + 1, List.of()) < 0) {
            return null;
        }
        if (sep == ':'
                && i + 2 < n
                && i - digitsStart <= 2
                && isAsciiDigit(line.charAt(i + 1))
                && isAsciiDigit(line.charAt(i + 2))) {
            return null; // 10:30截止: a time, not line 10
        }
        if (sep == ','
                && i + 1 < n
                && isAsciiDigit(line.charAt(i + 1))
                && BuildingScanner.scan(line, i + 1, List.of()) < 0) {
            return null; // 1,500 is a number; 5,8-3-502 is line 5 and a flat
        }
        int value = Integer.parseInt(line, digitsStart, i, 10);
        return new SequenceNumber(value, skipSeparators(line, i));
    }

    /**
     * {@code 4.3斤 牛牛妈} right after line 3: the number the list expects, then a dot glued to the quantity, or to a
     * room ({@code 2.1102 3斤}, {@code 4.9-303 小祝}).
     * Read only when {@code expected} follows the previous line's number, so {@code 1.5斤} alone stays a weight.
     */
    public static SequenceNumber readBeforeQuantity(String line, int expected) {
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        int digitsStart = i;
        while (i < n && isAsciiDigit(line.charAt(i))) {
            i++;
        }
        if (i == digitsStart
                || i - digitsStart > MAX_DIGITS
                || i + 1 >= n
                || line.charAt(i) != '.'
                || !isAsciiDigit(line.charAt(i + 1))) {
            return null;
        }
        int quantityEnd = i + 1;
        while (quantityEnd < n && isAsciiDigit(line.charAt(quantityEnd))) {
            quantityEnd++;
        }
        boolean quantity = quantityEnd - i - 1 <= 2 && Units.readAt(line, quantityEnd, List.of()) != null;
        boolean room = quantityEnd < n
                && ((quantityEnd - i - 1 >= 3 && line.charAt(quantityEnd) == ' ')
                        || (line.charAt(quantityEnd) == '-'
                                && quantityEnd + 1 < n
                                && isAsciiDigit(line.charAt(quantityEnd + 1)))); // 2.1102 3斤, 4.9-303 小祝
        return (quantity || room) && Integer.parseInt(line, digitsStart, i, 10) == expected
                ? new SequenceNumber(expected, i + 1)
                : null;
    }

    /**
     * {@code 10小美 再加一袋} right after line 9: the number the list expects glued to a name. Read only when the
     * number is {@code expected} and what follows is a word of two characters or more that is no unit and no
     * building word ({@code 3栋}, {@code 2盒}, {@code 8号楼} stay what they are).
     */
    public static SequenceNumber readGlued(String line, int expected) {
        int i = afterBullet(line, 0);
        int n = line.length();
        int digitsStart = i;
        while (i < n && isAsciiDigit(line.charAt(i))) {
            i++;
        }
        if (i == digitsStart || i - digitsStart > 3 || i + 1 >= n) {
            return null;
        }
        char c = line.charAt(i);
        char next = line.charAt(i + 1);
        boolean numeralName = ChineseNumerals.digit(c) >= 0 // 7三哥: a nickname starting with a numeral, no count
                && Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN
                && ChineseNumerals.digit(next) < 0
                && Units.readAt(line, i + 1, List.of()) == null
                && GLUED_NOT_A_NAME.indexOf(next) < 0;
        boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN
                && GLUED_NOT_A_NAME.indexOf(c) < 0
                && (ChineseNumerals.digit(c) < 0 || numeralName)
                && Units.readAt(line, i, List.of()) == null;
        boolean latin = CatalogMatcher.isAsciiLetter(c) && CatalogMatcher.isAsciiLetter(next); // 5Ivy
        return (han || latin) && Integer.parseInt(line, digitsStart, i, 10) == expected
                ? new SequenceNumber(expected, i)
                : null;
    }

    /** {@code 一、阿芬 1箱}, {@code 十一、Amy}: a line numbered in Chinese numerals before an enumeration comma. */
    private static SequenceNumber numeralThenComma(String line, int i) {
        if (i >= line.length() || line.charAt(i) < '一' || "一二三四五六七八九十".indexOf(line.charAt(i)) < 0) {
            return null;
        }
        ChineseNumerals.Reading reading = ChineseNumerals.read(line, i);
        int end = reading == null ? -1 : i + reading.length();
        if (end < 0
                || end >= line.length()
                || line.charAt(end) != '、'
                || reading.value() < 1
                || reading.value() > 199) {
            return null;
        }
        return new SequenceNumber(reading.value(), skipSeparators(line, end));
    }

    /** Characters that make a number glued to them a building, a room, a date or a size, not a line number. */
    private static final String GLUED_NOT_A_NAME = "号楼栋幢单元室区座层期排户门月日点年岁寸人楼份样种";

    /**
     * Where the number of a line starts: after spaces and a bullet people put in front of it ({@code 👉1.},
     * {@code •1.}, {@code ▪️2、}), at most a few symbols long.
     */
    private static int afterBullet(String line, int from) {
        int n = line.length();
        int i = from;
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < n && i - start < 4 && isBulletSymbol(line, i)) {
            i += Character.charCount(line.codePointAt(i));
        }
        if (i > start
                && (i >= n
                        || !(isAsciiDigit(line.charAt(i))
                                || line.charAt(i) == ' '
                                || circledValue(line.charAt(i)) > 0))) {
            return start;
        }
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isBulletSymbol(String line, int i) {
        int cp = line.codePointAt(i);
        if (cp == 0xFE0F
                || cp == 0x2022
                || cp == 0x00B7
                || cp == 0x25AA
                || cp == 0x25CF
                || cp == 0x25C6
                || cp == 0x2605) {
            return true;
        }
        int type = Character.getType(cp);
        return cp > 0x2000
                && (type == Character.OTHER_SYMBOL || type == Character.SURROGATE)
                && circledValue((char) cp) == 0;
    }

    private static int skipSeparators(String line, int from) {
        int i = from;
        int n = line.length();
        int taken = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
            } else if (taken == 0 && isSeparator(c)) {
                taken++;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isSeparator(char c) {
        return c == '.' || c == '、' || c == ')' || c == ',' || c == ' ' || c == ':' || c == '．' || c == '，' || c == '。';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ① … ⑳, ㉑ … ㊿, ⑴ … ⒇, ⒈ … ⒛, ❶ … ❿, ➀ … ➉; 0 when {@code c} is none of them. */
    public static int circledValue(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u2474' && c <= '\u2487') {
            return c - '\u2474' + 1;
        }
        if (c >= '\u2488' && c <= '\u249B') {
            return c - '\u2488' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        if (c >= '\u32B1' && c <= '\u32BF') {
            return c - '\u32B1' + 36;
        }
        if (c >= '\u2776' && c <= '\u277F') {
            return c - '\u2776' + 1;
        }
        if (c >= '\u2780' && c <= '\u2789') {
            return c - '\u2780' + 1;
        }
        return 0;
    }
}
