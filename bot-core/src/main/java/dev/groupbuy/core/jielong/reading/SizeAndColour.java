package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import java.util.List;
import java.util.Locale;
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

    private SizeAndColour() {}

    /** Whether some alias of a product of several is a word and a size together ({@code 红色130}, {@code 黑35}). */
    static boolean sellsBySize(CatalogMatcher catalog) {
        if (catalog.singleProduct()) {
            return false;
        }
        for (CatalogItem p : catalog.catalog()) {
            for (String alias : p.aliases()) {
                if (ALIAS_WITH_SIZE.matcher(TextNormalizer.normalize(alias)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern ALIAS_WITH_SIZE = Pattern.compile("[\\p{IsHan}]{1,4}(\\d{2,3}码?|[2-4]?X{0,3}[SML]码?)");

    /** The line with a colour and a size written apart, or size first, put together as a product's alias. */
    static String together(String text, CatalogMatcher catalog) {
        if (catalog.singleProduct()) {
            return text;
        }
        String out = replace(APART, text, catalog, false);
        return replace(SIZE_FIRST, out, catalog, true);
    }

    private static String replace(Pattern pattern, String text, CatalogMatcher catalog, boolean sizeFirst) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String colour = sizeFirst ? m.group(2) : m.group(1);
            String size = sizeFirst ? m.group(1) : m.group(2);
            for (int cut = 0; cut < colour.length(); cut++) {
                String word = colour.substring(cut) + size;
                if (aliasOfOne(word, catalog)) {
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

    private static boolean aliasOfOne(String word, CatalogMatcher catalog) {
        String w = word.toUpperCase(Locale.ROOT);
        int found = 0;
        for (CatalogItem p : catalog.catalog()) {
            List<String> aliases = p.aliases();
            if (aliases.stream()
                    .anyMatch(a ->
                            TextNormalizer.normalize(a).toUpperCase(Locale.ROOT).equals(w))) {
                found++;
            }
        }
        return found == 1;
    }
}
