package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.text.WordTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the deal's products in a line: by name, alias, or the leader's code ({@code A}, {@code b},
 * {@code 1号}). Built once per catalog. A word shared by several products matches all of them, which the
 * caller treats as ambiguous. Letter codes only match standing alone ({@code A2}, {@code A*1}), never
 * inside a word ({@code Amy}); number codes never match a building ({@code 1号楼}).
 *
 * <p>Names, aliases and number codes sit in a {@link WordTrie}: finding the longest mention at a position
 * is one walk along the text, never a scan of the catalog, so a line costs at most its length times the
 * longest product word (capped by {@code dev.groupbuy.core.deal.CatalogLimits} where a catalog enters),
 * however many products share a prefix. Letter codes, which match either case, are kept apart and tried
 * in catalog order, as the old scan did.
 */
public final class CatalogMatcher {

    /**
     * A product mention: how many characters it covers and which products it may mean; {@code modifier} when
     * it is a piece of a product's name that stops before the name's head noun ({@code 麻辣} of 麻辣小龙虾,
     * {@code 阳光玫瑰} of 阳光玫瑰葡萄, see {@link ProductWords}): a flavour or a variety rather than the thing.
     */
    record Match(int length, List<CatalogItem> products, boolean modifier) {
        boolean ambiguous() {
            return products.size() != 1;
        }
    }

    private record Term(String text, List<CatalogItem> products, boolean numberCode, Match match) {
        Term(String text, List<CatalogItem> products, boolean modifier) {
            this(text, products, isNumberCode(text), new Match(text.length(), products, modifier));
        }
    }

    /** {@code 1号楼}, {@code 3号会议室}, {@code 2号柜}: after these a number with 号 is a place, not the leader's code. */
    private static final String NOT_AFTER_NUMBER_CODE = "楼门院单栋幢床房室会柜桌窗线库仓位";

    private static final String NOT_AFTER_LETTER_CODE = "区座栋幢";

    private final List<CatalogItem> catalog;
    private final List<String> units;
    private final Term[] words;
    private final WordTrie trie;
    /** Per letter, the codes written with it in either case, in catalog order ({@code a} and {@code A} may differ). */
    private final List<List<Term>> letterCodes = new ArrayList<>();

    private final String startingCharacters;
    private final BitSet starts = new BitSet();
    private final ProductFragments fragments;
    private final Map<String, List<CatalogItem>> menuNumbers = new LinkedHashMap<>();
    private final List<String> normalizedNames;
    private final String headNouns;

    public CatalogMatcher(List<CatalogItem> catalog) {
        this(catalog, true);
    }

    /** The matcher of names, aliases and codes only, without {@link ProductWords short forms}. */
    static CatalogMatcher exactWordsOnly(List<CatalogItem> catalog) {
        return new CatalogMatcher(catalog, false);
    }

    private CatalogMatcher(List<CatalogItem> catalog, boolean shortForms) {
        this.catalog = List.copyOf(catalog);
        this.units = new CatalogUnits(catalog.stream()
                .map(CatalogItem::unit)
                .filter(u -> !u.isEmpty())
                .distinct()
                .toList());
        Map<String, List<CatalogItem>> byText = new LinkedHashMap<>();
        for (CatalogItem item : catalog) {
            addTerm(byText, item.name(), item);
            bracketParts(item.name()).forEach(part -> addTerm(byText, part, item));
            item.aliases().stream()
                    .filter(alias -> !isMenuNumber(alias))
                    .forEach(alias -> addTerm(byText, alias, item));
        }
        menuNumbers.putAll(menuNumbersOf(catalog));
        for (int letter = 0; letter < 26; letter++) {
            letterCodes.add(new ArrayList<>(1));
        }
        List<Term> inTrie = new ArrayList<>();
        if (shortForms) {
            ProductWords.shortForms(catalog, byText.keySet())
                    .forEach((text, products) -> inTrie.add(new Term(
                            text,
                            List.copyOf(Categories.of(text, ofTheKind(text, products, catalog), catalog)),
                            !ProductWords.endsAtHead(text, products))));
        }
        StringBuilder letters = new StringBuilder();
        byText.forEach((text, products) -> {
            Term term = new Term(text, List.copyOf(products), false);
            if (!isLetterCode(text)) {
                inTrie.add(term);
            } else {
                List<Term> codes = letterCodes.get(letterIndex(text.charAt(0)));
                if (codes.isEmpty()) {
                    letters.append(Character.toLowerCase(text.charAt(0))).append(Character.toUpperCase(text.charAt(0)));
                }
                codes.add(term);
            }
        });
        this.words = inTrie.toArray(new Term[0]);
        this.trie = new WordTrie(inTrie.stream().map(Term::text).toList());
        this.startingCharacters = withBothCases(trie.firstCharacters()) + letters;
        (trie.firstCharacters() + letters).chars().forEach(starts::set);
        this.fragments = ProductFragments.of(catalog);
        this.normalizedNames = catalog.stream()
                .map(item -> TextNormalizer.normalize(item.name()))
                .toList();
        this.headNouns =
                normalizedNames.stream().map(ProductWords::headNouns).collect(java.util.stream.Collectors.joining());
    }

