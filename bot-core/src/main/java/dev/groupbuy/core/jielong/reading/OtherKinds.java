package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Products sold in one kind of several: how hot ({@code 中辣}), which flavour ({@code 草莓酸奶}), how big a pack
 * ({@code 5斤装}). When the deal names the kinds it sells, a line that names another kind of the same sort ({@code 微辣的3袋},
 * {@code 10斤装}; {@code 原味2瓶} where the deal's one product is 草莓酸奶) asks for one that is not on sale, which the leader
 * answers.
 */
final class OtherKinds {

    /** How hot: a line naming a heat the deal does not sell asks, wherever it stands. */
    private static final List<String> HEATS = List.of("不辣", "微辣", "中辣", "特辣", "重辣", "变态辣");

    /** Flavours: a line ordering a flavour the deal does not sell asks, where the flavour stands as the order's. */
    private static final List<String> FLAVOURS = List.of(
            "原味", "草莓", "巧克力", "芒果", "抹茶", "香草", "蓝莓", "芋泥", "榴莲", "红豆", "黑糖", "椰子", "白桃", "水蜜桃", "柠檬", "咸蛋黄", "肉松",
            "香芋", "紫薯", "哈密瓜", "菠萝", "青提", "荔枝", "玫瑰", "桂花", "焦糖", "五香", "蒜香", "黑椒", "奥尔良", "孜然");

    /** A flavour as the order's: before a count, 各, or 的/味 ending the words ({@code 原味2瓶}, {@code 巧克力的}). */
    private static final Pattern AS_THE_ORDER = Pattern.compile("(?:味|口味)?的?\\s*(?:[\\d一两二三四五六七八九十俩各]|$)");

    /** {@code 5斤装}, {@code 2.5kg装}, {@code 500ml装}: the size of a pack. */
    private static final Pattern PACK =
            Pattern.compile("(\\d+(?:\\.\\d+)?|[一两二三四五六七八九十半]+)\\s*(斤|公斤|kg|KG|Kg|克|g|ml|ML|毫升|L|升)装");

    /** The heats and flavours the deal's names and aliases hold ({@code 中辣}, {@code 草莓}). */
    private final Set<String> kindsSold;
    /** Whether the deal names a heat it sells ({@code 中辣}). */
    private final boolean heats;
    /** Whether the deal's one product is a thing of a flavour ({@link #flavourOfAThing}). */
    private final boolean flavoured;
    /** The packs the deal sells ({@code 5斤}), empty when it names none. */
    private final Set<String> packs;

    private OtherKinds(Set<String> kindsSold, boolean flavoured, Set<String> packs) {
        this.kindsSold = kindsSold;
        this.heats = HEATS.stream().anyMatch(kindsSold::contains);
        this.flavoured = flavoured;
        this.packs = packs;
    }

    /** The kinds the deal of {@code catalog} sells, read once for all its lines. */
    static OtherKinds of(List<CatalogItem> catalog) {
        Set<String> sold = new HashSet<>();
        for (CatalogItem item : catalog) {
            sold.add(TextNormalizer.normalize(item.name()));
            item.aliases().forEach(a -> sold.add(TextNormalizer.normalize(a)));
        }
        Set<String> kindsSold = new HashSet<>();
        for (List<String> sort : List.of(HEATS, FLAVOURS)) {
            for (String kind : sort) {
                if (sold.stream().anyMatch(name -> name.contains(kind))) {
                    kindsSold.add(kind);
                }
            }
        }
        boolean flavoured = catalog.size() == 1
                && flavourOfAThing(TextNormalizer.normalize(catalog.get(0).name()));
        Set<String> packs = new HashSet<>();
        sold.forEach(name -> packs.addAll(packsIn(name)));
        return new OtherKinds(kindsSold, flavoured, packs);
    }

    /** Whether {@code text} (the line without its name) names a kind of a sort the deal sells that it does not sell. */
    boolean namesAnotherKind(String text) {
        boolean heat = heats && text.indexOf('辣') >= 0;
        if (heat || flavoured) {
            String said = BRACKETS.matcher(text).replaceAll(" ").strip();
            if (heat && anotherOf(HEATS, said, false) || flavoured && anotherOf(FLAVOURS, said, true)) {
                return true; // 微辣的3袋 where only 中辣 is sold, 原味2瓶 where only 草莓酸奶 is
            }
        }
        if (packs.isEmpty() || text.indexOf('装') < 0) {
            return false;
        }
        for (String pack : packsIn(text)) {
            if (!packs.contains(pack)) {
                return true; // 10斤装 where only 5斤装 is sold
            }
        }
        return false;
    }

    /** Brackets, which hold how the order is to be ({@code 蛋挞2盒(原味1抹茶1)}), not another kind of it. */
    private static final Pattern BRACKETS = Pattern.compile("[(（【\\[][^)）】\\]]*[)）】\\]]");

    /**
     * Whether {@code said} names a kind of {@code sort} the deal does not sell (the deal sells another of the sort); with
     * {@code asTheOrder}, only where the kind stands as the order's.
     */
    private boolean anotherOf(List<String> sort, String said, boolean asTheOrder) {
        for (String kind : sort) {
            int at = said.indexOf(kind);
            if (at < 0 || leftOut(said, at) || kindsSold.contains(kind)) {
                continue;
            }
            boolean alone = at == 0 || !ProductFragments.isHan(said.charAt(at - 1));
            if (!asTheOrder
                    || alone
                            && AS_THE_ORDER
                                    .matcher(said)
                                    .region(at + kind.length(), said.length())
                                    .lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 草莓酸奶}, {@code 草莓奶油蛋糕}: the deal's one product is a thing of a flavour, the flavour written before
     * what it is; not a fruit sold as itself ({@code 金枕榴莲}).
     */
    private static boolean flavourOfAThing(String name) {
        for (String kind : FLAVOURS) {
            int at = name.indexOf(kind);
            int after = at + kind.length();
            if (at >= 0 && after < name.length() && ProductFragments.isHan(name.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 不要原味}: a kind not wanted is no kind asked for. */
    private static boolean leftOut(String text, int at) {
        return at > 0 && text.charAt(at - 1) == '不' || at > 1 && text.startsWith("不要", at - 2);
    }

    /** The packs written in {@code s}, their sizes as written ({@code 5斤}, {@code 10斤}). */
    private static Set<String> packsIn(String s) {
        Set<String> out = new HashSet<>(2);
        if (s.indexOf('装') < 0) {
            return out;
        }
        Matcher m = PACK.matcher(s);
        while (m.find()) {
            String size = m.group(1);
            ChineseNumerals.Reading numerals = ChineseNumerals.read(size, 0);
            boolean words = numerals != null && numerals.length() == size.length();
            out.add((words ? String.valueOf(numerals.value()) : size)
                    + m.group(2).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
