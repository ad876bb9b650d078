package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.Fillers;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.jielong.tokens.Remarks;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.util.List;

/**
 * How much a word group reads like a neighbour's name rather than a place, a department or a remark. When a
 * line holds two word groups before its order ({@code 龙湖天街 Vicky 1}, {@code 财务部-小芸-2盒},
 * {@code 张三 少辣 2份}), the one that reads more like a name is the person; on a tie the first one is.
 */
public final class NameLikeness {

    private static final List<String> NAME_ENDINGS = List.of(
            "姐姐", "哥哥", "阿姨", "老师", "师傅", "妈妈", "宝妈", "姐", "哥", "妈", "爸", "叔", "姨", "总", "宝", "妹", "弟", "嫂", "婶", "奶",
            "爷", "婆", "伯", "公", "生", "太", "仔", "同学", "会计", "医生", "护士", "主任", "经理", "科长", "校长", "教练", "秘书", "总监", "助理",
            "律", "工", "姑", "舅", "娘", "倌", "sir", "Sir", "SIR");
    private static final List<String> PLACE_ENDINGS = List.of(
            "部", "组", "科", "处", "室", "站", "店", "厂", "所", "馆", "公司", "中心", "工位", "前台", "门卫", "保安", "仓库", "车间", "湖", "岛",
            "港", "桥", "街", "路", "道", "号", "场", "屋", "队", "学", "办", "班", "村", "浜", "宅", "寨", "屯", "镇", "巷");
    /**
     * Last characters that make a nickname-shaped word ({@code 老屋}, {@code 大队部}, {@code 小学}, {@code 老街}) a place.
     */
    private static final String PLACE_LAST_CHARACTERS = "屋场部队组村厂店学班街镇宅巷浜寨屯";
    /** Teams written in Latin letters ({@code IT 小郑}): a department, not a name. */
    private static final List<String> LATIN_DEPARTMENTS = List.of(
            "IT",
            "HR",
            "QA",
            "PM",
            "BD",
            "UI",
            "UX",
            "PR",
            "CEO",
            "CFO",
            "CTO",
            "COO",
            "R&D",
            "DBA",
            "SRE",
            "OPS",
            "FE",
            "RD",
            "AE",
            "GM",
            "IR",
            "VP",
            "PMO",
            "IT部",
            "HRBP",
            "ICU",
            "EICU",
            "CCU",
            "NICU",
            "Sales",
            "Finance",
            "Admin",
            "Marketing",
            "Ops",
            "Class",
            "QC");

    private static final List<String> PLACE_WORDS = List.of(
            "万科", "碧桂园", "保利", "恒大", "龙湖", "绿城", "融创", "中海", "华润", "万达", "金地", "招商", "雅居乐", "世茂", "富力", "旭辉", "人事",
            "行政", "采购", "财务", "法务", "销售", "研发", "市场", "客服", "技术", "后勤", "运营", "物业", "公司", "单位", "学校", "医院");
    private static final WordTable PLACE_TABLE = new WordTable(PLACE_WORDS);

    private NameLikeness() {}

