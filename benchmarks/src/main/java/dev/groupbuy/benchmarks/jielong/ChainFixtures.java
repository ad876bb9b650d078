package dev.groupbuy.benchmarks.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.math.BigDecimal;
import java.util.List;

/** Generated multi-product chains that look like real ones: varied names, notations, notes and remarks. */
final class ChainFixtures {

    static final List<CatalogItem> CATALOG = List.of(
            CatalogItem.of("A", "丹东草莓", List.of("草莓", "A"), "盒", new BigDecimal("25")),
            CatalogItem.of("B", "蓝莓", List.of("B"), "盒", new BigDecimal("30")),
            CatalogItem.of("C", "阳光玫瑰葡萄", List.of("阳光玫瑰", "葡萄", "C"), "串", new BigDecimal("39.9")));

    private static final String[] NAMES = {
        "李姐", "王哥", "Lily 王", "小美🍓", "天天向上", "老周", "豆豆妈", "Tony 陈", "花开富贵🌺", "阿芳", "Jack 赵", "乐乐妈妈", "三妹"
    };
    private static final String[] ORDERS = {
        "草莓2盒 蓝莓1盒", "A1 B2", "草莓蓝莓各一盒", "葡萄1串（晚点取）", "3栋502 草莓x2", "蓝莓两盒，葡萄一串", "C*2",
        "草莓1 蓝莓1 葡萄1", "11栋2单元301，草莓1盒（已付款）", "每样一份", "草莓2盒改3盒", "蓝莓×3 谢谢团长", "同上", "取消",
        "葡萄1串+1串", "5-2-301 阳光玫瑰2串"
    };

    private ChainFixtures() {}

    static String chain(int entries) {
        return chain(entries, -1);
    }

    /**
     * Names and orders cycle through every pairing once (13 × 16 lines) and then shift, so that no line repeats
     * another word for word (the parser asks about a line written twice under two numbers).
     *
     * The chain with every participant's name made unique to {@code variant} (a Latin tag glued to it, as
     * nicknames often have), so that no line repeats a line of another variant; {@code -1} for the plain chain.
     */
    static String chain(int entries, int variant) {
        StringBuilder text = new StringBuilder("#接龙 周末水果团\n丹东草莓 25元/盒\n蓝莓 125g 30元/盒\n阳光玫瑰葡萄 39.9元/串\n")
                .append("截单：今晚8点，明天下午3点 3号门自提\n例：张三 3栋502 草莓1 蓝莓1\n\n");
        for (int i = 1; i <= entries; i++) {
            text.append(i)
                    .append(i % 3 == 0 ? "、" : ". ")
                    .append(NAMES[i % NAMES.length])
                    .append(variant < 0 ? "" : tag(variant * entries + i))
                    .append(' ')
                    .append(ORDERS[(i * 7 + i / (NAMES.length * ORDERS.length)) % ORDERS.length])
                    .append('\n');
        }
        return text.append("\n接龙人数：").append(entries).append('\n').toString();
    }

    private static String tag(int n) {
        StringBuilder tag = new StringBuilder();
        int k = n;
        do {
            tag.append((char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        return tag.toString();
    }
}