    /** Every character a product mention can start with. */
    String startingCharacters() {
        return startingCharacters;
    }

    public List<CatalogItem> catalog() {
        return catalog;
    }

    public List<String> units() {
        return units;
    }

    /**
     * The products the leader numbered {@code number} in the post ({@code 1. 卤鸭脖}, then {@code 1+3}),
     * empty when the post numbers nothing so.
     */
    List<CatalogItem> menuNumber(String number) {
        return menuNumbers.getOrDefault(number, List.of());
    }

    /** {@code 3段} of 飞鹤星飞帆3段: the products whose name holds {@code fragment} as written. */
    public List<CatalogItem> namedWith(String fragment) {
        List<CatalogItem> found = new ArrayList<>(1);
        for (int k = 0; k < catalog.size(); k++) {
            if (normalizedNames.get(k).contains(fragment)) {
                found.add(catalog.get(k));
            }
        }
        return found;
    }

    /** Whether the leader numbered the products ({@code 1号}, {@code 2}), so that a place is read by those numbers. */
    public boolean hasMenuNumbers() {
        return !menuNumbers.isEmpty();
    }

    /** The products {@code word} abbreviates (see {@link Abbreviations}). */
    public List<CatalogItem> abbreviatedBy(String word) {
        String w = TextNormalizer.trimSeparators(word);
        if (w.length() < 1 || w.length() > 4 || !allHan(w)) {
            return List.of();
        }
        List<CatalogItem> found = new ArrayList<>(2);
        for (int k = 0; k < catalog.size(); k++) {
            if (ProductWords.abbreviates(w, normalizedNames.get(k))) {
                found.add(catalog.get(k));
            }
        }
        if (!found.isEmpty() && w.equals("肉")) {
            return meats(found, catalog);
        }
        if (!found.isEmpty() && w.length() >= 2) {
            found = Categories.of(w, ofTheKind(w, found, catalog), catalog); // 橘子 of 砂糖橘 when 沃柑 is sold too
        }
        return found.isEmpty() || ProductWords.significantLength(w) > 1 ? found : everyNameWith(w.charAt(0), found);
    }

    /**
     * {@code 面} when the deal sells 鸡蛋挂面 and 高筋面粉: one character stands for every product whose name holds
     * it, not only those it ends.
     */
    private List<CatalogItem> everyNameWith(char c, List<CatalogItem> found) {
        List<CatalogItem> all = new ArrayList<>(found);
        for (int k = 0; k < catalog.size(); k++) {
            if (normalizedNames.get(k).indexOf(c) >= 0 && !all.contains(catalog.get(k))) {
                all.add(catalog.get(k));
            }
        }
        return all;
    }

