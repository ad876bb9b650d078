package dev.groupbuy.core.announce;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into messages a platform accepts: at most {@code maxBytes} UTF-8 bytes each, cut between lines
 * when possible, never inside a character.
 */
public final class TextSplitter {

    /** The sandbox's limit, and WeCom's for a text message. */
    public static final int DEFAULT_MAX_BYTES = 2048;

    private TextSplitter() {}

    public static List<String> split(String text, int maxBytes) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String piece : pieces(line, maxBytes)) {
                if (current.length() > 0 && bytes(current) + 1 + bytes(piece) > maxBytes) {
                    parts.add(current.toString().stripTrailing());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().stripTrailing());
        }
        return parts;
    }

    /** A line longer than the limit, cut between characters. */
    private static List<String> pieces(String line, int maxBytes) {
        if (bytes(line) <= maxBytes) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int size = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (size + width > maxBytes) {
                pieces.add(line.substring(start, i));
                start = i;
                size = 0;
            }
            size += width;
            i += Character.charCount(cp);
        }
        pieces.add(line.substring(start));
        return pieces;
    }

    static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
