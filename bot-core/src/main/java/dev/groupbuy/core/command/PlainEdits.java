package dev.groupbuy.core.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident's edit written outside the chain: {@code 我改成3盒}, {@code 改3盒}, {@code 不要了}, {@code 取消}.
 * Only short messages of these shapes count; anything else ({@code 改天再说}) stays chatter.
 */
final class PlainEdits {

    private static final Pattern CANCEL =
            Pattern.compile("^(我|帮我)?(的)?(不要了|不要|取消(订单|一下|掉)?)(吧|了|哈|啊)?([,，]?(谢谢|麻烦了))?[。！!～~]*$");
    private static final Pattern CHANGE = Pattern.compile("^(我|帮我)?(要)?(改成|改为|换成|改)\\s*(.+?)(吧|哈|啊)?[。！!～~]*$");

    private PlainEdits() {}

    /** What the edit asks: a cancel, or a change to the words after 改成 ({@code 3盒}). */
    record Edit(boolean cancel, String items) {}

    static boolean looksLikeEdit(String text) {
        return read(text).isPresent();
    }

    static Optional<Edit> read(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 24 || t.startsWith("#") || t.startsWith("＃") || t.contains("\n")) {
            return Optional.empty();
        }
        if (CANCEL.matcher(t).matches()) {
            return Optional.of(new Edit(true, ""));
        }
        Matcher change = CHANGE.matcher(t);
        if (!change.matches()) {
            return Optional.empty();
        }
        String items = change.group(4).strip();
        boolean explicit = !change.group(3).equals("改");
        boolean startsWithQuantity = !items.isEmpty() && containsQuantity(items);
        return explicit || startsWithQuantity ? Optional.of(new Edit(false, items)) : Optional.empty();
    }

    private static boolean containsQuantity(String items) {
        return items.length() <= 10 && items.chars().anyMatch(c -> c != '.' && Quantities.isQuantityChar((char) c));
    }
}
