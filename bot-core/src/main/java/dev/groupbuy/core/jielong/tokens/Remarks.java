package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.List;

/**
 * Words residents write beside an order to say how, where or when, not what: {@code 少饭}, {@code 不要香菜},
 * {@code 微辣}, {@code 放门卫}, {@code 晚上取}, {@code 送人}. Only asked about a word glued to a quantity, where it
 * could otherwise be a product the deal does not sell ({@code 2份少饭} vs. {@code 2斤茄子}).
 */
public final class Remarks {

    private static final List<String> PREFIXES = List.of(
            "少", "多", "不要", "唔要", "唔使", "唔好", "勿要", "甭", "不加", "不放", "不吃", "不用", "别", "免", "去", "微", "中辣", "特辣", "加辣",
            "不辣", "变态辣", "麻辣", "要大", "要小", "要熟", "要生", "要活", "要新鲜", "要甜", "要脆", "要嫩", "要瘦", "要肥", "要整", "要切", "要的",
            "大的", "小的", "熟的", "生的", "活的", "整只", "整个", "切", "剁", "斩", "杀", "宰", "去皮", "去骨", "打碎", "绞", "送", "寄", "给",
            "帮", "留", "放", "自提", "自取", "自备", "配送", "送货", "明天", "今天", "后天", "今晚", "明早", "晚上", "下午", "上午", "中午", "早上",
            "傍晚", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "周末", "星期", "礼拜", "已付", "已转", "付了", "转了", "已交", "备注",
            "换", "单独", "分开", "分装", "分成", "装", "其中", "这周", "本周", "下周", "这次", "今天", "明天", "今晚", "每天", "每次", "每人", "每份",
            "一起", "打包", "腌", "带走", "带去", "公司", "办公室", "学校", "老家", "在家", "到了", "谢谢", "尾号", "电话", "手机", "电联", "门口", "门卫",
            "快递柜", "楼下", "家里", "凉", "热", "冰", "常温", "无糖", "半糖", "全糖", "正常", "原味", "新鲜", "挑", "选", "尝", "试", "囤", "追剧",
            "孩子", "老人", "老婆", "老公", "妈", "爸", "邻居", "朋友", "同事", "客户", "老师", "包好", "好看", "漂亮", "红色", "粉色", "白色", "黄色",
            "蓝色", "紫色", "混", "随机", "都可", "尽量", "最好", "麻烦", "辛苦", "有的话", "晚点", "早点", "急", "做", "就行", "就好", "就够", "就可以",
            "就成", "得了", "够了", "即可", "微信", "支付宝", "敲门", "打电话", "按门铃", "之前", "以后", "配", "拼", "凑", "左右", "上下", "以上", "大概",
            "大约", "约", "不是", "纠正", "更正", "差不多", "我", "你", "先尝", "不变", "照旧", "没电梯", "没人", "没时间", "唔该", "过年", "过节", "下次",
            "回头", "到时", "马上", "这次", "顺便");

    private static final WordTable TABLE = new WordTable(PREFIXES);

    private Remarks() {}

    /** {@link #isRemark(String)} for a word of a line, read in place. */
    public static boolean isRemark(Token word) {
        return word.startsWithWordOf(TABLE)
                && !(TEMPERATURES.indexOf(word.firstChar()) >= 0 && namesADish(word.text()));
    }

    private static final String TEMPERATURES = "凉热冰";

    /** What may follow 凉, 热 or 冰 in a remark of how cold or hot: {@code 冰的}, {@code 热一点}, {@code 冰镇}. */
    private static final String AFTER_A_TEMPERATURE = "的点些镇饮乎透着了一度";

    /**
     * {@code 凉皮}, {@code 冰糖}, {@code 热狗}: 凉, 热 or 冰 glued to more than a degree is a dish or a good, which
     * could be a product the deal does not sell, not a remark of how cold or hot.
     */
    private static boolean namesADish(String w) {
        return w.length() >= 2
                && TEMPERATURES.indexOf(w.charAt(0)) >= 0
                && AFTER_A_TEMPERATURE.indexOf(w.charAt(1)) < 0
                && ProductFragments.isHan(w.charAt(1));
    }

    /** Whether {@code word} starts like a remark (how, where, when, for whom), not like a product. */
    public static boolean isRemark(String word) {
        String w = TextNormalizer.trimSeparators(word);
        return !w.isEmpty() && TABLE.longestAt(w, 0) != null && !namesADish(w);
    }
}
