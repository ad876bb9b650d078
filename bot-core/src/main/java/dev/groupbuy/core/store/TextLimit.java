package dev.groupbuy.core.store;

/**
 * Text bounded by a store column of {@code max} characters. Java counts UTF-16 units, H2 counts the same and
 * MariaDB counts code points (never more), so a text of at most {@code max} units fits both stores.
 */
public final class TextLimit {

    private TextLimit() {}

    public static boolean fits(String value, int max) {
        return value == null || value.length() <= max;
    }

    /** The text itself when it fits, else its first {@code max} units, never half an emoji. */
    public static String cut(String value, int max) {
        if (fits(value, max)) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    /** Like {@link #cut}, ending in {@code …} when something was cut, for texts people read. */
    public static String shorten(String value, int max) {
        return fits(value, max) ? value : cut(value, max - 1) + "…";
    }
}
