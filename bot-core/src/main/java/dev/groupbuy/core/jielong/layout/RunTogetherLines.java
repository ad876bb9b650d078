package dev.groupbuy.core.jielong.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sign-ups pasted without their line breaks: {@code 3. 小孙 1箱4. 宋姨 2箱}, {@code 1. 陶陶 A1 C1 2. 叮当 B2},
 * {@code ①王姐2盒②李哥1盒③小芳3盒}. A numbered line that holds the next number (and the one after it…) with its
 * separator and a name after it is cut there, as the phone lost the breaks. Only the number the list expects next
 * is looked for, only where it stands apart from a word or another number ({@code 2.5斤}, {@code 11.30前}, {@code A2}
 * stay what they are), and only when the numbered line below goes on from the last number cut out.
 */
public final class RunTogetherLines {

    private RunTogetherLines() {}

    /** {@code lines} with each run-together line cut into its sign-ups; the same array when none is. */
    public static String[] split(String[] lines) {
        List<String> out = null;
        for (int i = 0; i < lines.length; i++) {
            List<String> parts = parts(lines, i);
            if (parts == null) {
                if (out != null) {
                    out.add(lines[i]);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.length + 8);
                out.addAll(List.of(lines).subList(0, i));
            }
            out.addAll(parts);
        }
        return out == null ? lines : out.toArray(String[]::new);
    }

    /** The sign-ups line {@code i} holds, or {@code null} when it holds one. */
    private static List<String> parts(String[] lines, int i) {
        String line = lines[i];
        if (line.length() < 7 || !mayHoldAnotherNumber(line)) {
            return null;
        }
        SequenceNumber seq = SequenceNumberReader.readOrNull(line);
        if (seq == null) {
            return firstRunOn(lines, i);
        }
        boolean circled = SequenceNumberReader.circledValue(line.strip().charAt(0)) > 0;
        return cut(line, seq.value(), 0, seq.bodyStart() + 1, circled, null, nextNumber(lines, i));
    }

    /**
     * {@code 例：张三 1箱1. 潘潘 1箱}: the first sign-up run on at the end of the leader's line, kept only when the
     * numbered line below goes on from it.
     */
    private static List<String> firstRunOn(String[] lines, int i) {
        String line = lines[i];
        if (line.startsWith("「") || line.startsWith("『") || line.startsWith("\"") || line.startsWith("“")) {
            return null; // 「小叶团长：#接龙 … 1. 王姐 1箱 2. …」: a chain quoted in a reply, not pasted to sign
        }
        int at = numberAt(line, 1, 1);
        if (at < 0) {
            return null;
        }
        int below = nextNumber(lines, i);
        List<String> parts =
                cut(line, 1, at, at + 2, false, line.substring(0, at).strip(), below);
        boolean wholeChain = below < 0 && parts != null && parts.size() >= 4; // the whole message on one line
        return parts != null && (below == parts.size() || wholeChain) ? parts : null;
    }

    /**
     * {@code line} cut before each next number from {@code from} on, its first sign-up starting at {@code start} after
     * {@code head} (the leader's words before the first number) when there is one; {@code null} when nothing was cut
     * or the number {@code below} (the next numbered line's, or -1) stands between the ones cut out.
     */
    private static List<String> cut(
            String line, int value, int start, int from, boolean circled, String head, int below) {
        List<String> parts = null;
        int expected = value + 1;
        if (head != null) {
            parts = new ArrayList<>();
            parts.add(head);
        }
        while (true) {
            int at = circled ? circledAt(line, from, expected) : numberAt(line, from, expected);
            if (at < 0 && !circled && parts == null && below == expected + 2) {
                at = spacedNumberAt(line, from, expected + 1); // 2. 面包控 3号2 4. 阿甜 1号2, 5. below: 3 skipped
                expected += at < 0 ? 0 : 1;
            } else if (at < 0 && !circled && parts == null && below == expected) {
                at = spacedNumberAt(line, from, value); // 12. 小喀 A2 12. 小丽 B1, 13. below: the number said twice
                expected -= at < 0 ? 0 : 1;
            }
            if (at < 0) {
                break;
            }
            parts = parts == null ? new ArrayList<>() : parts;
            parts.add(line.substring(start, at).strip());
            start = at;
            from = at + String.valueOf(expected).length() + 1;
            expected++;
        }
        if (parts == null) {
            return null;
        }
        if (below >= 0 && below > value && below < expected) {
            return null; // the next number is on a line of its own below: these were no sign-ups
        }
        parts.add(line.substring(start).strip());
        return parts;
    }