    public static int of(String word) {
        String w = TextNormalizer.trimSeparators(word);
        if (w.isEmpty()) {
            return -9;
        }
        boolean asks = w.length() >= 3 && (w.startsWith("能") || w.startsWith("可以") || w.startsWith("我自己"));
        if (Questions.isHesitation(w) || (w.startsWith("有") && w.length() <= 2) || asks) {
            return -9; // 有 starts a question (茶痴老郑 有2015年的老寿眉吗)
        }
        int score = 0;
        boolean latin = false;
        boolean digit = false;
        boolean symbol = false;
        int han = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            latin |= CatalogMatcher.isAsciiLetter(c);
            digit |= c >= '0' && c <= '9';
            symbol |= c >= 0x2600 && !Character.isLetterOrDigit(c);
            han += ProductFragments.isHan(c) ? 1 : 0;
        }
        if (latin) {
            score += 3;
        }
        if (han >= 1 && han <= 3) {
            score += 1;
        }
        if (han >= 4) {
            score -= 1;
        }
        if (isLatinDepartment(w) || isSize(w)) {
            return -3;
        }
        if (isCommonEnglishWord(w) || w.startsWith("举手") || isCountOfKinds(w) || ORDERING_WORDS.contains(w)) {
            return -9; // 睿睿妈咪 sorry 取消, 十七 举手🙋: what the person says, not a second name
        }
        if ((w.startsWith("跟") || w.startsWith("和") || w.startsWith("同")) && w.endsWith("一样")) {
            return -9; // 跟Amy一样: the order, not a name
        }
        boolean nickname = isNickname(w) || teamThenNickname(w);
        if (nickname) {
            score += 2;
        }
        if (symbol) {
            score += 2;
        }
        if (COMPANIES.contains(w)) {
            score -= 5;
        }
        if (TEAMS.contains(w)) {
            score -= 3; // 商务 王磊, 审计 石头: the team, then the person
        }
        if (OCCUPATIONS.contains(w)) {
            score -= 4; // 护工 王阿姨, 小组长 李满秀: what the person does, then who
        }
        if (isHousehold(w)) {
            score -= 2; // 谢家 细伢: the family, then the one of it
        }
        if (!nickname && (Places.isPlace(w) || endsWithAny(w, PLACE_ENDINGS) || PLACE_TABLE.occursIn(w))) {
            score -= 3;
        }
        if (digit) {
            score -= 2;
        }
        boolean doubled = w.length() == 2 && w.charAt(0) == w.charAt(1); // 嗷嗷, 哈哈: a nickname, not two fillers
        if ((Remarks.isRemark(w) && !isSurnameAndKinship(w)) || (!Fillers.isSubstantive(w) && !doubled)) {
            score -= 3;
        }
        return score;
    }

    /** {@code 小周}, {@code 老韩}, {@code 阿珊}, {@code 王姐}, {@code 晶晶}: the shapes Chinese nicknames take. */
    static boolean isNickname(String w) {
        int n = w.length();
        if (n >= 2 && PLACE_LAST_CHARACTERS.indexOf(w.charAt(n - 1)) >= 0 && !w.endsWith("同学")) {
            return false;
        }
        if (n >= 2 && n <= 3 && "小老阿大".indexOf(w.charAt(0)) >= 0 && ProductFragments.isHan(w.charAt(1))) {
            return true;
        }
        if (n == 2 && w.charAt(0) == w.charAt(1) && ProductFragments.isHan(w.charAt(0))) {
            return true;
        }
        return n >= 2 && n <= 5 && endsWithAny(w, NAME_ENDINGS);
    }

    /** The commonest family names ({@code Leo 张}, {@code 王庄}). */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    /** {@code 刘秀兰}, {@code 王小军}: three characters after one of the commonest family names, a full name. */
    static boolean isFullName(String w) {
        return w.length() == 3 && isSurnameAndGivenName(w);
    }

    /** {@code 刘德胜}, {@code 孙琪}: one of the commonest family names and a given name of one or two characters. */
    static boolean isSurnameAndGivenName(String w) {
        return (w.length() == 2 || w.length() == 3)
                && isCommonSurname(w.charAt(0))
                && w.chars().allMatch(c -> ProductFragments.isHan((char) c))
                && w.chars().skip(1).noneMatch(c -> "了的吗呢吧啊哒嘛不没要得".indexOf(c) >= 0)
                && !Remarks.isRemark(w);
    }

    /** Whether {@code c} is one of the commonest family names. */
    static boolean isCommonSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    private static final List<String> KINSHIP_WORDS = List.of(
            "奶奶", "爷爷", "阿姨", "叔叔", "大爷", "大妈", "大姐", "大哥", "阿婆", "阿公", "婆婆", "伯伯", "姐姐", "哥哥", "老师", "师傅", "姐", "哥",
            "叔", "姨", "婶", "伯", "大娘", "大爹", "大伯", "大嫂", "嫂", "三爷", "二爷", "娭毑", "嬢嬢", "孃孃", "满娘", "爷", "阿嬷", "阿婆", "姑",
            "舅", "老汉", "老倌", "三哥", "二哥", "二姐", "三姐", "师母", "师娘", "大夫", "老板", "医生");

    /** {@code 周姐}, {@code 付阿姨}: a surname and the word that says who she is to us, whatever the surname reads as. */
    static boolean isSurnameAndKinship(String w) {
        return w.length() >= 2
                && w.length() <= 3
                && ProductFragments.isHan(w.charAt(0))
                && KINSHIP_WORDS.contains(w.substring(1));
    }

    private static final List<String> RELATIVES = List.of(
            "外婆", "外公", "奶奶", "爷爷", "姥姥", "姥爷", "妈妈", "爸爸", "妈", "爸", "妈咪", "爹地", "家长", "小姨", "舅舅", "姑姑", "老公", "老婆");

    /** {@code 周子涵 外婆}, {@code 马骁 妈}: the word after a child's name that says who signs for the child. */
    static boolean isRelativeWord(String w) {
        return RELATIVES.contains(w);
    }

    /** {@code 宝宝外婆}, {@code 乐乐妈妈}: a child's name and who signs for the child (not {@code 替我妈}). */
    static boolean endsWithRelative(String w) {
        for (String relative : RELATIVES) {
            if (w.length() > relative.length()
                    && w.endsWith(relative)
                    && w.chars().noneMatch(c -> "我你他她替帮给的".indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 王 奶奶}, {@code 李 阿姨}: after a surname written apart, the word that says who she is to us. */
    static boolean isKinshipWord(String w) {
        return KINSHIP_WORDS.contains(w);
    }

    /** Teams and desks colleagues write glued before their name ({@code 财务小周}, {@code 技术部老周}). */
    private static final List<String> TEAMS = List.of(
            "人事", "行政", "采购", "财务", "法务", "销售", "研发", "市场", "客服", "技术", "后勤", "运营", "前台", "营业", "零售", "质检", "设计", "产品",
            "综合", "运维", "测试", "开发", "前端", "后端", "售后", "品控", "仓储", "物流", "编辑", "商务", "审计", "总务", "公关", "策划", "企划", "宣传",
            "工会", "数据", "算法", "风控", "人力", "财务部", "教务", "药房", "导医台", "分诊台", "护士站", "门诊", "急诊", "病区", "检验科", "放射科", "彩超室",
            "安环", "人资", "研一", "研二", "研三", "博一", "博二", "博三", "车间", "班组", "保卫科", "后勤处", "仓库", "机加工", "印务", "给排水", "储运",
            "机修", "装配", "包装", "冲压", "注塑", "喷涂", "焊装", "总装", "品质", "计划", "调度", "生产", "工艺", "模具", "维修", "食堂", "后厨", "心内",
            "心外", "神内", "神外", "普外", "胸外", "肝胆", "骨科", "儿科", "妇科", "产科", "眼科", "口腔", "耳鼻喉", "皮肤科", "内分泌", "消化", "呼吸",
            "肾内", "血液", "肿瘤", "康复", "护理部", "院办", "医务", "药剂");

    /**
     * {@code 财务小周}, {@code 技术部老周}, {@code 人事部Coco}: a team glued before a colleague's name is how they
     * call themself in the group, so it stays in the name (unlike a place, {@link Places#withoutPlaceInFront}).
     */
    static boolean startsWithTeam(String word) {
        return word.length() > 1 && TEAM_TABLE.longestAt(word, 0, word.length() - 1) != null;
    }

    private static final WordTable TEAM_TABLE = new WordTable(TEAMS);

    /** Companies colleagues write before their name ({@code 百度 Jacky}, {@code 滴滴-老王师傅}). */
    private static final java.util.Set<String> COMPANIES = java.util.Set.of(
            "阿里", "腾讯", "百度", "京东", "美团", "字节", "华为", "滴滴", "网易", "拼多多", "大疆", "链家", "华润", "万科", "顺丰", "联想", "携程", "快手",
            "抖音", "58同城", "3M");

    /**
     * What people do, written before their name ({@code 护工 王阿姨}, {@code 实习生 Leo}, {@code 班主任 郑老师}). Alone, a
     * role may be how someone signs ({@code 园长 1份}); before a name it is the note.
     */
    private static final java.util.Set<String> OCCUPATIONS = java.util.Set.of(
            "实习", "实习生", "规培", "校医", "班主任", "班长", "组长", "小组长", "队长", "库管", "品管", "仓管", "理财", "出纳", "文员", "收银", "收银员",
            "店长", "主管", "助教", "值班", "护工", "电工", "保安", "保洁", "司机", "厨师", "村医", "石匠", "木匠", "瓦工", "焊工", "钳工", "门卫", "宿管",
            "生管", "跟单", "业务", "业务员", "心电图", "器械", "麻醉", "药剂", "住院部", "手术室", "科秘", "护士", "护士长", "调度员", "小卖部", "小卖铺",
            "村小", "村委", "村部");

    /** {@code 谢家}, {@code 殷家}: a surname and 家, the household (not {@code 老孟家}, a nickname). */
    private static boolean isHousehold(String w) {
        return w.length() == 2
                && w.charAt(1) == '家'
                && ProductFragments.isHan(w.charAt(0))
                && "小老阿大我你他她".indexOf(w.charAt(0)) < 0;
    }

    /** Team words that are no prefix of a colleague's name in {@link #TEAMS}, but stand alone before it. */
    private static final java.util.Set<String> MORE_TEAMS = java.util.Set.of(
            "人力",
            "品牌",
            "风控",
            "人资",
            "总经办",
            "董办",
            "工程",
            "土木",
            "机械",
            "电气",
            "计算机",
            "中文",
            "外语",
            "数学",
            "物理",
            "化学",
            "建筑",
            "临床",
            "女生",
            "男生",
            "研究生",
            "留学生",
            "护理",
            // a school's subjects, as teachers sign (音乐 小邹老师), and a building site's trades (木工 老赵)
            "语文",
            "英语",
            "历史",
            "地理",
            "政治",
            "生物",
            "音乐",
            "美术",
            "体育",
            "科学",
            "信息",
            "道法",
            "心理",
            "木工",
            "杂工",
            "焊接",
            "电焊",
            "油漆",
            "油漆工",
            "水电",
            "水电工",
            "泥工",
            "钢筋",
            "钢筋工",
            "架子工",
            "小工",
            "搬运",
            "质控",
            "合规");

    /** {@code 市场部}, {@code 人事}, {@code 检验科}, {@code 二车间}: a department or team of a workplace. */
    static boolean isDepartment(String w) {
        return TEAMS.contains(w)
                || MORE_TEAMS.contains(w)
                || (w.length() >= 3 && w.length() <= 6 && endsWithAny(w, DEPARTMENT_ENDINGS))
                || isWard(w);
    }

    /** {@code 心内CCU}, {@code 儿科NICU}, {@code 急诊EICU}: a department and the capitals of its ward or unit. */
    private static boolean isWard(String w) {
        int letters = w.length();
        while (letters > 0 && w.charAt(letters - 1) >= 'A' && w.charAt(letters - 1) <= 'Z') {
            letters--;
        }
        int capitals = w.length() - letters;
        return capitals >= 2 && capitals <= 5 && letters >= 2 && TEAMS.contains(w.substring(0, letters));
    }

    private static final List<String> DEPARTMENT_ENDINGS = List.of("部", "科", "处", "中心", "车间", "班组", "事业部");

    /** {@code 研发 Jack}, {@code 百度 Jacky}: a team or company before a colleague's name. */
    static boolean isTeamOrCompany(String w) {
        return !w.isEmpty()
                && (TEAMS.contains(w)
                        || isWard(w)
                        || COMPANIES.contains(w)
                        || PLACE_TABLE.occursIn(w)
                        || endsWithAny(w, PLACE_ENDINGS)
                        || PLACE_ENDINGS.contains(w)
                        || Places.isPlace(w)
                        || MORE_TEAMS.contains(w)
                        || OCCUPATIONS.contains(w));
    }

    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of(
            "sorry", "thanks", "thank", "thx", "ok", "okay", "pls", "please", "hello", "hi", "yes", "no", "plus",
            "same", "add", "cancel", "again", "also", "me", "too", "and", "the", "for", "one", "two", "three", "change",
            "to", "more", "each", "make", "it");

    /** {@code sorry}, {@code thanks}, {@code pls}: what the person says in English, not who they are. */
    static boolean isCommonEnglishWord(String w) {
        return !w.isEmpty()
                && CatalogMatcher.isAsciiLetter(w.charAt(0))
                && w.length() <= 6
                && ENGLISH_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code 6栋502 来个三盒}: the words of ordering before a count, not a name. */
    private static final java.util.Set<String> ORDERING_WORDS = java.util.Set.of(
            "来个", "来", "要", "来点", "整个", "要个", "拿", "拿个", "买", "订", "我要", "来份", "要份", "给我", "帮我", "给我来", "我也要", "也要",
            "加", "加个", "加多", "加多个", "再加", "再加个", "再来", "再来个", "再要", "另加", "追加", "整", "搞", "搞个");

    /** {@code 人事团子}, {@code 财务小周}: a team glued before a short name is a colleague (see {@link #startsWithTeam}). */
    private static boolean teamThenNickname(String w) {
        for (String team : TEAMS) {
            if (w.startsWith(team) && w.length() > team.length()) {
                String rest = w.substring(team.length());
                boolean word = rest.length() >= 2
                        && rest.length() <= 3
                        && rest.chars().allMatch(c -> ProductFragments.isHan((char) c))
                        && PLACE_LAST_CHARACTERS.indexOf(rest.charAt(rest.length() - 1)) < 0
                        && !PLACE_ENDINGS.contains(rest)
                        && !endsWithAny(rest, PLACE_ENDINGS);
                return isNickname(rest) || word; // not 财务部, 销售二部: the team alone
            }
        }
        return false;
    }

    /** {@code 三样}, {@code 两种}, {@code 每样}: how many kinds the person wants, not who they are. */
    private static boolean isCountOfKinds(String w) {
        return w.length() == 2 && "一二两三四五六七八九十几每".indexOf(w.charAt(0)) >= 0 && "样种款".indexOf(w.charAt(1)) >= 0;
    }

    /** {@code L码}, {@code XL码}, {@code 38码}: a size, not a person. */
    private static final java.util.regex.Pattern CLOTHING_SIZE =
            java.util.regex.Pattern.compile("(?i)(?:[2-6]?X{1,4}[SL]|[SML])");

    /** {@code 38码}, {@code XL}, {@code 3XL}: a size, not a name. */
    private static boolean isSize(String w) {
        if (CLOTHING_SIZE.matcher(w).matches()) {
            return true;
        }
        if (w.length() < 2 || w.charAt(w.length() - 1) != '码') {
            return false;
        }
        for (int i = 0; i < w.length() - 1; i++) {
            if (!CatalogMatcher.isAsciiLetter(w.charAt(i)) && !Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code IT}, {@code HR}: a team written in Latin capitals. */
    static boolean isLatinDepartment(String w) {
        return LATIN_DEPARTMENTS.contains(w);
    }

    private static boolean endsWithAny(String w, List<String> endings) {
        char last = w.charAt(w.length() - 1);
        for (String ending : endings) {
            if (ending.charAt(ending.length() - 1) != last) {
                continue;
            }
            if (w.endsWith(ending) && w.length() > ending.length()) {
                return true;
            }
        }
        return false;
    }
}
