package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short forms residents write for a product the leader named in full: {@code 蓝莓} for
 * 云南高山蓝莓125g*4盒, {@code 五常大米} for 东北五常大米10斤, {@code 阳光玫瑰} for 阳光玫瑰葡萄, {@code 38号} for
 * 四川爱媛38号果冻橙, {@code 3斤装} for 西梅3斤装, {@code 10kg} for 大米10kg sold by the 袋, {@code JJ} for
 * 车厘子JJ级. Each word of two Chinese characters or more inside a product's name stands for it; a word
 * inside several products' names stands for all of them (the line then asks which), and spec words
 * ({@code 斤装}, {@code 精品}) stand for none.
 */
public final class ProductWords {

    private static final Set<String> NOT_A_PRODUCT = Set.of(
            "斤装", "盒装", "袋装", "箱装", "瓶装", "包装", "散装", "礼盒", "家庭装", "精品", "精选", "特级", "一级", "优质", "新鲜", "当季", "现摘", "现做",
            "现切", "现烤", "手工", "正宗", "农家", "有机", "进口", "国产", "特价", "包邮", "秒杀", "爆款", "约重", "净重", "毛重", "左右", "规格", "单果",
            "大果", "中果", "小果", "产地", "直发", "直供", "冷冻", "冰鲜", "团购", "团长", "推荐", "自提", "一份", "一盒", "一袋", "一箱", "每份", "每盒");
    private static final int MAX_RUN = 12;
    /** Everyday names of the same thing, any of which residents write for a product named by another. */
    private static final List<List<String>> SAME_THING = List.of(
            List.of("番茄", "西红柿"),
            List.of("地瓜", "红薯", "番薯", "甘薯", "红苕"),
            List.of("土豆", "马铃薯", "洋芋"),
            List.of("玉米", "苞米", "包谷", "苞谷"),
            List.of("馄饨", "云吞", "抄手"),
            List.of("汤圆", "元宵"),
            List.of("包菜", "圆白菜", "洋白菜", "卷心菜", "包心菜", "莲花白", "甘蓝"),
            List.of("花菜", "菜花", "花椰菜"),
            List.of("砂糖橘", "沙糖橘", "砂糖桔", "沙糖桔"),
            List.of("面粉", "小麦粉", "雪花粉", "高筋粉", "中筋粉", "低筋粉"),
            List.of("酸奶", "酸牛奶"),
            List.of("纯奶", "纯牛奶"),
            List.of("香菜", "芫荽"),
            List.of("鸡爪", "凤爪"),
            List.of("鸡蛋", "土鸡蛋", "柴鸡蛋", "草鸡蛋"));
    /** Words with 子 or 果 that name a food of their own, not the one before the suffix ({@code 茄子} is no 番茄). */
    private static final Set<String> OWN_WORDS = Set.of(
            "茄子", "瓜子", "栗子", "椰子", "柿子", "李子", "杏子", "豆子", "笋子", "鸽子", "兔子", "虾子", "坚果", "干果", "水果", "果果", "腰果", "开果",
            "红果", "青果", "无花果", "百香果", "火龙果", "猕猴桃");

    private ProductWords() {}

    /** Short forms of the catalog's names, each with the products it may mean; exact names are left out. */
    static Map<String, List<CatalogItem>> shortForms(List<CatalogItem> catalog, Set<String> exactTerms) {
        Map<String, Set<CatalogItem>> forms = new LinkedHashMap<>();
        for (CatalogItem item : catalog) {
            List<String> names = new ArrayList<>();
            names.add(item.name());
            item.aliases().forEach(names::add);
            for (String name : names) {
                for (String form : formsOf(TextNormalizer.normalize(name), item.unit())) {
                    if (!exactTerms.contains(form)) {
                        forms.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(item);
                    }
                }
            }
        }
        Map<String, List<CatalogItem>> out = new LinkedHashMap<>();
        forms.forEach((form, products) -> out.put(form, List.copyOf(products)));
        return out;
    }

    /** The last character of every run of two or more Chinese characters in {@code name}: its head nouns. */
    static String headNouns(String name) {
        StringBuilder heads = new StringBuilder(2);
        int i = 0;
        while (i < name.length()) {
            int end = i;
            while (end < name.length() && ProductFragments.isHan(name.charAt(end))) {
                end++;
            }
            if (end - i >= 2) {
                heads.append(name.charAt(end - 1));
            }
            i = Math.max(end, i + 1);
        }
        return heads.toString();
    }

