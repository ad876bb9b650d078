package dev.groupbuy.core.jielong.text;

/**
 * Reads small Chinese numerals as people write quantities: 一 … 九, 两/兩, the colloquial 俩 (two) and 仨 (three),
 * 十, 十二, 二十, 二十五, 一百, the formal 壹 贰 叁 肆 柒 捌 玖 拾 (伍 and 陆 are left out: they are surnames), and the old
 * 廿 (twenty) and 卅 (thirty): 廿个, 廿五斤.
 * Reading stops at the first character that is not a numeral; the caller decides whether the run is a
 * quantity (三盒) or part of a nickname (三妹).
 */
public final class ChineseNumerals {

    /** A numeral run: its value and how many characters it took. */
    public record Reading(int value, int length) {}

    private ChineseNumerals() {}

    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '拾' || c == '廿' || c == '卅';
    }

    /** The numeral run starting at {@code from}, or {@code null} when there is none. */
    public static Reading read(CharSequence s, int from) {
        int i = from;
        int n = s.length();
        int total = 0;
        int current = -1;
        boolean any = false;
        while (i < n && i - from < 6) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (current >= 0) {
                    break;
                }
                current = d;
            } else if ((c == '廿' || c == '卅') && i == from) {
                total = c == '廿' ? 20 : 30; // 廿五: twenty-five
            } else if (c == '十' || c == '百' || c == '拾') {
                int unit = c == '百' ? 100 : 10;
                if (unit == 10 && total % 100 >= 10) {
                    break;
                }
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
            } else {
                break;
            }
            any = true;
            i++;
        }
        if (!any) {
            return null;
        }
        int value = total + Math.max(current, 0);
        return value == 0 ? null : new Reading(value, i - from);
    }

    public static int digit(char c) {
        switch (c) {
            case '一':
            case '壹':
                return 1;
            case '二':
            case '两':
            case '兩':
            case '俩':
            case '贰':
            case '貳':
                return 2;
            case '三':
            case '仨':
            case '叁':
            case '參':
                return 3;
            case '四':
            case '肆':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
            case '柒':
                return 7;
            case '八':
            case '捌':
                return 8;
            case '九':
            case '玖':
                return 9;
            default:
                return -1;
        }
    }
}
