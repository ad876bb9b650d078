package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options a post offers of its one product: {@code 口味：麻辣 / 广味 / 五香，同价}, {@code 颜色：白 黑 灰},
 * {@code 馅：白菜猪肉、韭菜鸡蛋}, {@code 鲜肉 / 蛋黄肉 / 豆沙 统一6元}, {@code 有浓香型和清香型}. In a deal of one product,
 * a resident who writes {@code 麻辣2斤 广味1斤} orders three 斤 of it, so a line the deal's own words leave unclear
 * is read again against a catalog where each option is a product of its own ({@link #withOptions}) — so that
 * {@code 五仁莲蓉各2盒} counts two options — and the options' counts are added up into the one product
 * ({@link #merged}). In a deal of several products an option could belong to any of them, and stays unknown.
 */
public final class PostOptions {

    /** Words that head a list of options in the post. */
    private static final List<String> HEADS = List.of("口味", "味道", "颜色", "尺码", "码数", "款式", "规格", "可选", "馅料", "馅");

    /** Words that end the list: what follows is about price or how to sign up, not another option. */
    private static final List<String> ENDS =
            List.of("价", "备注", "同", "统一", "请", "写", "接龙", "元", "块", "选", "注明", "都", "可以", "任", "混", "随便", "截单", "偏");

    private static final String SEPARATORS = "/、，,;； |";

    /** Marks a product that stands for an option of {@code sku}: {@code sku + OPTION + n}. */
    private static final String OPTION = "#option";

    private PostOptions() {}

    /**
     * {@code catalog} with one product for each option the post lists, beside its one product; the catalog as it
     * was when it has several products or the post lists no options.
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
        List<CatalogItem> out = new ArrayList<>(options.size() + 1);
        out.add(only);
        int n = 0;
        for (String option : options) {
            List<String> aliases = new ArrayList<>(2);
            if (option.length() == 1 && ProductFragments.isHan(option.charAt(0))) {
                aliases.add(option + "色"); // 灰 and 灰色
            }
            out.add(new CatalogItem(
                    only.sku() + OPTION + n++, option, aliases, only.unit(), only.price(), null, null, null));
        }
        return List.copyOf(out);
    }

    /**
     * Whether every item read against {@link #withOptions} is an option: a count written for the product itself
     * ({@code 2组 原味黄桃各一}, {@code 1组 原味3杯草莓3杯}) makes the options a breakdown of it, not more of it.
     */
    public static boolean onlyOptions(List<OrderItem> items) {
        return !items.isEmpty() && items.stream().allMatch(i -> i.sku().contains(OPTION));
    }

    /** {@code items} read against {@link #withOptions}, with every option's count added to its product's. */
    public static List<OrderItem> merged(List<OrderItem> items) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (OrderItem item : items) {
            int mark = item.sku().indexOf(OPTION);
            String sku = mark < 0 ? item.sku() : item.sku().substring(0, mark);
            out.merge(sku, item.qty(), BigDecimal::add);
        }
        List<OrderItem> merged = new ArrayList<>(out.size());
        out.forEach((sku, qty) -> merged.add(new OrderItem(sku, qty)));
        return List.copyOf(merged);
    }

    /**
     * Whether the line names the product itself ({@code 汤圆4袋 芝麻2袋 花生2袋}): its options then break its own count
     * down and are not counted again.
     */
    public static boolean namesTheProduct(String line, CatalogItem product) {
        return line.contains(product.name())
                || product.aliases().stream().anyMatch(a -> a.length() > 1 && line.contains(a));
    }

    /**
     * Whether the line counts the product itself before it names an option ({@code 2组 原味黄桃各一},
     * {@code 1组 原味3杯草莓3杯}): the options then say how that count is made up.
     */
    public static boolean countedBeforeTheOptions(String line, List<CatalogItem> withOptions) {
        int first = line.length();
        for (int k = 1; k < withOptions.size(); k++) {
            int at = line.indexOf(withOptions.get(k).name());
            first = at >= 0 ? Math.min(first, at) : first;
        }
        String unit = withOptions.get(0).unit();
        if (unit.isEmpty() || first == line.length()) {
            return false;
        }
        for (int at = line.indexOf(unit); at >= 0 && at < first; at = line.indexOf(unit, at + 1)) {
            char before = at > 0 ? line.charAt(at - 1) : ' ';
            boolean glued = at + unit.length() == first; // 1盒红豆1盒原味: the count of the option after it
            if (!glued && (Character.isDigit(before) || ChineseNumerals.isNumeral(before))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line names one of the options of {@link #withOptions} ({@code 灰2蓝2}, {@code 麻辣广味各2斤}). */
    public static boolean namesAnOption(String line, List<CatalogItem> withOptions) {
        for (int k = 1; k < withOptions.size(); k++) {
            if (line.contains(withOptions.get(k).name())) {
                return true;
            }
        }
        return false;
    }

    /** The options listed on one line of the post: after a head word, as a list of their own, or as 有A和B. */
    public static List<String> optionsIn(String line) {
        for (String head : HEADS) {
            int at = line.indexOf(head);
            if (at < 0) {
                continue;
            }
            int from = at + head.length();
            while (from < line.length() && "：: 有是分(（".indexOf(line.charAt(from)) >= 0) {
                from++; // 口味（原味/草莓/黄桃）: the list in a bracket of its own
            }
            List<String> listed = listAt(line, from, 2);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        List<String> bare = listAt(line, 0, 3);
        if (!bare.isEmpty() && (line.indexOf('/') >= 0 || line.indexOf('、') >= 0)) {
            return bare; // 鲜肉 / 蛋黄肉 / 豆沙 / 红枣 统一6元一个
        }
        return eitherOf(line);
    }

    /** {@code 有广味和麻辣}, {@code 有中火和足火两种}, {@code 有浓香型和清香型}: two options after 有, joined by 和. */
    private static List<String> eitherOf(String line) {
        int has = line.indexOf('有');
        int and = has < 0 ? -1 : line.indexOf('和', has);
        if (and < 0) {
            return List.of();
        }
        String first = trimmedOption(line.substring(has + 1, and));
        int end = and + 1;
        while (end < line.length() && ProductFragments.isHan(line.charAt(end)) && end - and <= 5) {
            end++;
        }
        String second = trimmedOption(line.substring(and + 1, end));
        return first.length() >= 2 && second.length() >= 2 && isOption(first) && isOption(second)
                ? List.of(first, second)
                : List.of();
    }

    private static String trimmedOption(String w) {
        String t = w.strip();
        for (String tail : List.of("两种", "三种", "的", "型", "味")) {
            if (t.endsWith(tail) && t.length() > tail.length() + 1) {
                t = t.substring(0, t.length() - tail.length());
            }
        }
        return t;
    }

    private static List<String> listAt(String line, int from, int atLeast) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = from;
        while (i <= line.length()) {
            char c = i < line.length() ? line.charAt(i) : '。';
            if (c == '(' || c == '（') {
                int close = closing(line, i);
                if (close < 0) {
                    c = '。';
                } else {
                    i = close + 1; // 广味(甜): a word about the option, not another one
                    continue;
                }
            }
            if (SEPARATORS.indexOf(c) < 0 && c != '。' && c != ')' && c != '）' && c != '：' && c != ':') {
                word.append(c);
                i++;
                continue;
            }
            String w = word.toString().strip();
            word.setLength(0);
            if (!w.isEmpty()) {
                if (endsTheList(w)) {
                    break;
                }
                if (!isOption(w)) {
                    break;
                }
                out.add(w);
            }
            if (c == '。' || c == ')' || c == '）' || c == '：' || c == ':') {
                break;
            }
            i++;
        }
        return out.size() >= atLeast ? out : List.of();
    }

    private static int closing(String line, int open) {
        for (int j = open + 1; j < line.length() && j - open <= 8; j++) {
            if (line.charAt(j) == ')' || line.charAt(j) == '）') {
                return j;
            }
        }
        return -1;
    }

    private static boolean endsTheList(String w) {
        for (String end : ENDS) {
            if (w.contains(end)) {
                return true;
            }
        }
        return false;
    }

    /** A short word of letters or Han characters, no price or count: {@code 麻辣}, {@code 灰}, {@code XL}. */
    private static boolean isOption(String w) {
        if (w.length() > 5 || w.endsWith("种") || w.endsWith("款式")) {
            return false; // 三种: how many options, not one
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!ProductFragments.isHan(c) && !CatalogMatcher.isAsciiLetter(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return !(w.length() == 1 && ChineseNumerals.isNumeral(w.charAt(0)))
                && !w.chars().allMatch(Character::isDigit);
    }
}
