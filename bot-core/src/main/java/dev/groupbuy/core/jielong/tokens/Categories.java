package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a leader knows about kinds of food and goods that their names do not say: 红富士 is an apple, 阳光玫瑰 a grape, 圣女果 a
 * tomato, 碧根果 a nut, 沃柑 a mandarin, 奶黄 a mooncake, 牛腱子 beef. {@code 苹果2箱} in a deal of 阿克苏冰糖心苹果 and
 * 烟台红富士 could be either, and asks — though only one name holds the word 苹果.
 */
final class Categories {

    private static final Map<String, List<String>> MEMBERS = Map.ofEntries(
            Map.entry("苹果", List.of("富士", "阿克苏", "冰糖心", "蛇果", "嘎啦", "黄元帅", "花牛", "红星")),
            Map.entry(
                    "葡萄",
                    List.of("阳光玫瑰", "玫瑰香", "巨峰", "夏黑", "提子", "红提", "青提", "黑提", "醉金香", "妮娜皇后", "克瑞森", "美人指", "金手指")),
            Map.entry("提子", List.of("红提", "青提", "黑提", "阳光玫瑰", "克瑞森")),
            Map.entry("橘子", mandarins()),
            Map.entry("桔子", mandarins()),
            Map.entry("橙子", List.of("脐橙", "冰糖橙", "血橙", "果冻橙", "爱媛", "伦晚", "夏橙", "褚橙")),
            Map.entry("梨", List.of("香梨", "雪梨", "秋月梨", "皇冠梨", "鸭梨", "酥梨", "丰水梨", "贡梨")),
            Map.entry("桃子", List.of("水蜜桃", "黄桃", "油桃", "蟠桃", "毛桃")),
            Map.entry("番茄", tomatoes()),
            Map.entry("西红柿", tomatoes()),
            Map.entry("坚果", List.of("碧根果", "夏威夷果", "巴旦木", "核桃", "腰果", "开心果", "榛子", "松子", "杏仁")),
            Map.entry("月饼", List.of("莲蓉", "五仁", "豆沙", "奶黄", "双黄", "蛋黄", "冰皮", "流心")),
            Map.entry("雪糕", iceCreams()),
            Map.entry("冰淇淋", iceCreams()),
            Map.entry("牛肉", List.of("牛腱", "腱子", "牛腩", "牛排", "牛尾", "肥牛", "牛肋", "牛里脊", "牛霖")),
            Map.entry("猪肉", List.of("五花", "排骨", "里脊", "前腿", "后腿", "猪蹄", "肋排", "梅花肉", "筒骨")),
            Map.entry("羊肉", List.of("羊排", "羊腿", "羊蝎子", "羊腩")),
            Map.entry("鸡肉", List.of("鸡腿", "鸡翅", "鸡胸", "琵琶腿")),
            Map.entry("樱桃", List.of("车厘子")),
            Map.entry("车厘子", List.of("樱桃")),
            Map.entry("猕猴桃", List.of("奇异果", "徐香", "翠香")),
            Map.entry("奇异果", List.of("猕猴桃")),
            Map.entry("荔枝", List.of("妃子笑", "桂味", "糯米糍", "白糖罂")),
            Map.entry("龙眼", List.of("桂圆")),
            Map.entry("桂圆", List.of("龙眼")),
            Map.entry("西瓜", List.of("8424", "麒麟瓜", "早春红玉", "黑美人")),
            Map.entry("芒果", List.of("贵妃芒", "台芒", "凯特", "金煌芒", "澳芒", "小台农", "青芒", "鸡蛋芒")),
            Map.entry("榴莲", List.of("金枕", "猫山王", "干尧", "黑刺")),
            Map.entry("大米", List.of("五常", "稻花香", "长粒香", "香米")),
            Map.entry("面包", List.of("吐司", "贝果", "欧包", "可颂", "餐包")),
            Map.entry("蛋糕", List.of("慕斯", "千层", "瑞士卷", "戚风", "提拉米苏")),
            Map.entry("咖啡", List.of("美式", "拿铁", "卡布奇诺", "摩卡", "澳白", "馥芮白", "冷萃", "浓缩", "玛奇朵")),
            Map.entry("洗发水", List.of("洗发露", "洗发乳", "洗发液")));

    private static List<String> mandarins() {
        return List.of(
                "砂糖橘", "沙糖桔", "沃柑", "丑橘", "耙耙柑", "爬爬柑", "蜜桔", "蜜橘", "贡柑", "皇帝柑", "芦柑", "椪柑", "春见", "不知火", "金桔", "红美人");
    }

    private static List<String> tomatoes() {
        return List.of("圣女果", "千禧", "普罗旺斯");
    }

    private static List<String> iceCreams() {
        return List.of("冰棒", "冰棍", "冰淇淋", "冰激凌", "甜筒", "雪泥", "雪糕", "可爱多", "梦龙");
    }

    private Categories() {}

    /**
     * The products {@code word} may name: {@code products}, and when {@code word} is a kind of food, every product of
     * the deal that is of that kind by what its name or aliases say.
     */
    static List<CatalogItem> of(String word, List<CatalogItem> products, List<CatalogItem> catalog) {
        List<String> members = MEMBERS.get(word);
        if (members == null) {
            return products;
        }
        List<CatalogItem> out = new ArrayList<>(products);
        for (CatalogItem item : catalog) {
            if (!out.contains(item) && isOf(item, members)) {
                out.add(item);
            }
        }
        return out.size() > products.size() ? List.copyOf(out) : products;
    }

    private static boolean isOf(CatalogItem item, List<String> members) {
        String name = TextNormalizer.normalize(item.name());
        for (String member : members) {
            if (name.contains(member) || item.aliases().stream().anyMatch(a -> a.contains(member))) {
                return true;
            }
        }
        return false;
    }
}
