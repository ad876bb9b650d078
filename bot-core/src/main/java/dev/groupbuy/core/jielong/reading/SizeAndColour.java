package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deals that sell each colour and size as a product of its own ({@code 红色130码}, {@code 黑色35}) are ordered with the
 * two written apart or the other way round ({@code 黑色 35码 1双}, {@code 27码蓝色}). Where the two, put together as the
 * leader wrote them, are exactly one product's alias, the line is read with them together.
 */
final class SizeAndColour {

    private static final Pattern APART =
            Pattern.compile("([\\p{IsHan}]{1,4})\\s+(\\d{2,3}码?|[2-4]?X{0,3}[SMLsml]码?)(?![\\dA-Za-z])");

    private static final Pattern SIZE_FIRST =
            Pattern.compile("(\\d{2,3}码)([\\p{IsHan}]{1,4}?)(?=[\\s\\d一两二三四五六七八九十]|$)");

    /** A letter size as the leader writes it in a product's name: {@code M}, {@code XL}, {@code 2XL}, {@code XXXL}. */
    static final String LETTER_SIZE = "[2-4]?X{0,3}[SML]";

    private static final Pattern ALIAS_WITH_SIZE =
            Pattern.compile("[\\p{IsHan}]{1,4}(\\d{2,3}码?|" + LETTER_SIZE + "码?)");

    /** Each alias as read (folded, upper case) and the one product it names ({@link #productsByAlias}). */
    private final Map<String, CatalogItem> products;

    private SizeAndColour(Map<String, CatalogItem> products) {
        this.products = products;
    }

    /**
     * The reading for a deal of several products where some alias is a word and a size together ({@code 红色130},
     * {@code 黑35}); {@code null} for any other deal.
     */
    static SizeAndColour of(CatalogMatcher catalog) {
        if (catalog.singleProduct()) {
            return null;
        }
        Map<String, CatalogItem> products = productsByAlias(catalog.catalog());
        boolean bySize = products.keySet().stream()
                .anyMatch(a -> ALIAS_WITH_SIZE.matcher(a).matches());
        return bySize ? new SizeAndColour(products) : null;
    }

    /**
     * Each alias of the deal as read (folded, upper case) and the one product it names; an alias two products share
     * names neither and is left out.
     */
    static Map<String, CatalogItem> productsByAlias(List<CatalogItem> catalog) {
        Map<String, CatalogItem> byAlias = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (CatalogItem p : catalog) {
            for (String alias : p.aliases()) {
                String read = TextNormalizer.normalize(alias).toUpperCase(Locale.ROOT);
                CatalogItem before = byAlias.putIfAbsent(read, p);
                if (before != null && !before.sku().equals(p.sku())) {
                    shared.add(read);
                }
            }
        }
        shared.forEach(byAlias::remove);
        return byAlias;
    }

    /** The line with a colour and a size written apart, or size first, put together as a product's alias. */
    String together(String text) {
        return replace(SIZE_FIRST, replace(APART, commonToEach(overSizes(text)), false), true);
    }

    /** A size where it stands alone: not inside a longer run of digits or letters. */
    private static final Pattern SIZE =
            Pattern.compile("(?<![\\dA-Za-z.])(?:\\d{2,3}|[2-4]?[Xx]{0,3}[SMLsml])码?(?![\\dA-Za-z.])");

    /** What may stand between two sizes of one colour: a count of the first, and a separator. */
    private static final Pattern BETWEEN_SIZES = Pattern.compile(
            "\\s*(?:[一两二三四五六七八九十\\d]{1,2}[件条双套个])?\\s*[、,，/和\\s]\\s*|\\s*[一两二三四五六七八九十\\d]{1,2}[件条双套个]\\s*");

    /**
     * {@code 黑色 M L 各一件}, {@code 藏青 110 130 各一件}, {@code 黑色37、38各一双}, {@code 黑色 M一件 L一件}: one
     * colour written once before several sizes is the colour of each; written out before each size where every one
     * of them, so put together, is exactly one product's alias.
     */
    private String overSizes(String text) {
        Matcher size = SIZE.matcher(text);
        Matcher gap = BETWEEN_SIZES.matcher(text);
        Matcher next = SIZE.matcher(text);
        int from = 0;
        while (size.find(from)) {
            List<int[]> run = new ArrayList<>();
            run.add(new int[] {size.start(), size.end()});
            int end = size.end();
            while (true) {
                if (!gap.region(end, text.length()).lookingAt()) {
                    break;
                }
                if (!next.region(gap.end(), text.length()).lookingAt()) {
                    break;
                }
                run.add(new int[] {next.start(), next.end()});
                end = next.end();
            }
            from = end;
            if (run.size() < 2 || !distinct(run, text) || changedAfter(text, end)) {
                continue; // 黑38 1双 38改39: the size changed, not two sizes
            }
            int colourEnd = run.get(0)[0];
            while (colourEnd > 0 && (text.charAt(colourEnd - 1) == ' ' || text.charAt(colourEnd - 1) == '的')) {
                colourEnd--;
            }
            int colourStart = colourEnd;
            while (colourStart > 0
                    && colourEnd - colourStart < 4
                    && Character.UnicodeScript.of(text.charAt(colourStart - 1)) == Character.UnicodeScript.HAN) {
                colourStart--;
            }
            String colour = colourOfEach(text.substring(colourStart, colourEnd), run, text);
            if (colour == null) {
                continue;
            }
            StringBuilder out = new StringBuilder(text.substring(0, colourEnd - colour.length()));
            int last = run.get(0)[0];
            for (int[] one : run) {
                out.append(text, last, one[0]).append(colour).append(text, one[0], one[1]);
                last = one[1];
            }
            return out.append(text.substring(last)).toString();
        }
        return text;
    }