    /**
     * Whether {@code word} ends with the head noun of one of the products ({@code 牛筋丸} in a 牛肉丸 deal): a
     * product of that kind, though none the deal sells.
     */
    public boolean sharesHeadNoun(String word) {
        String w = TextNormalizer.trimSeparators(word);
        if (w.length() < 2 || !allHan(w)) {
            return false;
        }
        return headNouns.indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    private static boolean allHan(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!ProductFragments.isHan(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    public boolean singleProduct() {
        return catalog.size() == 1;
    }

    /**
     * The one product a quantity written in {@code unit} can count, or {@code null} when the unit is missing,
     * generic ({@code 个}, {@code 份}) or fits several products.
     */
    public CatalogItem onlyProductSoldIn(String unit) {
        if (unit == null || Units.isGeneric(unit)) {
            return null;
        }
        CatalogItem found = null;
        for (CatalogItem p : catalog) {
            if (!p.unit().isEmpty() && Units.compatible(unit, p.unit())) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** The products the leader coded with {@code letter} (either case, the first fitting), or an empty list. */
    List<CatalogItem> letterCode(char letter) {
        if (!isAsciiLetter(letter)) {
            return List.of();
        }
        List<Term> codes = letterCodes.get(letterIndex(letter));
        for (Term code : codes) {
            if (code.text().charAt(0) == letter) {
                return code.products();
            }
        }
        return codes.isEmpty() ? List.of() : codes.get(0).products();
    }

    /** Whether the leader coded a product with {@code letter} (either case). */
    public boolean isLetterCode(char letter) {
        return !letterCode(letter).isEmpty();
    }

    /**
     * {@code B} in a deal coded A, C and D: a letter the leader skipped between two codes — a product she took off
     * the list (sold out), never a building's letter.
     */
    public boolean isSkippedCode(char letter) {
        if (!isAsciiLetter(letter) || !letterCode(letter).isEmpty()) {
            return false;
        }
        int at = letterIndex(letter);
        boolean before = false;
        boolean after = false;
        for (int i = 0; i < letterCodes.size(); i++) {
            before |= i < at && !letterCodes.get(i).isEmpty();
            after |= i > at && !letterCodes.get(i).isEmpty();
        }
        return before && after;
    }

    /** The longest product mention starting at {@code i}, or {@code null}. */
    Match matchAt(CharSequence s, int i) {
        return starts.get(s.charAt(i)) ? mentionAt(s, i) : null;
    }

    private Match mentionAt(CharSequence s, int i) {
        Term longest = longestWordAt(s, i);
        if (longest != null && beforeAnArea(s, i, longest.text())) {
            return null; // 长沙市, 洪山区 of 长沙口味虾 and 洪山红菜薹: the city or district of an address
        }
        if (longest != null && nicknameWithANumeral(s, i, longest.text())) {
            return null; // 小七 小份一份 in a deal selling 小 and 大: the nickname opening the line, not seven small
        }
        if (longest != null && insideAWord(s, i, longest.text())) {
            return null; // 我和我老公每人一盒 in a crab deal selling 公: the husband, not a male crab
        }
        if (longest == null) {
            longest = letterCodeAt(s, i);
        }
        return longest == null ? null : withSuffix(s, i, longest);
    }

    /**
     * Words of people and places a one-character product word ({@code 公}, {@code 母}) is part of: {@code 老公},
     * {@code 父母}, {@code 公司}.
     */
    private static final java.util.Set<String> WORDS_AROUND_ONE_CHARACTER = java.util.Set.of(
            "老公", "外公", "公公", "公婆", "公司", "公交", "公园", "公众", "父母", "岳母", "伯母", "舅母", "姑母", "师母", "老母", "母亲");

    /** {@code 小七}, {@code 大二}, {@code 阿三} opening the line, a space after: 小, 大, 老 or 阿 and a numeral, a nickname. */
    private static boolean nicknameWithANumeral(CharSequence s, int i, String word) {
        return i == 0
                && word.length() == 1
                && "小大老阿".indexOf(word.charAt(0)) >= 0
                && s.length() > 2
                && ChineseNumerals.isNumeral(s.charAt(1))
                && s.charAt(2) == ' ';
    }

    /** Whether the one-character {@code word} at {@code i} is half of such a word of people or places. */
    private static boolean insideAWord(CharSequence s, int i, String word) {
        if (word.length() != 1) {
            return false;
        }
        String before = i > 0 ? s.subSequence(i - 1, i + 1).toString() : "";
        String after = i + 2 <= s.length() ? s.subSequence(i, i + 2).toString() : "";
        return WORDS_AROUND_ONE_CHARACTER.contains(before) || WORDS_AROUND_ONE_CHARACTER.contains(after);
    }

    /** The longest name, alias or number code (that fits where it stands) written at {@code i}. */
    private Term longestWordAt(CharSequence s, int i) {
        Term longest = null;
        int node = WordTrie.ROOT;
        for (int j = i; j < s.length(); j++) {
            node = trie.child(node, s.charAt(j));
            if (node == WordTrie.NONE) {
                break;
            }
            int w = trie.word(node);
            if (w != WordTrie.NONE && (!words[w].numberCode() || numberCodeFits(s, i, j + 1))) {
                longest = words[w];
            }
        }
        return longest;
    }

    /**
     * Whether {@code word}, a Chinese word written at {@code i}, is followed by 市, 区, 县, 省 or 镇: a place of an address.
     */
    static boolean beforeAnArea(CharSequence s, int i, String word) {
        int end = i + word.length();
        return !word.isEmpty()
                && ProductFragments.isHan(word.charAt(word.length() - 1))
                && end < s.length()
                && "市区县省镇".indexOf(s.charAt(end)) >= 0;
    }

    /** A one-character word also covers a colloquial {@code 子} after it ({@code 梨子}, {@code 桃子}). */
    private static Match withSuffix(CharSequence s, int i, Term term) {
        int end = i + term.text().length();
        boolean suffix = term.text().length() == 1
                && end < s.length()
                && s.charAt(end) == '子'
                && ProductFragments.isHan(term.text().charAt(0));
        return suffix ? new Match(2, term.products(), term.match().modifier()) : term.match();
    }

    /** Skus of products whose name shares a two-character fragment with {@code text}. */
    public Set<String> productsResembling(String text) {
        return fragments.skusResembling(text);
    }

    private static boolean numberCodeFits(CharSequence s, int i, int end) {
        boolean digitBefore = i > 0
                && (Character.isDigit(s.charAt(i - 1))
                        || !Character.isDigit(s.charAt(i)) && ChineseNumerals.isNumeral(s.charAt(i - 1)));
        char after = end < s.length() ? s.charAt(end) : ' ';
        return !digitBefore && NOT_AFTER_NUMBER_CODE.indexOf(after) < 0;
    }

    /**
     * The letter code standing alone at {@code i}: of {@code A} and {@code a}, the first in catalog order
     * that fits (before a word, only the code of the product that word names: {@code A草莓}).
     */
    private Term letterCodeAt(CharSequence s, int i) {
        char c = s.charAt(i);
        List<Term> codes = isAsciiLetter(c) ? letterCodes.get(letterIndex(c)) : List.of();
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (codes.isEmpty()
                || (i > 0 && isAsciiLetter(s.charAt(i - 1)))
                || (isAsciiLetter(after) && !timesAfter(s, i + 1))
                || NOT_AFTER_LETTER_CODE.indexOf(after) >= 0) {
            return null;
        }
        if (deskAfter(s, i)) {
            return null; // C-18, A-03: a desk or a stall, not eighteen of C
        }
        if (Character.isDigit(after) && placeAfterDigits(s, i + 1)) {
            return null; // B1电梯口, C2栋: a floor or a building, not two of C
        }
        boolean hanBefore = i > 0 && ProductFragments.isHan(s.charAt(i - 1));
        if (afterAPlace(s, i)) {
            return null; // 地库B2, 南区C3: a place, not two of B
        }
        boolean quantityAfter =
                Character.isDigit(after) || ChineseNumerals.isNumeral(after) || "*×xX".indexOf(after) >= 0;
        if (hanBefore && !quantityAfter && !afterACount(s, i) && !afterAnOrderWord(s, i)) {
            return null; // 换A, 改成B: the code swapped to
        }
        boolean wordAfter =
                ProductFragments.isHan(after) && !ChineseNumerals.isNumeral(after) && "半各每".indexOf(after) < 0;
        boolean orderWordAfter = wordAfter && orderWordAt(s, i + 1);
        for (Term code : codes) {
            if (!wordAfter || orderWordAfter || namesTheSameProduct(s, i + 1, code)) {
                return code;
            }
        }
        return null;
    }

    private static final String PLACE_AFTER_A_CODE = "电门楼层栋座区号单室梯库幢";

    /** What a place ends with right before a letter code that is then part of it: {@code 地库B2}, {@code 南区C3}. */
    private static final String PLACE_BEFORE_A_CODE = "库区栋座层苑院";

    /**
     * Words for a kind of product, each with the character the products of that kind end with: {@code 面包} is
     * 红豆面包 but also 奶酪包 and 菠萝包, {@code 香肠} is 麻辣香肠 but also 腊肠.
     */
    private static final Map<String, Character> KINDS = Map.ofEntries(
            Map.entry("面包", '包'),
            Map.entry("香肠", '肠'),
            Map.entry("果汁", '汁'),
            Map.entry("蜂蜜", '蜜'),
            Map.entry("肉卷", '卷'),
            Map.entry("套餐", '餐'),
            Map.entry("饺子", '饺'),
            Map.entry("水饺", '饺'),
            Map.entry("粽子", '粽'),
            Map.entry("月饼", '饼'),
            Map.entry("蛋糕", '糕'));

    /**
     * The products a short form names: {@code products}, or, when it is a word for a kind of product that several
     * products of the deal are ({@link #KINDS}), all of them — {@code 面包2} in a deal of 红豆面包 and 奶酪包 asks which.
     */
    private static List<CatalogItem> ofTheKind(String text, List<CatalogItem> products, List<CatalogItem> catalog) {
        Character end = KINDS.get(text);
        if (end == null) {
            return products;
        }
        List<CatalogItem> kind = new ArrayList<>();
        for (CatalogItem item : catalog) {
            boolean ofIt = endsWith(item.name(), end) || item.aliases().stream().anyMatch(a -> endsWith(a, end));
            if (ofIt || products.contains(item)) {
                kind.add(item);
            }
        }
        return kind.size() >= 2 ? kind : products;
    }

    /** What meat is named by: the cut or the animal. */
    private static final String MEAT = "肉排骨腿翅蹄腩脊爪肚肠牛羊猪鸡鸭鹅";

    /** {@code 肉2斤} in a deal of 五花肉, 肋排 and 鸡翅中: any of the meats, so it asks which. */
    private static List<CatalogItem> meats(List<CatalogItem> products, List<CatalogItem> catalog) {
        List<CatalogItem> meats = new ArrayList<>();
        for (CatalogItem item : catalog) {
            if (products.contains(item) || item.name().chars().anyMatch(c -> MEAT.indexOf(c) >= 0)) {
                meats.add(item);
            }
        }
        return meats.size() >= 2 ? meats : products;
    }

    private static boolean endsWith(String word, char end) {
        String w = TextNormalizer.normalize(word).strip();
        return !w.isEmpty() && w.charAt(w.length() - 1) == end;
    }

    /** Whether the letter at {@code i} starts a desk or stall number ({@code C-18}, {@code A-03}): a place. */
    public static boolean deskAfter(CharSequence s, int i) {
        return i + 3 < s.length()
                && s.charAt(i + 1) == '-'
                && Character.isDigit(s.charAt(i + 2))
                && Character.isDigit(s.charAt(i + 3));
    }

    /** Whether the letter at {@code i} follows the end of a place word ({@code 地库B2}): part of the place. */
    public static boolean afterAPlace(CharSequence s, int i) {
        return i > 0 && PLACE_BEFORE_A_CODE.indexOf(s.charAt(i - 1)) >= 0;
    }

    /**
     * {@code A套餐（红烧排骨）}: a name with a bracket is also written as the part before it and the part in it
     * ({@code A套餐}, {@code 红烧排骨}); parts of fewer than two characters are no names.
     */
    static List<String> bracketParts(String name) {
        int open = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '(' || name.charAt(i) == '（') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return List.of();
        }
        int close = Math.max(name.indexOf(')', open), name.indexOf('）', open));
        List<String> parts = new ArrayList<>(2);
        String before = name.substring(0, open).strip();
        String inside = close > open ? name.substring(open + 1, close).strip() : "";
        if (before.length() >= 2) {
            parts.add(before);
        }
        if (inside.length() >= 2 && inside.chars().allMatch(c -> ProductFragments.isHan((char) c))) {
            parts.add(inside);
        }
        return parts;
    }

    /**
     * {@code 换A}, {@code 改成B}, {@code 只要A和D}, {@code 取消B}, {@code 去掉C}: the character before a code that makes it
     * one despite the word.
     */
    static boolean afterAnOrderWord(CharSequence s, int i) {
        return i > 0 && "换改成要和跟同与是消掉了后把哦噢".indexOf(s.charAt(i - 1)) >= 0; // 算了D不要了, 然后B改2, 把C换成B
    }

    static boolean placeAfterDigits(CharSequence s, int from) {
        int j = from;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j + 1 < s.length() && s.charAt(j) == '-' && Character.isDigit(s.charAt(j + 1))) {
            return true; // C3-701: a block and a flat, not three of C
        }
        return j < s.length() && PLACE_AFTER_A_CODE.indexOf(s.charAt(j)) >= 0;
    }

    /** What a resident writes right after a product's code: {@code B不要了}, {@code C改成3箱}, {@code A还要1}. */
    private static final List<String> ORDER_WORDS_AFTER_CODE = List.of(
            "不要", "改", "还要", "还是", "要", "换", "和", "跟", "同", "与", "或", "加", "取消", "退", "也要", "也来", "再", "删", "减", "算了",
            "来", "整", "唔要", "伐要", "冇要", "莫要", "覅", "照要", "照旧", "不变", "保持", "都不要", "都取消", "都退", "也不要", "就不要", "免了", "免",
            "不用", "勿要", "别要", "甭要", "了", "搞", "拿", "订", "买", "留", "先不要", "暂时不要", "划掉");

    static boolean orderWordAt(CharSequence s, int at) {
        for (String word : ORDER_WORDS_AFTER_CODE) {
            if (Units.regionMatches(s, at, word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 再加一份B}, {@code 2盒A}: the code right after a count with its unit. */
    static boolean afterACount(CharSequence s, int i) {
        if (i < 2) {
            return false;
        }
        char unit = s.charAt(i - 1);
        char count = s.charAt(i - 2);
        boolean measure = "份个盒袋杯瓶箱斤只包罐".indexOf(unit) >= 0
                || (ProductFragments.isHan(unit)
                        && BUILDING_MARKS.indexOf(unit) < 0
                        && !ChineseNumerals.isNumeral(unit));
        boolean counted =
                measure && (Character.isDigit(count) || ChineseNumerals.isNumeral(count) || "来加要".indexOf(count) >= 0);
        return counted || isChangeTo(s, i);
    }

    /** Marks of a building or floor: {@code 三楼C} is a place, not a count of C. */
    private static final String BUILDING_MARKS = "楼栋层号区座单元室门幢期户弄";

    /** {@code Ax2}, {@code Dx1}: a times sign and a digit right after a code. */
    public static boolean timesAfter(CharSequence s, int at) {
        return at + 1 < s.length()
                && (s.charAt(at) == 'x' || s.charAt(at) == 'X')
                && Character.isDigit(s.charAt(at + 1));
    }

    /** {@code B换成C}, {@code 改成A}: the code a change turns to. */
    private static boolean isChangeTo(CharSequence s, int i) {
        return (s.charAt(i - 1) == '成' || s.charAt(i - 1) == '为') && "换改".indexOf(s.charAt(i - 2)) >= 0;
    }

    /** {@code A草莓}: the code glued to its own product's name. */
    private boolean namesTheSameProduct(CharSequence s, int at, Term code) {
        Match next = matchAt(s, at);
        return next != null && next.products().equals(code.products());
    }

    private static String withBothCases(String chars) {
        StringBuilder out = new StringBuilder(chars);
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            out.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
        }
        return out.toString();
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

    /**
     * The products by the leader's number: bare-number codes ({@code 1}, {@code 2}), and for a post that numbers its
     * products {@code 1号}, {@code 2号} the bare numbers too ({@code 1+2}, {@code 2x2}) where no product has that
     * bare number as its code.
     */
    static Map<String, List<CatalogItem>> menuNumbersOf(List<CatalogItem> catalog) {
        Map<String, List<CatalogItem>> numbers = new LinkedHashMap<>();
        Map<String, List<CatalogItem>> derived = new LinkedHashMap<>();
        for (CatalogItem item : catalog) {
            for (String alias : item.aliases()) {
                String text = TextNormalizer.normalize(alias).strip();
                if (isMenuNumber(text)) {
                    addTerm(numbers, text, item);
                } else if (text.length() >= 2
                        && text.endsWith("号")
                        && isMenuNumber(text.substring(0, text.length() - 1))) {
                    addTerm(derived, text.substring(0, text.length() - 1), item);
                }
            }
        }
        derived.forEach(numbers::putIfAbsent);
        return numbers;
    }

    static boolean isMenuNumber(String alias) {
        String text = TextNormalizer.normalize(alias).strip();
        return !text.isEmpty() && text.length() <= 2 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static boolean isLetterCode(String text) {
        return text.length() == 1 && isAsciiLetter(text.charAt(0));
    }

    /** {@code 1号}, {@code 12}, and in words {@code 一号}, {@code 十二号}: the leader's number for a product. */
    static boolean isNumberCode(String text) {
        if (text.length() >= 2 && Character.isDigit(text.charAt(0))) {
            return true;
        }
        if (text.length() < 2 || !text.endsWith("号")) {
            return false;
        }
        return text.substring(0, text.length() - 1).chars().allMatch(c -> ChineseNumerals.isNumeral((char) c));
    }

    private static int letterIndex(char asciiLetter) {
        return Character.toUpperCase(asciiLetter) - 'A';
    }

    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
