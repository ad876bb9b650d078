package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.text.ChineseNumerals;

/**
 * Sizes said in words ({@code 三十八码}, {@code 一百三十码}, as voice input writes them) are the sizes the leader lists
 * in digits ({@code 38码}, {@code 130码}): a size is never a count, so the words become the digits before the line is
 * read, and the deal's products named by size are found.
 */
final class Sizes {

    private Sizes() {}

    /** The line with every size in Chinese numerals before 码 written in digits. */
    static String inDigits(String text) {
        int mark = text.indexOf('码');
        if (mark < 1) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            ChineseNumerals.Reading reading =
                    ChineseNumerals.isNumeral(c) && (i == 0 || !ChineseNumerals.isNumeral(text.charAt(i - 1)))
                            ? ChineseNumerals.read(text, i)
                            : null;
            int end = reading == null ? -1 : i + reading.length();
            boolean size = reading != null
                    && end < text.length()
                    && text.charAt(end) == '码'
                    && !text.startsWith("半", end + 1) // 三十七码半: a half size, which the leader asks about
                    && reading.value() >= 10;
            if (size) {
                out.append(reading.value());
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
