package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size changed after the order, in a deal that sells each size as a product of its own: {@code 黑38 1双 38改39},
 * {@code 紫色M 1套 改L}, {@code 红色XL 1套 XL换XXL}, {@code 8寸一个 8寸换成10寸}, {@code 黑38→39 1双}. The size after
 * the change word is the product's other size, not a count: the line is read as ordering that other product, where the
 * leader sells it under exactly that name.
 */
final class SizeSwaps {

    /** A size: two or three digits, any digits before 码 or 寸, or a letter size. */
    private static final String SIZE = "(?:\\d{2,3}(?:码|寸)?|\\d(?:码|寸)|" + SizeAndColour.LETTER_SIZE + "(?:码)?)";

    /**
     * {@code 38改39}, {@code M换S}, {@code 改L}, {@code →39}: the old size (when written) set apart before the change
     * word, the new one after it, and nothing glued behind the new size but a mark of the end.
     */
    private static final Pattern SWAP = Pattern.compile("(?i)(?:(?<=^|[\\s,，;；])(?<old>" + SIZE
            + "))?\\s*(?:改成|改为|换成|改|换|→|->)\\s*(?<new>" + SIZE + ")(?=$|[\\s,，。;；!！)）]|的)");

    /** A run of the same kind as a size in a product's name: its digits, or its letter size. */
    private static final Pattern SIZE_IN_NAME = Pattern.compile(SizeAndColour.LETTER_SIZE + "|\\d{1,3}");

    private static final Pattern LETTER_SIZE = Pattern.compile(SizeAndColour.LETTER_SIZE);

    /** Each alias as read (folded, upper case) and the one product it names ({@link SizeAndColour#productsByAlias}). */
    private final Map<String, CatalogItem> byAlias;

    private SizeSwaps(Map<String, CatalogItem> byAlias) {
        this.byAlias = byAlias;
    }

    /** The reading for a deal of several products some of which are named with a size; {@code null} otherwise. */
    static SizeSwaps of(CatalogMatcher catalog) {
        if (catalog.singleProduct()) {
            return null;
        }
        Map<String, CatalogItem> byAlias = SizeAndColour.productsByAlias(catalog.catalog());
        boolean sized = byAlias.keySet().stream().anyMatch(a -> sizeIn(a) != null);
        return sized ? new SizeSwaps(byAlias) : null;
    }

    /** A change of size after the order: where the product stands, and the other size when it is sold. */
    private record Swap(int from, int to, Matcher change, String wanted, CatalogItem other, boolean plainlyASize) {}

    /** The line with a size changed after the order written as the order of the other size, or as it was. */
    String swapped(String text) {
        Swap swap = find(text);
        if (swap == null || swap.other() == null) {
            return text;
        }
        String written = text.substring(swap.from(), swap.to());
        Matcher size = sizeIn(written.toUpperCase(Locale.ROOT));
        return text.substring(0, swap.from())
                + written.substring(0, size.start())
                + swap.wanted()
                + written.substring(size.end())
                + text.substring(swap.to(), swap.change().start())
                + text.substring(swap.change().end());
    }

    /**
     * {@code 棕38 1双 38改39} where brown 39 is not sold: the size asked for is not on sale, which the leader answers;
     * the 39 is no count.
     */
    boolean asksForASizeNotSold(String text) {
        Swap swap = find(text);
        return swap != null && swap.other() == null && swap.plainlyASize();
    }

    private Swap find(String text) {
        if (text.indexOf('改') < 0 && text.indexOf('换') < 0 && text.indexOf('→') < 0 && !text.contains("->")) {
            return null;
        }
        Matcher m = SWAP.matcher(text);
        while (m.find()) {
            Swap swap = swapIn(text, m);
            if (swap != null) {
                return swap;
            }
        }
        return null;
    }

    /**
     * The product named last before the change whose size is of the kind of the new one (and is the old one, where
     * written); {@code null} when there is none, or the line drops it before the change ({@code 8寸不要了 换6寸}: the
     * other size instead, read as a change of the order).
     */
    private Swap swapIn(String text, Matcher change) {
        String before = text.substring(0, change.start()).toUpperCase(Locale.ROOT);
        String old =
                change.group("old") == null ? null : core(change.group("old").toUpperCase(Locale.ROOT));
        String written = change.group("new").toUpperCase(Locale.ROOT);
        String wanted = core(written);
        int from = -1;
        int to = -1;
        CatalogItem found = null;
        for (Map.Entry<String, CatalogItem> alias : byAlias.entrySet()) {
            String name = alias.getKey();
            int at = before.lastIndexOf(name);
            int end = at + name.length();
            if (at < 0 || end < to || end == to && at > from) {
                continue; // the product named last, and the longest name where two end together
            }
            Matcher size = sizeIn(name);
            if (size == null
                    || isLetterSize(size.group()) != isLetterSize(wanted)
                    || old != null && !size.group().equals(old)) {
                continue;
            }
            CatalogItem other = byAlias.get(name.substring(0, size.start()) + wanted + name.substring(size.end()));
            if (other == null || !other.sku().equals(alias.getValue().sku())) {
                from = at;
                to = end;
                found = other;
            }
        }
        if (from < 0 || dropsIt(text.substring(to, change.start()))) {
            return null;
        }
        boolean plainly = old != null || isLetterSize(wanted) || !written.equals(wanted);
        return new Swap(from, to, change, wanted, found, plainly);
    }

    private static boolean dropsIt(String between) {
        return between.contains("不要") || between.contains("取消") || between.contains("退") || between.contains("其中");
    }

    /**
     * The size in a product's name (upper case): its last letter size or run of digits; a single digit only before 码
     * or 寸 ({@code 6寸}, not {@code 1号}), a letter size not inside a word ({@code PLUS}).
     */
    private static Matcher sizeIn(String name) {
        Matcher m = SIZE_IN_NAME.matcher(name);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return null;
        }
        m.find(start);
        String size = m.group();
        char after = m.end() < name.length() ? name.charAt(m.end()) : ' ';
        boolean sized = isLetterSize(size)
                ? !CatalogMatcher.isAsciiLetter(after)
                        && (m.start() == 0 || !CatalogMatcher.isAsciiLetter(name.charAt(m.start() - 1)))
                : size.length() > 1 || after == '码' || after == '寸';
        return sized ? m : null;
    }

    private static boolean isLetterSize(String size) {
        return LETTER_SIZE.matcher(size).matches();
    }

    /** A size without its 码 or 寸. */
    private static String core(String size) {
        return size.endsWith("码") || size.endsWith("寸") ? size.substring(0, size.length() - 1) : size;
    }
}
