package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The letter codes a post gives its products ({@code A 五花肉 23/斤}, {@code B、肋排 32/斤}), and the numbers of a post
 * that numbers them ({@code 1 豆浆}, {@code 2.鸭翅}), when the deal's catalog does not list them. Residents order by
 * those codes ({@code A2斤 B1}, {@code 1+3}); a leader reads them from the post, and so does the parser:
 * {@link #withCodes} adds each code to the one product its post line names. A catalog that already has codes of the
 * kind is taken as it is, and a letter line that names no product, or several, adds nothing.
 */
public final class PostCodes {

    private static final String SEPARATORS = " .、:：)）-";

    private PostCodes() {}

    /** {@code catalog} with the codes the post above the first numbered line gives, or {@code catalog} itself. */
    public static List<CatalogItem> withCodes(List<CatalogItem> catalog, String[] lines, ChainLayout layout) {
        return withNumbers(withLetters(catalog, lines, layout), lines, layout);
    }

    /**
     * {@code 1 豆浆 3元/杯}, {@code 2.鸭翅 20元/份}, {@code 3号 鲜肉包}: a post that numbers its products, when the
     * catalog has no number codes. Each number becomes the code {@code 1号} of the one product its line names, so
     * that {@code 1号2}, {@code 1+3} and {@code 4x2} read as the leader's menu. Numbered lines that name no product
     * (the rules of the deal) are passed over; a number given twice, or a product numbered twice, trusts none.
     */
    private static List<CatalogItem> withNumbers(List<CatalogItem> catalog, String[] lines, ChainLayout layout) {
        if (catalog.size() < 2 || catalog.stream().anyMatch(PostCodes::hasNumberCode)) {
            return catalog;
        }
        Map<String, CatalogItem> codes = new LinkedHashMap<>();
        int end = menuEnd(lines, layout);
        for (int i = 0; i < end; i++) {
            String line = lines[i].strip();
            int digits = numberAt(line);
            if (digits == 0) {
                continue;
            }
            CatalogItem named = onlyProductNamedIn(catalog, line.substring(digits));
            if (named == null) {
                continue;
            }
            int number = Integer.parseInt(line.substring(0, line.charAt(digits - 1) == '号' ? digits - 1 : digits));
            String code = number + "号";
            if (codes.containsKey(code) || codes.containsValue(named)) {
                return catalog;
            }
            codes.put(code, named);
        }
        return withAliases(catalog, codes);
    }

    /** {@code catalog} with each code added to the product it names, or {@code catalog} itself for fewer than two. */
    private static List<CatalogItem> withAliases(List<CatalogItem> catalog, Map<String, CatalogItem> codes) {
        if (codes.size() < 2) {
            return catalog;
        }
        List<CatalogItem> out = new ArrayList<>(catalog.size());
        for (CatalogItem item : catalog) {
            String code = null;
            for (Map.Entry<String, CatalogItem> e : codes.entrySet()) {
                code = e.getValue() == item ? e.getKey() : code;
            }
            out.add(code == null ? item : withAlias(item, code));
        }
        return List.copyOf(out);
    }

    /**
     * Where the post's numbered lines end: at the example line, or else where the numbering starts again at 1 below
     * numbered lines (the sign-ups below the menu); 0 when the message has no numbered lines above its sign-ups.
     */
    private static int menuEnd(String[] lines, ChainLayout layout) {
        if (layout.exampleLine() >= 0) {
            return layout.exampleLine();
        }
        int end = 0;
        boolean numbered = false;
        for (int i = 0; i < lines.length; i++) {
            SequenceNumber seq = layout.sequence(i);
            if (seq != null && seq.value() == 1 && numbered) {
                end = i;
            }
            numbered |= seq != null;
        }
        return end;
    }

    /** The length of the number a post line starts with, set apart from the rest ({@code 1 豆浆}, {@code 2号 鸭翅}), or 0. */
    private static int numberAt(String line) {
        int d = 0;
        while (d < line.length() && d < 3 && line.charAt(d) >= '0' && line.charAt(d) <= '9') {
            d++;
        }
        if (d == 0 || d > 2 || line.length() < d + 2) {
            return 0;
        }
        char after = line.charAt(d);
        boolean apart = SEPARATORS.indexOf(after) >= 0 && !(after == '.' && Character.isDigit(line.charAt(d + 1)));
        return apart ? d : after == '号' && !"楼栋门".contains(line.substring(d + 1, d + 2)) ? d + 1 : 0;
    }

    private static boolean hasNumberCode(CatalogItem item) {
        return item.aliases().stream().anyMatch(a -> !a.isEmpty() && Character.isDigit(a.charAt(0)));
    }

    private static CatalogItem withAlias(CatalogItem item, String alias) {
        List<String> aliases = new ArrayList<>(item.aliases());
        aliases.add(alias);
        return new CatalogItem(
                item.sku(),
                item.name(),
                List.copyOf(aliases),
                item.unit(),
                item.price(),
                item.stock(),
                item.limitPerPerson(),
                item.productId());
    }

    private static List<CatalogItem> withLetters(List<CatalogItem> catalog, String[] lines, ChainLayout layout) {
        if (catalog.size() < 2 || catalog.stream().anyMatch(PostCodes::hasLetterCode)) {
            return catalog;
        }
        Map<String, CatalogItem> codes = new LinkedHashMap<>();
        for (int i = 0; i < lines.length && layout.sequence(i) == null; i++) {
            String line = lines[i].strip();
            char code = codeAt(line);
            if (code == 0) {
                continue;
            }
            CatalogItem named = onlyProductNamedIn(catalog, line.substring(1));
            if (named == null || codes.containsKey(String.valueOf(code)) || codes.containsValue(named)) {
                return catalog; // a code line the parser cannot pin down: trust none of them
            }
            codes.put(String.valueOf(code), named);
        }
        return withAliases(catalog, codes);
    }

    private static boolean hasLetterCode(CatalogItem item) {
        return item.aliases().stream().anyMatch(a -> a.length() == 1 && isLetter(a.charAt(0)));
    }

    /** The capital letter a post line starts with, set apart from the rest ({@code A 五花肉}, {@code B、肋排}), or 0. */
    private static char codeAt(String line) {
        if (line.length() < 3 || !isLetter(line.charAt(0)) || SEPARATORS.indexOf(line.charAt(1)) < 0) {
            return 0;
        }
        return Character.toUpperCase(line.charAt(0));
    }

    /** {@code B 大只 6只/盒 99元} for 鲜活大鲍鱼 6只/盒: a word of the line is part of the product's name. */
    private static boolean partOfTheName(String[] words, String name) {
        for (String w : words) {
            if (w.length() >= 2 && name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The one product whose name or alias the rest of the line holds, or whose name holds a word of it. */
    private static CatalogItem onlyProductNamedIn(List<CatalogItem> catalog, String rest) {
        String text = rest.strip();
        while (!text.isEmpty() && SEPARATORS.indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            return null;
        }
        String named = text;
        String[] words = text.split(" +");
        CatalogItem byFirstWord = null;
        for (CatalogItem item : catalog) {
            boolean names = item.name().contains(words[0])
                    || item.aliases().stream().anyMatch(a -> a.length() >= 2 && words[0].contains(a));
            if (words[0].length() >= 2 && names) {
                if (byFirstWord != null) {
                    byFirstWord = null;
                    break;
                }
                byFirstWord = item;
            }
        }
        if (byFirstWord != null) {
            return byFirstWord; // C 组合装 5片装（3西冷2眼肉）: the word right after the code names it
        }
        CatalogItem found = null;
        for (CatalogItem item : catalog) {
            boolean names = named.contains(item.name())
                    || item.aliases().stream().anyMatch(a -> a.length() >= 2 && named.contains(a))
                    || partOfTheName(words, item.name());
            if (names) {
                if (found != null) {
                    return null;
                }
                found = item;
            }
        }
        return found;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
