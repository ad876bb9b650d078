package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog matcher as it was before the trie: it tried every term starting with the same character
 * (longest first) at every position. Kept verbatim, only renamed, as the oracle of
 * {@link CatalogMatcherEquivalenceTests}; nothing in main code uses it.
 */
final class BucketScanCatalogMatcher {

    /** A product mention: how many characters it covers and which products it may mean. */
    record Match(int length, List<CatalogItem> products) {
        boolean ambiguous() {
            return products.size() != 1;
        }
    }

    private record Term(String text, List<CatalogItem> products, boolean letterCode, boolean numberCode, Match match) {
        Term(String text, List<CatalogItem> products, boolean letterCode, boolean numberCode) {
            this(text, products, letterCode, numberCode, new Match(text.length(), products));
        }
    }

    private static final int BUCKETS = 256;
    private static final String NOT_AFTER_NUMBER_CODE = "楼门院单栋幢床房室";
    private static final String NOT_AFTER_LETTER_CODE = "区座栋幢";

    private final List<CatalogItem> catalog;
    private final List<String> units;
    private final Term[][] buckets = new Term[BUCKETS][];
    private final Map<String, Set<String>> fragments;
    private final Map<String, List<CatalogItem>> menuNumbers = new LinkedHashMap<>();

    BucketScanCatalogMatcher(List<CatalogItem> catalog) {
        this.catalog = List.copyOf(catalog);
        this.units = catalog.stream()
                .map(CatalogItem::unit)
                .filter(u -> !u.isEmpty())
                .distinct()
                .toList();
        Map<String, List<CatalogItem>> byText = new LinkedHashMap<>();
        for (CatalogItem item : catalog) {
            addTerm(byText, item.name(), item);
            item.aliases().stream()
                    .filter(alias -> !CatalogMatcher.isMenuNumber(alias))
                    .forEach(alias -> addTerm(byText, alias, item));
        }
        menuNumbers.putAll(CatalogMatcher.menuNumbersOf(catalog));
        List<List<Term>> lists = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            lists.add(new ArrayList<>());
        }
        byText.forEach((text, products) -> {
            Term term = new Term(
                    text, List.copyOf(products), CatalogMatcher.isLetterCode(text), CatalogMatcher.isNumberCode(text));
            lists.get(bucket(text.charAt(0))).add(term);
            if (term.letterCode()) {
                lists.get(bucket(Character.toLowerCase(text.charAt(0)))).add(term);
                lists.get(bucket(Character.toUpperCase(text.charAt(0)))).add(term);
            }
        });
        for (int b = 0; b < BUCKETS; b++) {
            List<Term> list = lists.get(b);
            list.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed());
            buckets[b] = list.isEmpty() ? null : list.toArray(new Term[0]);
        }
        this.fragments = fragmentsOf(catalog);
    }

    /** Every character a product mention can start with. */
    String startingCharacters() {
        StringBuilder out = new StringBuilder();
        for (Term[] bucket : buckets) {
            if (bucket != null) {
                for (Term term : bucket) {
                    char c = term.text().charAt(0);
                    out.append(c).append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
                }
            }
        }
        return out.toString();
    }

    List<CatalogItem> catalog() {
        return catalog;
    }

    List<String> units() {
        return units;
    }

    /**
     * The products the leader numbered {@code number} in the post ({@code 1. 卤鸭脖}, then {@code 1+3}),
     * empty when the post numbers nothing so.
     */
    List<CatalogItem> menuNumber(String number) {
        return menuNumbers.getOrDefault(number, List.of());
    }

    boolean hasMenuNumbers() {
        return !menuNumbers.isEmpty();
    }

    boolean singleProduct() {
        return catalog.size() == 1;
    }

    /** The longest product mention starting at {@code i}, or {@code null}. */
    Match matchAt(CharSequence s, int i) {
        char c = s.charAt(i);
        Term[] terms = buckets[bucket(c)];
        if (terms == null) {
            return null;
        }
        for (Term term : terms) {
            if (matches(s, i, term)) {
                if (!term.letterCode() && CatalogMatcher.beforeAnArea(s, i, term.text())) {
                    return null;
                }
                return withSuffix(s, i, term);
            }
        }
        return null;
    }

    /** A one-character word also covers a colloquial {@code 子} after it ({@code 梨子}, {@code 桃子}). */
    private static Match withSuffix(CharSequence s, int i, Term term) {
        int end = i + term.text().length();
        boolean suffix = term.text().length() == 1
                && end < s.length()
                && s.charAt(end) == '子'
                && ProductFragments.isHan(term.text().charAt(0));
        return suffix ? new Match(2, term.products()) : term.match();
    }

    /** Skus of products whose name shares a two-character fragment with {@code text}. */
    Set<String> productsResembling(String text) {
        Set<String> skus = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            Set<String> found = fragments.get(text.substring(i, i + 2));
            if (found != null) {
                skus.addAll(found);
            }
        }
        return skus;
    }

    private boolean matches(CharSequence s, int i, Term term) {
        String text = term.text();
        if (term.letterCode()) {
            if (Character.toUpperCase(s.charAt(i)) != Character.toUpperCase(text.charAt(0))) {
                return false;
            }
            boolean letterBefore = i > 0 && isAsciiLetter(s.charAt(i - 1));
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean wordAfter =
                    ProductFragments.isHan(after) && !ChineseNumerals.isNumeral(after) && "半各每".indexOf(after) < 0;
            boolean hanBefore = i > 0 && ProductFragments.isHan(s.charAt(i - 1));
            boolean quantityAfter =
                    Character.isDigit(after) || ChineseNumerals.isNumeral(after) || "*×xX".indexOf(after) >= 0;
            return !letterBefore
                    && !CatalogMatcher.afterAPlace(s, i)
                    && !CatalogMatcher.deskAfter(s, i)
                    && !(isAsciiLetter(after) && !CatalogMatcher.timesAfter(s, i + 1))
                    && NOT_AFTER_LETTER_CODE.indexOf(after) < 0
                    && !(Character.isDigit(after) && CatalogMatcher.placeAfterDigits(s, i + 1))
                    && (!wordAfter || CatalogMatcher.orderWordAt(s, i + 1) || namesTheSameProduct(s, i + 1, term))
                    && (!hanBefore
                            || quantityAfter
                            || CatalogMatcher.afterACount(s, i)
                            || CatalogMatcher.afterAnOrderWord(s, i));
        }
        if (!Units.regionMatches(s, i, text)) {
            return false;
        }
        if (term.numberCode()) {
            boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1));
            int end = i + text.length();
            char after = end < s.length() ? s.charAt(end) : ' ';
            return !digitBefore && NOT_AFTER_NUMBER_CODE.indexOf(after) < 0;
        }
        return true;
    }

    /** {@code A草莓}: the code glued to its own product's name. */
    private boolean namesTheSameProduct(CharSequence s, int at, Term code) {
        Match next = matchAt(s, at);
        return next != null && next.products().equals(code.products());
    }

    private static void addTerm(Map<String, List<CatalogItem>> byText, String raw, CatalogItem item) {
        String text = TextNormalizer.normalize(raw).strip();
        if (text.isEmpty()) {
            return;
        }
        List<CatalogItem> products = byText.computeIfAbsent(text, t -> new ArrayList<>());
        if (!products.contains(item)) {
            products.add(item);
        }
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int bucket(char c) {
        return (c ^ (c >>> 8)) & (BUCKETS - 1);
    }

    private static Map<String, Set<String>> fragmentsOf(Iterable<CatalogItem> catalog) {
        Map<String, Set<String>> fragments = new java.util.HashMap<>();
        for (CatalogItem item : catalog) {
            addFragments(fragments, item.name(), item.sku());
            item.aliases().forEach(alias -> addFragments(fragments, alias, item.sku()));
        }
        return fragments;
    }

    private static void addFragments(Map<String, Set<String>> fragments, String word, String sku) {
        String text = TextNormalizer.normalize(word);
        for (int i = 0; i + 2 <= text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (ProductFragments.isHan(a) && ProductFragments.isHan(b)) {
                fragments
                        .computeIfAbsent(text.substring(i, i + 2), k -> new java.util.HashSet<>())
                        .add(sku);
            }
        }
    }
}