    /** Whether {@code form} ends where a run of Chinese characters of one of the products' names ends. */
    static boolean endsAtHead(String form, List<CatalogItem> products) {
        for (CatalogItem item : products) {
            if (endsAtHead(form, item.name())) {
                return true;
            }
            for (String alias : item.aliases()) {
                if (endsAtHead(form, alias)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsAtHead(String form, String rawName) {
        String name = TextNormalizer.normalize(rawName);
        for (int at = name.indexOf(form); at >= 0; at = name.indexOf(form, at + 1)) {
            int end = at + form.length();
            if (end == name.length() || !ProductFragments.isHan(name.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} abbreviates a product named {@code name}: some run of Chinese characters in the
     * name ends with the word's head character ({@code 芒} of 芒果, {@code 橙} of 橙子, or the word's last) and
     * holds the word's other characters before it, in order.
     */
    static boolean abbreviates(String word, String name) {
        String w = fold(word);
        String n = fold(name);
        if (abbreviatesAsWritten(w, n) || isCategoryOf(w, n)) {
            return true;
        }
        for (List<String> group : SAME_THING) {
            if (group.contains(w)) {
                for (String other : group) {
                    if (!other.equals(w) && n.contains(other)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The characters of {@code word} that say which product it is: {@code 橙子} and {@code 芒果} count one. */
    static int significantLength(String word) {
        boolean suffixed =
                word.length() == 2 && (word.endsWith("子") || word.endsWith("果")) && !OWN_WORDS.contains(word);
        return suffixed ? 1 : word.length();
    }

    /** {@code 牛肉} for 内蒙古鲜切牛腱子, {@code 羊肉} for 羔羊排: the meat of the animal the name names. */
    private static boolean isCategoryOf(String word, String name) {
        return word.length() == 2
                && word.charAt(1) == '肉'
                && "牛羊猪鸡鸭鹅驴兔".indexOf(word.charAt(0)) >= 0
                && name.indexOf(word.charAt(0)) >= 0;
    }

    /** One character written two ways ({@code 橘}/{@code 桔}), folded to one before comparing. */
    private static String fold(String s) {
        return s.indexOf('橘') < 0 && s.indexOf('蕃') < 0
                ? s
                : s.replace('橘', '桔').replace('蕃', '番');
    }

    private static boolean abbreviatesAsWritten(String word, String name) {
        if (word.length() == 1 && Units.readAt(word, 0, List.of()) != null) {
            return false;
        }
        boolean suffixed =
                word.length() == 2 && (word.endsWith("子") || word.endsWith("果")) && !OWN_WORDS.contains(word);
        String w = suffixed ? word.substring(0, 1) : word;
        char head = w.charAt(w.length() - 1);
        int i = 0;
        while (i < name.length()) {
            int end = i;
            while (end < name.length() && ProductFragments.isHan(name.charAt(end))) {
                end++;
            }
            if (end - i >= 2 && name.charAt(end - 1) == head && inOrder(w, name, i, end - 1)) {
                return true;
            }
            i = Math.max(end, i + 1);
        }
        return false;
    }

    private static boolean inOrder(String word, String name, int from, int headAt) {
        int j = from;
        for (int k = 0; k < word.length() - 1; k++) {
            while (j < headAt && name.charAt(j) != word.charAt(k)) {
                j++;
            }
            if (j >= headAt) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static List<String> formsOf(String name, String unit) {
        List<String> forms = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            if (!ProductFragments.isHan(name.charAt(i))) {
                numberedVariety(name, i, unit, forms);
                latinGrade(name, i, forms);
                i++;
                continue;
            }
            int end = i;
            while (end < name.length() && ProductFragments.isHan(name.charAt(end))) {
                end++;
            }
            addRun(name.substring(i, Math.min(end, i + MAX_RUN)), forms);
            i = end;
        }
        return forms;
    }

    /** Every piece of two characters or more of a run of Chinese characters, but spec words. */
    private static void addRun(String run, List<String> forms) {
        for (int from = 0; from < run.length(); from++) {
            for (int to = from + 2; to <= run.length(); to++) {
                String piece = run.substring(from, to);
                if (!NOT_A_PRODUCT.contains(piece) && !isUnitsOnly(piece) && !forms.contains(piece)) {
                    forms.add(piece);
                }
            }
        }
    }

    /** {@code JJ} of 智利车厘子JJ级: a grade or variety written in Latin letters (not a unit after digits). */
    private static void latinGrade(String name, int i, List<String> forms) {
        boolean starts = CatalogMatcher.isAsciiLetter(name.charAt(i))
                && (i == 0
                        || !(CatalogMatcher.isAsciiLetter(name.charAt(i - 1))
                                || BuildingScanner.isDigit(name.charAt(i - 1))));
        if (!starts) {
            return;
        }
        int end = i;
        while (end < name.length() && CatalogMatcher.isAsciiLetter(name.charAt(end))) {
            end++;
        }
        if (end - i >= 2 && end - i <= 6 && !forms.contains(name.substring(i, end))) {
            forms.add(name.substring(i, end));
        }
    }

    /** {@code 38号} inside 爱媛38号果冻橙: a variety's number, which residents write on its own. */
    private static void numberedVariety(String name, int i, String productUnit, List<String> forms) {
        if (!BuildingScanner.isDigit(name.charAt(i)) || (i > 0 && BuildingScanner.isDigit(name.charAt(i - 1)))) {
            return;
        }
        int end = i;
        while (end < name.length() && BuildingScanner.isDigit(name.charAt(end))) {
            end++;
        }
        if (end < name.length() && name.charAt(end) == '号' && end - i <= 3) {
            forms.add(name.substring(i, end + 1));
        }
        String unit = Units.readAt(name, end, List.of());
        int pack = unit == null ? -1 : end + unit.length();
        if (pack > 0 && pack < name.length() && name.charAt(pack) == '装') {
            forms.add(name.substring(i, pack + 1));
        } else if (pack > 0 && !Units.compatible(unit, productUnit) && isSize(unit) && !afterMultiplier(name, i)) {
            forms.add(name.substring(i, pack));
        }
    }

    /** {@code 10kg}, {@code 500ml}, {@code 5斤}: a size; {@code 10包}, {@code 30只} count pieces, not a variety. */
    private static boolean isSize(String unit) {
        return Units.isWeight(unit) || unit.equalsIgnoreCase("ml") || unit.equalsIgnoreCase("l") || unit.equals("升");
    }

    /** {@code 120抽*10包}: the count after a times sign says what one unit holds. */
    private static boolean afterMultiplier(String name, int i) {
        return i > 0 && "*×xX".indexOf(name.charAt(i - 1)) >= 0;
    }

    private static boolean isUnitsOnly(String piece) {
        for (int k = 0; k < piece.length(); k++) {
            if (Units.readAt(piece, k, List.of()) == null && "装约重净每一".indexOf(piece.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }
}
