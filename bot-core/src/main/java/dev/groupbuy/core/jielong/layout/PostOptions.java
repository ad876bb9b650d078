package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The options a post offers of its one product: {@code 口味：麻辣 / 广味 / 五香，同价}, {@code 颜色有 红色、蓝色},
 * {@code 尺码：S M L}. In a deal of one product, a resident who writes {@code 麻辣2斤 广味1斤} orders three 斤 of it,
 * so a line the deal's own words leave with an unknown product is read again with the options as names of that
 * product. In a deal of several products an option could belong to any of them, and stays unknown.
 */
public final class PostOptions {

    /** Words that head a list of options in the post. */
    private static final List<String> HEADS = List.of("口味", "味道", "颜色", "尺码", "码数", "款式", "规格", "可选");

    /** Words that end the list: what follows is about price or how to sign up, not another option. */
    private static final List<String> ENDS =
            List.of("价", "备注", "同", "统一", "请", "写", "接龙", "元", "块", "选", "注明", "都", "可以", "任");

    private static final String SEPARATORS = "/、，,;； |";

    private PostOptions() {}

    /**
     * {@code catalog} with the post's options added to the names of its one product; the catalog as it was when
     * it has several products or the post lists no options.
     */
    public static List<CatalogItem> withOptions(List<CatalogItem> catalog, String[] lines, ChainLayout layout) {
        if (catalog.size() != 1) {
            return catalog;
        }
        Set<String> options = new LinkedHashSet<>();
        for (int i = 0; i < lines.length && layout.sequence(i) == null; i++) {
            options.addAll(optionsIn(lines[i]));
        }
        CatalogItem only = catalog.get(0);
        options.remove(only.name());
        only.aliases().forEach(options::remove);
        if (options.isEmpty()) {
            return catalog;
        }
        List<String> aliases = new ArrayList<>(only.aliases());
        aliases.addAll(options);
        return List.of(new CatalogItem(
                only.sku(),
                only.name(),
                aliases,
                only.unit(),
                only.price(),
                only.stock(),
                only.limitPerPerson(),
                only.productId()));
    }

    /**
     * Whether the line names the product itself ({@code 汤圆4袋 芝麻2袋 花生2袋}): its options then break its own count
     * down and are not counted again.
     */
    public static boolean namesTheProduct(String line, CatalogItem product) {
        return line.contains(product.name())
                || product.aliases().stream().anyMatch(a -> a.length() > 1 && line.contains(a));
    }

    /** The options listed after a head word on one line of the post. */
    static List<String> optionsIn(String line) {
        for (String head : HEADS) {
            int at = line.indexOf(head);
            if (at < 0) {
                continue;
            }
            int from = at + head.length();
            while (from < line.length() && "：: 有是分".indexOf(line.charAt(from)) >= 0) {
                from++;
            }
            return listAt(line, from);
        }
        return List.of();
    }

    private static List<String> listAt(String line, int from) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = from; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (SEPARATORS.indexOf(c) < 0 && c != '）' && c != ')' && c != '。') {
                word.append(c);
                continue;
            }
            String w = word.toString().strip();
            word.setLength(0);
            if (w.isEmpty()) {
                if (c == '。' || c == ')' || c == '）') {
                    break;
                }
                continue;
            }
            if (endsTheList(w)) {
                break;
            }
            if (isOption(w)) {
                out.add(w);
            }
            if (c == '。' || c == ')' || c == '）' || c == '，' || c == ',') {
                if (c != '，' && c != ',') {
                    break;
                }
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static boolean endsTheList(String w) {
        for (String end : ENDS) {
            if (w.contains(end)) {
                return true;
            }
        }
        return false;
    }

    /** A short word of letters or Han characters, no price or count: {@code 麻辣}, {@code M}, {@code 藏青色}. */
    private static boolean isOption(String w) {
        if (w.length() > 5 || w.endsWith("种") || w.endsWith("款") || w.endsWith("色可选")) {
            return false; // 三种, 两款: how many options, not one
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!ProductFragments.isHan(c) && !CatalogMatcher.isAsciiLetter(c)) {
                return false;
            }
            if (ChineseNumerals.isNumeral(c) && w.length() == 1) {
                return false;
            }
        }
        return true;
    }
}
