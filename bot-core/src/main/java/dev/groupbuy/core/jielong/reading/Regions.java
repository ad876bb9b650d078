package dev.groupbuy.core.jielong.reading;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cities, districts and towns residents write before their name when a group spans a region ({@code 景洪 岩温},
 * {@code 大良 陈生}, {@code 福田 Lisa}, {@code 定海 东门 林师母}). Only where two word groups stand before the order
 * does it matter: the region is the note, the word after it the person. Glued to a nickname ({@code 铁岭小王}) a
 * hometown stays part of the name, as the group calls her. Names that are as often someone's given name
 * ({@code 长春}, {@code 安康}, {@code 和平}, {@code 光明}) are left out.
 */
final class Regions {

    private static final Set<String> NAMES = Stream.of(
                    // municipalities, provincial capitals and the larger cities
                    "北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 无锡 常州 南通 扬州 镇江 泰州 徐州 盐城 淮安 连云港 宿迁 宁波 温州 绍兴 嘉兴 湖州 金华 台州"
                            + " 衢州 舟山 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 泉州 漳州 莆田 三明 南平 龙岩 宁德"
                            + " 南昌 九江 景德镇 萍乡 新余 鹰潭 赣州 上饶 抚州 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽"
                            + " 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门"
                            + " 孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 张家界 益阳 郴州 永州 怀化 娄底 韶关 珠海 汕头 佛山 江门 湛江"
                            + " 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 百色 贺州 河池 崇左"
                            + " 海口 三亚 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 毕节"
                            + " 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 临沧 大理 西双版纳 拉萨 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 兰州 嘉峪关 天水"
                            + " 武威 张掖 酒泉 庆阳 定西 陇南 西宁 银川 石嘴山 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 喀什 伊犁 石家庄 唐山 秦皇岛 邯郸 邢台"
                            + " 保定 张家口 承德 沧州 廊坊 衡水 太原 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔"
                            + " 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 四平 辽源 通化 松原 白城 延边 哈尔滨 齐齐哈尔"
                            + " 鸡西 鹤岗 双鸭山 大庆 佳木斯 七台河 牡丹江 黑河 绥化 义乌 昆山 常熟 张家港 太仓 江阴 宜兴 慈溪 余姚 诸暨 瑞安 乐清 晋江 石狮",
                    // provinces and regions, and the districts many cities have
                    "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙 内蒙古 广西 西藏"
                            + " 宁夏 新疆 香港 澳门 台湾 东北 河东 河西",
                    // the west and the south-west, where groups write the county or town before the name
                    "阿勒泰 塔城 和田 博乐 库尔勒 阿克苏 伊宁 奎屯 石河子 昌吉 米东 沙区 水磨沟 头屯河 达坂城 日喀则 林芝 山南 昌都 那曲 城关 堆龙"
                            + " 柳梧 达孜 康定 泸定 西昌 昭觉 喜德 冕宁 会理 理塘 稻城 马尔康 九寨沟 红原 若尔盖 德钦 瑞丽 芒市 腾冲 蒙自 个旧 建水 弥勒"
                            + " 楚雄 下关 喜洲 双廊 格尔木 德令哈 玉树 海东 夏河 临夏 甘南 敦煌 新都桥 勐腊 思茅 澜沧 西盟 孟连",
                    // districts of the big cities
                    "朝阳 海淀 东城 西城 丰台 石景山 通州 昌平 大兴 顺义 房山 门头沟 怀柔 密云 延庆 平谷 望京 回龙观 天通苑 亦庄 浦东 黄浦 徐汇 闵行"
                            + " 虹口 杨浦 静安 嘉定 松江 青浦 奉贤 崇明 南山 福田 罗湖 龙岗 龙华 坪山 盐田 天河 越秀 荔湾 番禺 花都 南沙 从化"
                            + " 增城 萧山 余杭 临平 钱塘 富阳 临安 拱墅 滨江 玄武 秦淮 建邺 浦口 栖霞 雨花台 江宁 六合 溧水 高淳 江岸 江汉 硚口 汉阳 武昌"
                            + " 汉口 洪山 东西湖 蔡甸 江夏 黄陂 新洲 光谷 锦江 青羊 武侯 成华 龙泉驿 青白江 新都 温江 双流 郫都 新津 都江堰 南开 东丽"
                            + " 西青 津南 北辰 武清 宝坻 静海 蓟州 渝中 江北 沙坪坝 九龙坡 南岸 北碚 渝北 巴南 万州 涪陵 永川 合川 江津 雁塔 碑林 莲湖 未央"
                            + " 灞桥 临潼 铁西 沈河 皇姑 浑南 姑苏 吴中 相城 吴江 锡山 惠山 梁溪 新吴 禅城 顺德 三水 大良 容桂 莞城 虎门 厚街 常平 塘厦"
                            + " 樟木头 景洪 勐海 勐腊 定海 岱山 台江 仓山 晋安 闽侯 湖里 海沧 同安 翔安 市南 市北 李沧 崂山 黄岛 城阳 即墨 胶州"
                            + " 历下 槐荫 历城 章丘 岳麓  开福 望城  管城 惠济 郑东 蜀山 包河 瑶海 庐阳 官渡 五华 盘龙 呈贡"
                            + " 青秀 兴宁 西乡塘 良庆 邕宁 观山湖 南明 云岩 越城 柯桥 上虞 鄞州 海曙 江北 镇海 北仑 奉化 鹿城 瓯海 龙湾 婺城 金东")
            .flatMap(s -> Stream.of(s.split(" ")))
            .filter(s -> !s.isEmpty())
            .distinct()
            .collect(Collectors.toUnmodifiableSet());

    private Regions() {}

    /** Whether {@code word} is a city, a district or a town of the list: a place before the name, never the name. */
    static boolean isRegion(String word) {
        return NAMES.contains(word);
    }
}