    private static boolean distinct(List<int[]> run, String text) {
        Set<String> seen = new HashSet<>();
        for (int[] one : run) {
            if (!seen.add(text.substring(one[0], one[1]).toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean changedAfter(String text, int end) {
        return end < text.length() && "改换→-".indexOf(text.charAt(end)) >= 0;
    }

    /** The end of {@code words} that, put before each size of the run, makes one product's alias; or {@code null}. */
    private String colourOfEach(String words, List<int[]> run, String text) {
        for (int cut = 0; cut < words.length(); cut++) {
            String colour = words.substring(cut);
            boolean all = true;
            for (int[] one : run) {
                all &= isAlias(colour + text.substring(one[0], one[1]));
            }
            if (all) {
                return colour;
            }
        }
        return null;
    }

    /**
     * {@code 黑白各一件 都要XL}, {@code 黑色 灰色 杏色 各一件 都要L}, {@code 29 30各一条 都要黑的}, {@code 黑灰各一 XL}: what
     * all of them share.
     */
    private static final Pattern COMMON =
            Pattern.compile("各([^\\s,，]{0,4})[\\s,，]*(?:都要|都是|全要)?([^\\s,，]{1,4}?)的?(?=$|[\\s,，])");

    /**
     * {@code 黑白各一件 都要XL}: several colours (or sizes) before 各, and after 都要 the size (or colour) they all
     * share; each written with it, where every one so written is exactly one product's alias.
     */
    private String commonToEach(String text) {
        Matcher m = COMMON.matcher(text);
        if (text.indexOf('各') < 0 || !m.find()) {
            return text;
        }
        String shared = m.group(2);
        String before = text.substring(0, m.start());
        String[] words = before.split("(?<=[\\s、和])|(?=[\\s、和])");
        List<String> out = new ArrayList<>();
        int taken = 0;
        for (int k = words.length - 1; k >= 0; k--) {
            String word = words[k];
            if (word.isBlank() || word.equals("、") || word.equals("和")) {
                out.add(0, word);
                continue;
            }
            String each = withShared(word, shared);
            if (each == null) {
                break;
            }
            out.add(0, each);
            taken++;
        }
        if (taken < 2
                && !(taken == 1
                        && out.stream()
                                .anyMatch(w -> w.contains(" ") && w.trim().contains(" ")))) {
            return text;
        }
        int kept = words.length - out.size();
        StringBuilder head = new StringBuilder();
        for (int k = 0; k < kept; k++) {
            head.append(words[k]);
        }
        return head + String.join("", out) + "各" + m.group(1) + text.substring(m.end());
    }

    /**
     * {@code 黑} with {@code XL} as {@code 黑XL}, {@code 29} with {@code 黑} as {@code 黑29}; two colours glued ({@code
     * 黑白}) each with it, apart; {@code null} when that is no product's alias.
     */
    private String withShared(String word, String shared) {
        if (isAlias(word + shared)) {
            return word + shared;
        }
        if (isAlias(shared + word)) {
            return shared + word;
        }
        if (word.length() == 2 && isAlias(word.charAt(0) + shared) && isAlias(word.charAt(1) + shared)) {
            return word.charAt(0) + shared + " " + word.charAt(1) + shared;
        }
        return null;
    }

    private boolean isAlias(String word) {
        return products.containsKey(word.toUpperCase(Locale.ROOT));
    }

    private String replace(Pattern pattern, String text, boolean sizeFirst) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String colour = sizeFirst ? m.group(2) : m.group(1);
            String size = sizeFirst ? m.group(1) : m.group(2);
            for (int cut = 0; cut < colour.length(); cut++) {
                String word = colour.substring(cut) + size;
                if (products.containsKey(word.toUpperCase(Locale.ROOT))) {
                    out = out == null ? new StringBuilder() : out;
                    int start = sizeFirst ? m.start(1) : m.start(1) + cut;
                    out.append(text, last, start).append(word);
                    last = m.end();
                    break;
                }
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text.substring(last)).toString();
    }
}
