package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import java.util.HashMap;
import java.util.HashSet;
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

    private static final Pattern ALIAS_WITH_SIZE = Pattern.compile("[\\p{IsHan}]{1,4}(\\d{2,3}码?|[2-4]?X{0,3}[SML]码?)");

    /** Each alias as read (folded, upper case) and how many products have it. */
    private final Map<String, Integer> products;

    private SizeAndColour(Map<String, Integer> products) {
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
        Map<String, Integer> products = new HashMap<>();
        boolean bySize = false;
        for (CatalogItem p : catalog.catalog()) {
            Set<String> own = new HashSet<>();
            for (String alias : p.aliases()) {
                String read = TextNormalizer.normalize(alias);
                bySize |= ALIAS_WITH_SIZE.matcher(read).matches();
                own.add(read.toUpperCase(Locale.ROOT));
            }
            own.forEach(a -> products.merge(a, 1, Integer::sum));
        }
        return bySize ? new SizeAndColour(products) : null;
    }

    /** The line with a colour and a size written apart, or size first, put together as a product's alias. */
    String together(String text) {
        return replace(SIZE_FIRST, replace(APART, text, false), true);
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
                if (products.getOrDefault(word.toUpperCase(Locale.ROOT), 0) == 1) {
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
