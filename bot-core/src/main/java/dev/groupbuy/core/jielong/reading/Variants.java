package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.List;
import java.util.Set;

/**
 * What a resident wants of a product, written {@code 要…的}: a preference a leader simply passes on ({@code 要熟一点的},
 * {@code 要大个的}, {@code 要活的}, {@code 要母的}, {@code 要5斤左右的}), or a variety, brand or flavour the deal may not
 * sell ({@code 苹果要阿克苏的}, {@code 榴莲要猫山王的}, {@code 奶要伊利的}, {@code 饺子要韭菜鸡蛋馅的}), which the leader
 * must check first. Preferences are how ripe, big, fresh, fat, hot or sweet, a sex, a weight, a cut or how it is
 * prepared ({@code 去皮}, {@code 杀好}, {@code 带壳}), or when ({@code 要13号当天的}); anything else named in that slot is
 * taken for a variant.
 */
final class Variants {

    /** Words of how a product should be, whole. */
    private static final Set<String> PREFERENCES = Set.of(
            "大", "小", "熟", "生", "嫩", "老", "甜", "酸", "软", "硬", "脆", "粉", "面", "新鲜", "活", "肥", "瘦", "辣", "热", "烫", "冰",
            "凉", "开口", "开好", "流油", "粗", "细", "宽", "窄", "好看", "漂亮", "公", "母", "沙瓤", "肉厚", "肉多", "膏多", "黄多", "紧实", "结晶",
            "带点肉", "中段", "切片", "切好", "刀切", "剁块", "冻好", "刚出炉", "现做", "现烤", "现包", "日期新", "新日期", "今年新", "新", "含苞", "没开",
            "花苞多", "冬储", "个大", "大个", "大只", "小只", "大颗", "小颗", "颗大", "颗粒大", "小个", "小朵", "大朵", "个头大", "软糯", "肥瘦均匀", "肥瘦相间",
            "活蹦乱跳", "特辣", "微辣", "中辣", "辣味", "不辣", "完整", "整齐", "干净", "便宜", "贵", "好", "好吃", "大号", "Q弹", "q弹", "无糖", "原味",
            "少糖", "低糖", "最好", "最大", "最新", "最辣", "最甜", "红", "青", "绿", "黄", "熟透", "对半开", "剥好", "去皮", "直", "紫黑", "紫", "肥瘦",
            "热乎", "软乎", "软和", "刚出锅", "新轧", "凉透", "暄腾", "开了", "劈开", "皱皮", "红皮", "红心", "削好皮", "削皮", "皮薄", "薄皮", "核小",
            "小核", "籽少", "真空", "大头", "大果", "小果", "中果", "大根", "大叶", "小叶", "大粒", "小粒", "粒大", "大条", "小条", "大块", "小块", "细长",
            "短粗", "圆", "长");

    /** {@code 要熟一点的}, {@code 要大点的}, {@code 要结晶少的}: how much more or less of a quality. */
    private static final List<String> DEGREE_ENDINGS = List.of("一点", "一眼眼", "一些", "点儿", "点", "些", "少", "多", "透");

    /** {@code 要太熟的}, {@code 要去皮的}, {@code 要现做的}: degrees, preparation, freshness and when. */
    private static final List<String> DEGREE_STARTS = List.of(
            "太", "最", "特", "超", "很", "比较", "稍微", "偏", "切", "去", "剁", "杀", "剥", "绞", "洗", "带", "不", "少", "多", "没", "有",
            "现", "鲜", "冻", "冷", "成熟", "当天", "今天", "明天", "早", "晚", "吐", "处理", "刚", "提前", "七八成", "八九成", "七成", "八成", "九成",
            "包心", "个头", "挑", "削", "熟", "深", "浅", "一根一根", "一个一个", "一条一条", "一块一块", "单独", "分开", "独立");

    private Variants() {}

    /**
     * Whether {@code word} (a leftover word of the line, such as {@code 要阿克苏的} or {@code 猕猴桃要黄心的}) asks
     * for a variant rather than states a preference.
     */
    static boolean asksForAVariant(String word) {
        if (word.contains("的不要") && word.endsWith("的")) {
            return true; // 玉米要甜的不要糯的: one kind rather than another
        }
        int want = word.indexOf('要');
        if (want < 0 || !word.endsWith("的") && !word.endsWith("的那种") && !word.endsWith("那种")) {
            return false;
        }
        if (word.startsWith("包装") || word.startsWith("丝带") || word.startsWith("袋子") || word.startsWith("盒子")) {
            return false; // 包装要粉色的: how it is wrapped, not which product
        }
        if (want > 0 && "不别只都也还就莫甭勿".indexOf(word.charAt(want - 1)) >= 0) {
            return false; // 不要辣的, 只要豆沙的: a choice among what is sold, or something left out
        }
        int end = word.lastIndexOf("的");
        if (end <= want + 1) {
            end = word.endsWith("那种") ? word.length() - 2 : end;
        }
        if (end <= want + 1) {
            return false;
        }
        String what = word.substring(want + 1, end);
        if (what.indexOf('要') >= 0 || what.indexOf('的') >= 0) {
            return false; // 要的要的: an eager yes
        }
        return !isPreference(what)
                && what.chars().anyMatch(c -> ProductFragments.isHan((char) c) || Character.isLetterOrDigit(c));
    }

    static boolean isPreference(String what) {
        if (PREFERENCES.contains(what)) {
            return true;
        }
        for (String degree : DEGREE_ENDINGS) {
            if (what.endsWith(degree)) {
                return true; // 要熟一点的, 要大点的
            }
        }
        for (String degree : DEGREE_STARTS) {
            if (what.startsWith(degree)) {
                return true;
            }
        }
        if (what.contains("左右") || what.contains("以上") || what.contains("以下") || what.contains("多一点")) {
            return true; // 要5斤左右的
        }
        int day = what.indexOf('号');
        boolean date = day > 0 && Character.isDigit(what.charAt(day - 1));
        if (date || what.contains("天") || what.contains("点前") || what.contains("点后")) {
            return true; // 要13号当天的: when, not which
        }
        char first = what.charAt(0);
        boolean weight = Character.isDigit(first) || "一二两三四五六七八九十半".indexOf(first) >= 0;
        return weight && (what.endsWith("斤") || what.endsWith("两") || what.endsWith("克") || what.endsWith("g"));
    }
}