    /** A quick look: a separator of a number after the line's start, or a circled number. */
    private static boolean mayHoldAnotherNumber(String line) {
        for (int k = 2; k < line.length(); k++) {
            char c = line.charAt(k);
            if (((c == '.' || c == '、' || c == ')' || c == '）') && Character.isDigit(line.charAt(k - 1)))
                    || SequenceNumberReader.circledValue(c) > 0) {
                return true;
            }
        }
        return false;
    }

    private static int circledAt(String line, int from, int expected) {
        for (int k = from; k < line.length(); k++) {
            if (SequenceNumberReader.circledValue(line.charAt(k)) == expected) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where {@code expected} starts as a sign-up number in {@code line} from {@code from} on: its digits apart from any
     * word or number before them, then {@code .}, {@code 、} or {@code )} and, after spaces, no digit.
     */
    private static int numberAt(String line, int from, int expected) {
        String digits = String.valueOf(expected);
        for (int at = line.indexOf(digits, from); at >= 0; at = line.indexOf(digits, at + 1)) {
            int end = at + digits.length();
            if (end + 1 >= line.length() || !apartBefore(line.charAt(at - 1))) {
                continue;
            }
            char sep = line.charAt(end);
            if (sep != '.' && sep != '、' && sep != ')' && sep != '）') {
                continue;
            }
            int k = end + 1;
            while (k < line.length() && line.charAt(k) == ' ') {
                k++;
            }
            if (k < line.length() && !Character.isDigit(line.charAt(k)) && !isPunctuation(line.charAt(k))) {
                return at;
            }
            if ((k > end + 1 || sep == '、') && startsWithARoom(line, k)) {
                return at; // 4. 4-303 小满 C2 5. 4-304 阿宇 A1: the next sign-up starts with its room
            }
        }
        return -1;
    }

    /**
     * Where {@code number} starts as a sign-up number after a space, with {@code .} or {@code 、}, and a sign-up with
     * words before it: the stricter look for a number the list does not expect next.
     */
    private static int spacedNumberAt(String line, int from, int number) {
        int at = numberAt(line, from, number);
        if (at < 0 || line.charAt(at - 1) != ' ') {
            return -1;
        }
        char sep = line.charAt(at + String.valueOf(number).length());
        boolean words = line.substring(from, at).chars().anyMatch(Character::isLetter);
        return (sep == '.' || sep == '、') && words ? at : -1;
    }

    /** {@code 4-304}, {@code 12-1-602}, {@code 4栋}, {@code 3号楼}: a room or a building. */
    private static boolean startsWithARoom(String line, int k) {
        int j = k;
        while (j < line.length() && Character.isDigit(line.charAt(j))) {
            j++;
        }
        if (j == k || j + 1 >= line.length()) {
            return false;
        }
        char c = line.charAt(j);
        return c == '-' && Character.isDigit(line.charAt(j + 1)) || c == '栋' || c == '幢' || line.startsWith("号楼", j);
    }

    /** What may stand right before a sign-up number run into the line: a space, a word's end, an emoji. */
    private static boolean apartBefore(char c) {
        if (c == ' ') {
            return true;
        }
        if (Character.isDigit(c) || Character.isLetter(c) && c < 128) {
            return false;
        }
        return c != '.' && c != '-' && c != '/' && c != ':' && c != '#' && c != '+' && c != '*' && c != '×' && c != '('
                && c != '（' && c != '~' && c != '第';
    }

    private static boolean isPunctuation(char c) {
        return c == '.' || c == ',' || c == '，' || c == '、' || c == ')' || c == '）' || c == '%' || c == '-';
    }

    /** The number of the first numbered line below {@code i}, or -1. */
    private static int nextNumber(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            SequenceNumber seq = SequenceNumberReader.readOrNull(lines[j]);
            if (seq != null) {
                return seq.value();
            }
        }
        return -1;
    }
}
