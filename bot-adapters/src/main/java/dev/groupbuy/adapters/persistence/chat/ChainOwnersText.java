package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import java.util.ArrayList;
import java.util.List;

/**
 * The owners of a native 接龙's entries as text: one owner a line, {@code seq TAB userId TAB text}, with
 * backslash, tab and line breaks escaped so any entry text survives.
 */
final class ChainOwnersText {

    private ChainOwnersText() {}

    static String format(List<ChainOwner> owners) {
        if (owners.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (ChainOwner owner : owners) {
            text.append(owner.seq())
                    .append('\t')
                    .append(escape(owner.userId()))
                    .append('\t')
                    .append(escape(owner.text()))
                    .append('\n');
        }
        return text.toString();
    }

    static List<ChainOwner> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<ChainOwner> owners = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            owners.add(new ChainOwner(Integer.parseInt(fields[0]), unescape(fields[1]), unescape(fields[2])));
        }
        return owners;
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            out.append(
                    switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> next;
                    });
        }
        return out.toString();
    }
}
