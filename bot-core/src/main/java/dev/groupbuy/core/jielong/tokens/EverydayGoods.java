package dev.groupbuy.core.jielong.tokens;

import java.util.Set;

/**
 * Everyday goods a leader knows by name whatever the deal: {@code 包子}, {@code 洗洁精}, {@code 北冰洋}. One of them
 * written with a count of its own in a deal that sells no such thing ({@code 毛大爷 包子 2袋} in a dumpling deal) is
 * a product the deal does not sell, which the leader must see, not a remark about the dumplings.
 */
public final class EverydayGoods {

    private static final Set<String> NAMES = Set.of(
            "包子", "馒头", "花卷", "饺子", "水饺", "馄饨", "汤圆", "粽子", "月饼", "面条", "挂面", "米粉", "米线", "油条", "烧饼", "煎饼", "面包", "蛋糕",
            "鸡蛋", "鸭蛋", "鹅蛋", "咸鸭蛋", "皮蛋", "牛奶", "酸奶", "豆浆", "豆腐", "豆干", "腐竹", "大米", "小米", "面粉", "食用油", "花生油", "菜籽油",
            "酱油", "醋", "白糖", "红糖", "冰糖", "蜂蜜", "苹果", "香蕉", "橙子", "橘子", "桔子", "梨", "桃子", "葡萄", "西瓜", "哈密瓜", "草莓", "樱桃",
            "车厘子", "芒果", "菠萝", "荔枝", "龙眼", "榴莲", "猕猴桃", "柚子", "柠檬", "蓝莓", "火龙果", "石榴", "红薯", "土豆", "白菜", "青菜", "萝卜",
            "黄瓜", "茄子", "辣椒", "番茄", "西红柿", "玉米", "猪肉", "牛肉", "羊肉", "鸡肉", "排骨", "鸡翅", "鸡腿", "鸭脖", "腊肉", "香肠", "腊肠", "火腿",
            "鱼", "虾", "螃蟹", "大闸蟹", "可乐", "雪碧", "北冰洋", "啤酒", "白酒", "红酒", "矿泉水", "纯净水", "果汁", "咖啡", "奶茶", "茶叶", "绿茶",
            "红茶", "竹叶青", "龙井", "普洱", "瓜子", "花生", "核桃", "薯片", "饼干", "巧克力", "糖果", "洗衣液", "洗衣粉", "洗洁精", "洗发水", "沐浴露", "牙膏",
            "牙刷", "纸巾", "抽纸", "卷纸", "湿巾", "毛巾", "香皂", "肥皂", "垃圾袋", "保鲜袋", "保鲜膜", "尿不湿", "纸尿裤", "奶粉");

    private EverydayGoods() {}

    /** Whether {@code word}, written whole, names an everyday good. */
    public static boolean names(String word) {
        return NAMES.contains(word);
    }
}
