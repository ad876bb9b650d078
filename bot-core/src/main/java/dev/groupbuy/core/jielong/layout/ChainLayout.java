package dev.groupbuy.core.jielong.layout;

/** The lines of a message with their sequence numbers, the example line, the header and the title. */
public final class ChainLayout {

    private final String[] lines;
    private final SequenceNumber[] sequences;
    private final int exampleLine;

    private ChainLayout(String[] lines, SequenceNumber[] sequences, int exampleLine) {
        this.lines = lines;
        this.sequences = sequences;
        this.exampleLine = exampleLine;
    }

    public static ChainLayout of(String[] lines) {
        SequenceNumber[] sequences = new SequenceNumber[lines.length];
        int example = -1;
        boolean numberedSeen = false;
        SequenceNumber last = null;
        for (int i = 0; i < lines.length; i++) {
            sequences[i] = SequenceNumberReader.readOrNull(lines[i]);
            if (sequences[i] == null && last != null) {
                sequences[i] = SequenceNumberReader.readBeforeQuantity(lines[i], last.value() + 1);
            }
            if (sequences[i] == null) {
                sequences[i] = glued(lines, i, last);
            }
            last = sequences[i] != null ? sequences[i] : last;
            if (sequences[i] == null && LineClassifier.isExample(lines[i]) && example < 0) {
                example = i;
            }
            numberedSeen |= sequences[i] != null;
        }
        return new ChainLayout(lines, sequences, numberedSeen ? example : -1);
    }

    /**
     * {@code 1小美 碱水2}: a number glued to a name, read when it is the number the list expects — after line
     * {@code last}, or as the first line when the next line carries 2 the same way or with a separator.
     */
    private static SequenceNumber glued(String[] lines, int i, SequenceNumber last) {
        if (last != null) {
            return SequenceNumberReader.readGlued(lines[i], last.value() + 1);
        }
        SequenceNumber first = SequenceNumberReader.readGlued(lines[i], 1);
        if (first == null) {
            return null;
        }
        for (int k = i + 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                SequenceNumber next = SequenceNumberReader.readOrNull(lines[k]);
                next = next != null ? next : SequenceNumberReader.readGlued(lines[k], 2);
                return next != null && next.value() == 2 ? first : null;
            }
        }
        return null;
    }

    /** The line's sequence number, or {@code null} when it has none. */
    public SequenceNumber sequence(int i) {
        return sequences[i];
    }

    /** Index of the 例/格式 line; numbered lines above it are the leader's, not sign-ups. -1 when none. */
    public int exampleLine() {
        return exampleLine;
    }

    public String line(int i) {
        return lines[i];
    }

    public String join(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(from, 0); i < Math.min(to, lines.length); i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }

    public boolean hasMarkerBefore(int end) {
        for (int i = 0; i < Math.min(end, lines.length); i++) {
            if (LineClassifier.hasChainMarker(lines[i]) || i == exampleLine) {
                return true;
            }
        }
        return false;
    }

    public int lastNonBlank() {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    public boolean blankBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!lines[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The first non-blank line without the 接龙 marker, or the line after it when the marker was all. */
    public String title() {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || sequences[i] != null) {
                continue;
            }
            String t = lines[i].replace("#接龙", "")
                    .replace("【接龙】", "")
                    .replace("[接龙]", "")
                    .strip();
            if (t.equals("接龙")) {
                t = "";
            }
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }
}
