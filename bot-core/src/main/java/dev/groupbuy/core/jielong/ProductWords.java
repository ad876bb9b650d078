package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short forms residents write for a product the leader named in full: {@code 蓝莓} for
 * 云南高山蓝莓125g*4盒, {@code 五常大米} for 东北五常大米10斤, {@code 阳光玫瑰} for 阳光玫瑰葡萄, {@code 38号} for
 * 四川爱媛38号果冻橙. Each word of two Chinese characters or more inside a product's name stands for it; a word
 * inside several products' names stands for all of them (the line then asks which), and spec words
 * ({@code 斤装}, {@code 精品}) stand for none.
 */
final class ProductWords {

    private static final Set<String> NOT_A_PRODUCT = Set.of(
            "斤装", "盒装", "袋装", "箱装", "瓶装", "包装", "散装", "礼盒", "家庭装", "精品", "精选", "特级", "一级", "优质", "新鲜", "当季", "现摘", "现做",
            "现切", "现烤", "手工", "正宗", "农家", "有机", "进口", "国产", "特价", "包邮", "秒杀", "爆款", "约重", "净重", "毛重", "左右", "规格", "单果",
            "大果", "中果", "小果", "产地", "直发", "直供", "冷冻", "冰鲜", "团购", "团长", "推荐", "自提", "一份", "一盒", "一袋", "一箱", "每份", "每盒");
    private static final int MAX_RUN = 12;

    private ProductWords() {}

    /** Short forms of the catalog's names, each with the products it may mean; exact names are left out. */
    static Map<String, List<CatalogItem>> shortForms(List<CatalogItem> catalog, Set<String> exactTerms) {
        Map<String, List<CatalogItem>> forms = new LinkedHashMap<>();
        for (CatalogItem item : catalog) {
            List<String> names = new ArrayList<>();
            names.add(item.name());
            item.aliases().forEach(names::add);
            for (String name : names) {
                for (String form : formsOf(TextNormalizer.normalize(name))) {
                    if (!exactTerms.contains(form)) {
                        List<CatalogItem> products = forms.computeIfAbsent(form, f -> new ArrayList<>());
                        if (!products.contains(item)) {
                            products.add(item);
                        }
                    }
                }
            }
        }
        return forms;
    }

    private static List<String> formsOf(String name) {
        List<String> forms = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            if (!ProductFragments.isHan(name.charAt(i))) {
                numberedVariety(name, i, forms);
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

    /** {@code 38号} inside 爱媛38号果冻橙: a variety's number, which residents write on its own. */
    private static void numberedVariety(String name, int i, List<String> forms) {
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
