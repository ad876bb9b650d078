package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * {@code catalog} with one product for each option the post lists beside the products it belongs to: in a deal of
     * one product every option is that product's; in a deal of several, the options on a post line that names exactly
     * one product are that product's ({@code 粽子 5元/个（鲜肉 蛋黄 豆沙 备注）}). An option that is a word of the
     * catalog, or sits inside one, is no option. The catalog as it was when the post lists no options.
     */
    public static List<CatalogItem> withOptions(List<CatalogItem> catalog, String[] lines, ChainLayout layout) {
        if (catalog.isEmpty()) {
            return catalog;
        }
        List<Map<String, Integer>> options = new ArrayList<>(catalog.size());
        catalog.forEach(p -> options.add(new LinkedHashMap<>()));
        boolean any = false;
        boolean one = catalog.size() == 1;
        for (int i = 0; i < lines.length && layout.sequence(i) == null; i++) {
            List<String> listed = one ? optionsIn(lines[i]) : listedOptionsIn(lines[i]);
            int owner = listed.isEmpty() ? -1 : one ? 0 : onlyProductNamed(lines[i], catalog);
            if (owner >= 0 && !isAMix(catalog.get(owner))) {
                int list = i;
                listed.forEach(o -> options.get(owner).putIfAbsent(o, list));
                any = true;
            }
        }
        if (!any) {
            return catalog;
        }
        List<CatalogItem> out = new ArrayList<>(catalog);
        for (int p = 0; p < catalog.size(); p++) {
            CatalogItem product = catalog.get(p);
            int n = 0;
            for (Map.Entry<String, Integer> listed : options.get(p).entrySet()) {
                String option = listed.getKey();
                if (isCatalogWord(option, catalog)) {
                    continue;
                }
                List<String> aliases = new ArrayList<>(2);
                if (option.length() == 1 && ProductFragments.isHan(option.charAt(0))) {
                    aliases.add(option + "色"); // 灰 and 灰色
                }
                out.add(new CatalogItem(
                        product.sku() + OPTION + listed.getValue() + "." + n++,
                        option,
                        aliases,
                        product.unit(),
                        product.price(),
                        null,
                        null,
                        null));
            }
        }
        return out.size() == catalog.size() ? catalog : List.copyOf(out);
    }

    /** Words of a product made of several things: what its post lists is what is in it, not a choice. */
    private static final List<String> MIXES = List.of("混合", "混装", "什锦", "拼盘", "套餐", "组合", "拼装");

    private static boolean isAMix(CatalogItem product) {
        return MIXES.stream().anyMatch(product.name()::contains);
    }

    /** The index of the one product {@code line} names, or -1 when it names none or several. */
    private static int onlyProductNamed(String line, List<CatalogItem> catalog) {
        int found = -1;
        for (int p = 0; p < catalog.size(); p++) {
            if (namesTheProduct(line, catalog.get(p))) {
                if (found >= 0) {
                    return -1;
                }
                found = p;
            }
        }
        return found;
    }

    /** Whether {@code option} is a name or alias of the catalog, or inside one, or holds one. */
    private static boolean isCatalogWord(String option, List<CatalogItem> catalog) {
        for (CatalogItem product : catalog) {
            if (product.name().contains(option) || option.contains(product.name())) {
                return true;
            }
            for (String alias : product.aliases()) {
                if (alias.contains(option) || (alias.length() > 1 && option.contains(alias))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code items} read against {@link #withOptions}, each option's count added up into its product's; {@code null}
     * when the line read no option, or counts a product beside its options without saying how they add up
     * ({@code 水饺1袋 韭菜鸡蛋2袋}). The product's count stands for its options when the two agree
     * ({@code 粽子6个（鲜肉3蛋黄3）}) or when the product is only named before them ({@code 饺子韭菜鸡蛋3袋},
     * {@code 粽子鲜肉4 豆沙2}).
     */
    public static List<OrderItem> merged(List<OrderItem> items, String line, List<CatalogItem> withOptions) {
        Map<String, BigDecimal> own = new LinkedHashMap<>();
        Map<String, BigDecimal> byList = new LinkedHashMap<>();
        for (OrderItem item : items) {
            int mark = item.sku().indexOf(OPTION);
            if (mark < 0) {
                own.merge(item.sku(), item.qty(), BigDecimal::add);
            } else {
                byList.merge(item.sku().substring(0, item.sku().lastIndexOf('.')), item.qty(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> byOptions = new LinkedHashMap<>(); // 黑色2盒 白色1盒 男款: colours and styles count alike
        byList.forEach((list, qty) -> byOptions.merge(list.substring(0, list.indexOf(OPTION)), qty, BigDecimal::max));
        if (byOptions.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, BigDecimal> e : byOptions.entrySet()) {
            BigDecimal counted = own.get(e.getKey());
            boolean agree = counted == null
                    || counted.compareTo(e.getValue()) == 0
                    || (counted.compareTo(BigDecimal.ONE) == 0 && namedBeforeAnOption(line, e.getKey(), withOptions));
            if (!agree) {
                return null;
            }
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (OrderItem item : items) {
            int mark = item.sku().indexOf(OPTION);
            String sku = mark < 0 ? item.sku() : item.sku().substring(0, mark);
            out.putIfAbsent(sku, byOptions.getOrDefault(sku, own.get(sku)));
        }
        List<OrderItem> merged = new ArrayList<>(out.size());
        out.forEach((sku, qty) -> merged.add(new OrderItem(sku, qty)));
        return List.copyOf(merged);
    }

    /** Whether a word of the product {@code sku} stands right before one of its options ({@code 水饺猪肉玉米1袋}). */
    private static boolean namedBeforeAnOption(String line, String sku, List<CatalogItem> withOptions) {
        List<String> words = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (CatalogItem item : withOptions) {
            if (item.sku().equals(sku)) {
                words.add(item.name());
                item.aliases().stream().filter(a -> a.length() > 1).forEach(words::add);
            } else if (item.sku().startsWith(sku + OPTION)) {
                options.add(item.name());
                options.addAll(item.aliases());
            }
        }
        for (String word : words) {
            for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
                int next = at + word.length();
                while (next < line.length() && TextNormalizer.isSpace(line.charAt(next))) {
                    next++;
                }
                for (String option : options) {
                    if (line.startsWith(option, next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the line counts the product itself before it names an option ({@code 2组 原味黄桃各一},
     * {@code 1组 原味3杯草莓3杯}): the options then say how that count is made up.
     */
    public static boolean countedBeforeTheOptions(String line, List<CatalogItem> withOptions) {
        int first = line.length();
        String unit = "";
        for (CatalogItem item : withOptions) {
            int at = standsForAnOption(item) ? line.indexOf(item.name()) : -1;
            if (at >= 0 && at < first) {
                first = at;
                unit = item.unit();
            }
        }
        if (unit.isEmpty()) {
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
        for (CatalogItem item : withOptions) {
            if (standsForAnOption(item) && line.contains(item.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line names a product that has options by its name or an alias ({@code 汤圆4袋 芝麻2袋 花生2袋}). */
    public static boolean namesAProduct(String line, List<CatalogItem> withOptions) {
        for (CatalogItem item : withOptions) {
            if (!standsForAnOption(item) && namesTheProduct(line, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsForAnOption(CatalogItem item) {
        return item.sku().contains(OPTION);
    }

    /**
     * Whether the line names the product itself ({@code 汤圆4袋 芝麻2袋 花生2袋}) by its name or an alias of two
     * characters or more.
     */
    private static boolean namesTheProduct(String line, CatalogItem product) {
        return line.contains(product.name())
                || product.aliases().stream().anyMatch(a -> a.length() > 1 && holdsApart(line, a));
    }

    /** Whether {@code line} holds {@code code} not inside a longer number: {@code 2月13号} does not hold {@code 3号}. */
    private static boolean holdsApart(String line, String code) {
        for (int at = line.indexOf(code); at >= 0; at = line.indexOf(code, at + 1)) {
            boolean digitBefore = at > 0 && Character.isDigit(code.charAt(0)) && Character.isDigit(line.charAt(at - 1));
            if (!digitBefore) {
                return true;
            }
        }
        return false;
    }

    /**
     * The options on one line of a post of several products: after a head word or joined by {@code /} or {@code 、};
     * a line of words parted by spaces there is the product's own line ({@code A 常德干米粉 2斤/袋 16}).
     */
    private static List<String> listedOptionsIn(String line) {
        for (String head : HEADS) {
            if (line.contains(head)) {
                return optionsIn(line);
            }
        }
        return joinedList(line);
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
        List<String> joined = joinedList(line);
        return joined.isEmpty() ? eitherOf(line) : joined;
    }

    /**
     * A list joined by {@code /} or {@code 、} anywhere on the line ({@code 正宗农家蜂蜜 49元/瓶 槐花/枣花/百花 同价}): three
     * words or more, or two of two characters or more ({@code 猪肉白菜/韭菜鸡蛋}); {@code 49元/瓶} is a price, no list.
     */
    private static List<String> joinedList(String line) {
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            boolean space = TextNormalizer.isSpace(c);
            if (space && nextToASeparator(line, i)) {
                continue; // 鲜肉 / 蛋黄肉: the spaces around the separator
            }
            if (!space && CHUNK_ENDS.indexOf(c) < 0) {
                chunk.append(c);
                continue;
            }
            List<String> listed = listIn(chunk);
            if (!listed.isEmpty()) {
                return listed;
            }
            chunk.setLength(0);
        }
        return List.of();
    }

    private static final String CHUNK_ENDS = "，,。;；：:()（）【】[]！!？?";

    private static boolean nextToASeparator(String line, int at) {
        int before = at - 1;
        while (before >= 0 && TextNormalizer.isSpace(line.charAt(before))) {
            before--;
        }
        int after = at + 1;
        while (after < line.length() && TextNormalizer.isSpace(line.charAt(after))) {
            after++;
        }
        return (before >= 0 && isJoin(line.charAt(before))) || (after < line.length() && isJoin(line.charAt(after)));
    }

    private static boolean isJoin(char c) {
        return c == '/' || c == '、';
    }

    private static List<String> listIn(CharSequence chunk) {
        List<String> out = new ArrayList<>();
        boolean allLong = true;
        int from = 0;
        for (int i = 0; i <= chunk.length(); i++) {
            if (i < chunk.length() && !isJoin(chunk.charAt(i))) {
                continue;
            }
            String w = chunk.subSequence(from, i).toString();
            if (w.isEmpty() || !isOption(w) || endsTheList(w)) {
                return List.of();
            }
            out.add(w);
            allLong &= w.length() >= 2;
            from = i + 1;
        }
        return out.size() >= 3 || (out.size() == 2 && allLong) ? out : List.of();
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
        for (int i = 1; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i - 1))
                    && ProductFragments.isHan(w.charAt(i))
                    && "码号寸".indexOf(w.charAt(i)) < 0) {
                return false; // 2斤, 10支: a size or a count, not a choice (110码 and 6寸 are)
            }
        }
        return !(w.length() == 1 && ChineseNumerals.isNumeral(w.charAt(0)))
                && !w.chars().allMatch(Character::isDigit);
    }
}
