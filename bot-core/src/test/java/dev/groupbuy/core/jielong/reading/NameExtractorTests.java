package dev.groupbuy.core.jielong.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.jielong.Catalogs;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameExtractorTests {

    private final LineTokenizer tokenizer = new LineTokenizer(new CatalogMatcher(Catalogs.strawberries()));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "李四 2盒|李四",
                "陈哥1袋|陈哥",
                "Lily 王 1袋|Lily 王",
                "Mary Jane 2盒|Mary Jane",
                "小美🍓 草莓2|小美🍓",
                "9号楼1单元 陈哥 1箱|陈哥",
                "5-2-301 魏东 2箱|魏东",
                "邓琳:3盒|邓琳",
                "高飞,2盒|高飞",
                "三妹 2盒|三妹",
                "韩冰两斤|韩冰",
                "胖丫 要2盒|胖丫",
                "Amy 订3盒|Amy",
                "晴天☀️ 1|晴天☀️",
                "小草莓 2盒|小草莓",
                "刘 看情况|刘",
                "草莓2盒|''",
                "阿强666 2盒|阿强666",
                "Lily2019 1盒|Lily2019",
                "7up 1盒|7up",
                "Tony_Wu 1盒|Tony_Wu",
                "Mo.XY x2|Mo.XY",
                "Mr. 黄 1盒 已转|Mr. 黄",
                "KEVIN Z 2盒|KEVIN Z",
                "小鹿✨momo 🌙 2盒|小鹿✨momo 🌙",
                "KK B2 少辣|KK",
                "H2 阿光 1盒|阿光",
                "2盒 阿雯|阿雯",
                "南区-小周 1盒|小周",
                "小周-南区 1盒|小周",
                "云景苑二期-小周 1盒|小周",
                "翠湖湾 Lily 2盒|Lily",
                "16F 小王 1盒|小王",
                "五号楼 阿May 1盒|阿May",
                "张三✅ 2盒|张三",
                "王 Lily 1盒|王 Lily",
                "小 王 1盒|小 王",
                "8-1-502 2盒|8-1-502",
                "1102 2盒|1102",
                "3-501 十一 2盒|十一",
                "东门李姐 2盒|李姐",
                "云景苑小周 1盒|小周",
                "Lily 🌸 2盒|Lily 🌸",
                "Anna 小王 1盒|Anna 小王",
                "龙湖天街 Vicky 1|Vicky",
                "财务部-小芸-2盒|小芸",
                "张三 少辣 2盒|张三",
                "刘 看情况|刘",
                "2201 小叶子 1盒|小叶子",
                "A-Li 3盒|A-Li",
                "张.三 2盒|张.三",
                "2-101 五月 2盒|五月",
                "安妮 Annie 2盒|安妮 Annie",
                "小象 Ellie 2盒|小象 Ellie",
                "研发 Jack 2盒|Jack",
                "百度 Jacky 2盒|Jacky",
                "G12工位 Kevin 1盒|Kevin",
                "🌙 月亮 1盒|🌙 月亮",
                "睿睿妈咪 sorry 取消|睿睿妈咪",
                "十七 举手🙋|十七",
                "@小鹿✨momo 🌙 一休 1盒|一休",
                "@小美 2盒|小美",
                "小冉@链家 2盒|小冉",
                "老王2号 1盒|老王2号",
                "5楼东户 王姨 2盒|王姨",
                "滴滴-老王师傅 1盒|老王师傅",
                "研发二部 1盒 小钟 不要辣|小钟",
                "2盒 法务 小陈 都中辣|小陈",
                "_小雪_ 2盒|_小雪_",
                "Momo_ 草莓两盒|Momo_",
                "北苑_胖虎 1盒|胖虎",
                "产品部-Ella 补一盒|Ella",
                "22F-DBA 胖哥 2盒|胖哥",
                "Vicky77(16-1-1203)两盒|Vicky77",
                "宝妈2号(三期20-3203)2盒|宝妈2号",
                "520小猪 2盒|520小猪",
                "99度 3盒 14栋1304|99度",
                "25号 3盒|''",
                "502刘阿姨 两盒 下午5点以后在家|刘阿姨",
                "运维 Eric 2盒|Eric",
                "人事团子 草莓|人事团子",
                "财务部 小周 1盒|小周",
                "🧧利是🧧 四盒|🧧利是🧧",
                "商务 王磊 1盒|王磊",
                "钟老师 ❌不要了|钟老师",
                "小草莓🍓 1盒 已付|小草莓🍓",
                "3号楼 小米 2盒|小米"
            })
    void findsTheName(String body, String name) {
        assertThat(NameExtractor.extract(tokenizer.tokenize(body)).text()).isEqualTo(name);
    }
}
