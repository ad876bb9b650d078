package dev.groupbuy.adapters.persistence;

import java.util.Arrays;
import java.util.List;

/**
 * Short lists of single-line strings (mentions, aliases) kept in one text column, one item a line.
 * Line breaks inside an item become spaces: such items are single-line by nature.
 */
public final class TextLists {

    private TextLists() {}

    public static String join(List<String> items) {
        return String.join(
                "\n",
                items.stream().map(item -> item.replaceAll("[\\r\\n]+", " ")).toList());
    }

    public static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).filter(item -> !item.isEmpty()).toList();
    }
}
