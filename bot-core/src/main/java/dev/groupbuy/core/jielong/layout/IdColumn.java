package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.jielong.tokens.Units;
import java.util.List;

/**
 * A class's or a team's list where every sign-up starts with the resident's own number before the name
 * ({@code 7. 10 侯思远 一本}, {@code 8. 13 江一帆 2本}): a student or staff number, not a count. A leader sees the
 * column at a glance — the numbers rise down the list and never repeat, as counts would — and reads past it. The
 * number is taken off the line before it is read; lines of the list without one are read as they are.
 */
public final class IdColumn {

    /** Fewest numbered lines that make a column. */
    private static final int FEWEST = 4;

    private IdColumn() {}

    /** Whether most of the numbered lines below the example start with a rising one- or two-digit number before a word. */
    public static boolean isPresent(String[] lines, ChainLayout layout) {
        int numbered = 0;
        int withId = 0;
        int last = -1;
        for (int i = layout.exampleLine() + 1; i < lines.length; i++) {
            SequenceNumber seq = layout.sequence(i);
            if (seq == null) {
                continue;
            }
            numbered++;
            int id = idAt(lines[i], seq.bodyStart());
            if (id >= 0) {
                if (id <= last) {
                    return false; // a number again or lower: a count, not someone's number
                }
                last = id;
                withId++;
            }
        }
        return withId >= FEWEST && withId * 2 >= numbered;
    }

    /** {@code body} without the number it starts with, when it starts with one before a word; else {@code body}. */
    public static String without(String body) {
        int end = idEnd(body, 0);
        return end < 0 ? body : body.substring(end).strip();
    }

    private static int idAt(String line, int from) {
        int end = idEnd(line, from);
        if (end < 0) {
            return -1;
        }
        return Integer.parseInt(line.substring(from, end).strip());
    }

    /** Where the word after a leading one- or two-digit number and a space starts, or -1. */
    private static int idEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i - digits < 1 || i - digits > 2 || i >= s.length() || s.charAt(i) != ' ') {
            return -1;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || Character.isDigit(s.charAt(i)) || Units.readAt(s, i, List.of()) != null) {
            return -1; // 2 盒: a count and its unit
        }
        return i;
    }
}
