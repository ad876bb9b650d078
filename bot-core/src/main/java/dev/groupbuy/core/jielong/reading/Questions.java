package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.TokenKinds;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.util.List;

/**
 * Lines that ask instead of ordering ({@code 王姐 ？}, {@code 还有吗}, {@code 能要2份吗}) and lines that hold a
 * place without saying how much ({@code 老样子}, {@code 先占个位}, {@code 看情况}): both need a human.
 */
public final class Questions {

    private static final List<String> ASKING = List.of(
            "吗", "什么时候", "多少钱", "几点", "有没有", "还有没", "能不能", "可不可以", "可以不", "行不行", "是不是", "怎么", "咋", "有没得", "有冇得", "有冇",
            "有伐", "可以伐", "好伐", "有没", "有莫得", "行不", "几天", "多久", "哪天", "的还是", "多大", "多重", "哪个", "哪种", "是吧", "对吧", "便宜点",
            "便宜些", "优惠点", "打个折", "还是偏", "什么馅", "啥馅", "什么味", "什么区别", "啥区别", "有啥不同", "是什么", "是啥", "便宜不", "能便宜", "有几",
            "是咪", "系咪", "咩", "定系", "多少", "剩几", "有货", "一袋几", "一盒几", "一箱几", "一斤几", "什么口味", "啥口味", "什么花", "什么品种", "啥品种",
            "哪个品种", "有多", "几层", "几房", "几号果", "哪里的", "哪儿的", "产地", "哪产", "几只来着", "几包来着", "几个来着", "有些啥", "些啥子", "格是", "阿是",
            "好多钱", "几多钱", "多钱", "有冒", "得唔得", "可唔可以", "行唔行", "好唔好", "使唔使", "得冇", "中不中", "点卖", "请问", "有无", "几钱", "有好多",
            "好多个", "几斤重", "几两重", "几斤起", "阿有", "有什么菜", "有啥菜", "有什么东西", "都有啥", "都有什么", "有哪些", "折扣", "整个优惠", "给个优惠", "吃几",
            "喝几", "哪年", "几年的");
    private static final List<String> NO_COMMITMENT = List.of(
            "老样子", "先占", "占位", "占个", "看情况", "待定", "再说", "考虑", "不确定", "到时候", "有多少要多少", "看着办", "随意", "看看", "少来点", "少要点",
            "少点", "上次一样", "跟上次", "和上次", "照上次", "上次的", "照旧", "来点", "看着给", "钱的", "老规矩", "看着拿", "没想好", "还没定", "再定", "想想",
            "看明天", "要几", "好呢", "十来", "几个", "几斤", "几袋", "几盒", "几份", "十几个", "来斤", "先记上", "先记着", "等我问", "问下", "问问", "收到",
            "好的", "知道了", "明白", "辛苦了", "报个名", "先报名", "先登记", "睇下", "睇吓", "回头定", "少啲", "多啲");

    private static final WordTable ASKING_TABLE = new WordTable(ASKING);

    /** Exclamations that hold an asking word: {@code 嘹咋咧} (Shaanxi, "great"), {@code 多大事} ("no big deal"). */
    private static final WordTable PRAISE = new WordTable(List.of("嘹咋咧", "嘹扎咧", "撩咋咧", "嘹咋了", "多大事", "多大点事", "多大个事"));
    /**
     * Words that add someone else's share to the line ({@code 帮隔壁也带1盒}, {@code 我和我妈各一袋},
     * {@code 一人一盒}): whether the count after them is in the line's own or on top of it, a leader asks.
     * {@code 2盒,帮隔壁带一盒} (the neighbour's inside the two) is no such word, nor {@code 我和老公 2盒}
     * (together two): {@code 我和} only with 各 after it.
     */
    private static final WordTable OTHERS_TABLE = new WordTable(List.of("也带", "也帮", "也给", "一人", "两家", "各带"));

    private static final WordTable TOGETHER_TABLE = new WordTable(List.of("我和", "我跟", "我们"));

    private static final WordTable NO_COMMITMENT_TABLE = new WordTable(NO_COMMITMENT);

    /** {@code 微辣不辣无所谓}: either is fine, no question. */
    private static final WordTable NO_MATTER = new WordTable(List.of("无所谓", "都行", "都可以", "随便", "都好", "没关系"));

    private Questions() {}

    /** {@code 能便宜点不}, {@code 可以晚点给不}: "can it…, or not", asked with 不 at the end. */
    static boolean canOrNot(String text) {
        String w = text.strip();
        return w.length() >= 3 && w.endsWith("不") && (w.startsWith("能") || w.startsWith("可以"));
    }

    /**
     * {@code 有5斤装的没}, {@code 有小的没有}: 有 first and 没 (or 冇, 无) last, the words around what is asked about.
     */
    private static boolean haveOrNot(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.is(TokenKind.TEXT) ? t.text() : "";
            if (w.length() >= 3 && w.startsWith("有") && (endsAskingWhetherThereIs(w) || w.endsWith("不"))) {
                return true; // 香油1瓶 有花生油没, 1袋 有花卷不
            }
        }
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).isSubstantive()) {
            first++;
        }
        int last = tokens.size() - 1;
        while (last > first && !tokens.get(last).isSubstantive()) {
            last--;
        }
        if (first >= last || !tokens.get(last).is(TokenKind.TEXT)) {
            return false;
        }
        String end = tokens.get(last).text();
        for (int k = first + 1; k < last && endsAskingWhetherThereIs(end); k++) {
            Token t = tokens.get(k); // 土豆2斤 有大点的土豆没, 1罐 有半斤装的没: 有… after the order, …没 last
            if (t.is(TokenKind.TEXT) && t.text().startsWith("有")) {
                return true;
            }
        }
        return tokens.get(first).is(TokenKind.TEXT)
                && tokens.get(first).text().equals("有")
                && (endsAskingWhetherThereIs(end) || end.endsWith("无"));
    }

    /** {@code …没}, {@code …没有}, {@code …冇}, {@code …没得}: the end of 有…没, asking whether there is any. */
    private static boolean endsAskingWhetherThereIs(String w) {
        return w.endsWith("没")
                || w.endsWith("没有")
                || w.endsWith("冇")
                || w.endsWith("没得")
                || w.endsWith("冇得")
                || w.endsWith("的伐"); // 有荠菜的伐: Shanghainese 伐 asks as 吗
    }

    /**
     * {@code 要不要}, {@code 辣不辣}, {@code 起不起得来}, {@code 甜唔甜}, {@code 打没打蜡}: a verb, 不 (唔, 没, 冇) and the
     * verb again ask a question.
     */
    static boolean isANotA(String text) {
        if (text.contains("不要不要")) {
            return false; // 好吃到不要不要的: ever so good, no question
        }
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i - 1);
            if ("不唔没冇".indexOf(text.charAt(i)) >= 0
                    && text.charAt(i + 1) == c
                    && "不唔没冇".indexOf(c) < 0
                    && ProductFragments.isHan(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Particles that end a yes-or-no question where a question mark is not typed: 伐 (Wu), 啵 and 冒 (Xiang), 不
     * (everywhere), 咩 (Cantonese); not 嘛, which softens a request ({@code 多给点红油嘛}): {@code 甜伐}, {@code 辣得很啵}, {@code 熟了冒}, {@code 酸菜酸不}.
     */
    private static final String QUESTION_ENDINGS = "伐啵冒不咩";

    /**
     * {@code A1 C1 甜伐}, {@code 1斤 是大连的不}: the line's last words after its order end with a particle of asking;
     * not {@code 不要}, and not the line's only words.
     */
    private static boolean endsTheLineAsking(List<Token> tokens, int k) {
        String w = tokens.get(k).text();
        if (k == 0 || w.isEmpty() || QUESTION_ENDINGS.indexOf(w.charAt(w.length() - 1)) < 0) {
            return false;
        }
        if (w.length() == 1
                && !(tokens.get(k - 1).gluedTo(tokens.get(k))
                        && tokens.get(k - 1).is(TokenKind.NUMBER))) {
            return false; // 价钿还是20伐: the particle glued to the number asked about
        }
        for (int j = k + 1; j < tokens.size(); j++) {
            if (tokens.get(j).isSubstantive()) {
                return false;
            }
        }
        for (int j = 0; j < k; j++) {
            if (tokens.get(j).is(TokenKind.NUMBER) || tokens.get(j).is(TokenKind.PRODUCT)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 一箱大概几个}, {@code 一提几包}, {@code 每盒有几只}: how many make one of what is sold; {@code 几J的}: its grade. */
    private static final java.util.regex.Pattern HOW_MANY_IN_ONE =
            java.util.regex.Pattern.compile("[一每][箱盒袋斤份提包只个瓶条串把束罐桶](?:大概|大约|差不多|有|装)?几|几[A-Za-z]");

    /**
     * {@code 全脂还是脱脂}, {@code 谷饲还是草饲}, {@code 肥的多还是瘦的多}: one kind or the other, asked; not {@code 还是两盒}
     * (still two) nor {@code 还是要…} (after all).
     */
    private static final java.util.regex.Pattern ONE_OR_THE_OTHER =
            java.util.regex.Pattern.compile("^是?[\\p{IsHan}]{1,5}还是(?![一两二三四五六七八九十要不老算就按照跟原那这])[\\p{IsHan}]{1,5}$");

    /** {@code 是甜的吧}, {@code 是纯荠菜的不}, {@code 是现煎的伐}, {@code 是槐花蜜还是…}: what kind the product is, asked. */
    private static final java.util.regex.Pattern ASKS_WHAT_KIND = java.util.regex.Pattern.compile(
            "(?<!还)是[^,，。\\s]{1,6}的(?:[吗吧嘛不伐么]|\\p{IsHan}{1,3}[吗吧伐么]$)|^是[^,，。\\s]{1,6}还是");

    /**
     * {@code 一盒好伐} (Wu), {@code 来三块中不中} (Henan): "all right?" said right after the count, ending the line — the
     * resident asks the leader to take the order, not about it.
     */
    private static boolean confirmsTheCount(List<Token> tokens, int k) {
        String word = tokens.get(k).text();
        if (!word.equals("好伐") && !word.equals("中不中") && !word.equals("好伐呀") && !word.equals("中不")) {
            return false;
        }
        int before = Token.nonSpaceUpTo(tokens, k - 1);
        for (int j = k + 1; j < tokens.size(); j++) {
            if (!tokens.get(j).is(TokenKind.SPACE)) {
                return false;
            }
        }
        return before >= 0 && tokens.get(before).is(TokenKind.NUMBER);
    }

    /** What kind the product is ({@link #ASKS_WHAT_KIND}), or whether it is yet ({@code 熟了没}). */
    private static final java.util.regex.Pattern ASKS_WHAT_IT_IS =
            java.util.regex.Pattern.compile(ASKS_WHAT_KIND.pattern() + "|了(没|没有|冇)$");

    /**
     * {@link ReviewReason#QUESTION} when the line asks, {@link ReviewReason#CONFLICTING_NUMBERS} when it says one
     * more or one less ({@link #relativeChange}), else {@code null}; one pass over the line.
     */
    static ReviewReason doubt(List<Token> tokens) {
        if (haveOrNot(tokens)) {
            return ReviewReason.QUESTION; // 有5斤装的没: is there any?
        }
        ReviewReason found = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PUNCT)) {
                if (t.isChar('?') && !aboutDelivery(tokens, k)) {
                    return ReviewReason.QUESTION;
                }
            } else if (t.is(TokenKind.REMARK)) {
                String content = t.content();
                if ((content.indexOf('?') >= 0 || ASKING_TABLE.occursIn(content)) && !aboutDelivery(tokens, k)) {
                    return ReviewReason.QUESTION; // 1箱(2箱寄老家可以吗): the bracket asks the leader
                }
            } else if (t.is(TokenKind.TEXT)) {
                if (confirmsTheCount(tokens, k)) {
                    continue; // 一盒好伐, 来三块中不中: "one box, all right?" — the count stands
                }
                if ((t.containsWordOf(ASKING_TABLE)
                                || isANotA(t.text()) && !NO_MATTER.occursIn(t.text())
                                || canOrNot(t.text())
                                || ASKS_WHAT_IT_IS.matcher(t.text()).find()
                                || howManyIn(tokens, k)
                                || t.text().indexOf('几') >= 0
                                        && HOW_MANY_IN_ONE.matcher(t.text()).find()
                                || t.text().contains("还是")
                                        && ONE_OR_THE_OTHER.matcher(t.text()).find()
                                        && !DELIVERY.occursIn(t.text())
                                || endsTheLineAsking(tokens, k)
                                || codeOrCode(tokens, k))
                        && !aboutDelivery(tokens, k)
                        && !t.containsWordOf(PRAISE)) { // 肉夹馍2 嘹咋咧: Shaanxi for "great", no question in its 咋
                    return ReviewReason.QUESTION;
                }
                if (found == null
                        && k + 1 < tokens.size()
                        && isRelative(t, tokens.get(k + 1))
                        && !(wantsMoreOrLess(t) && finalCountAfter(tokens, k + 2))) {
                    found = ReviewReason.CONFLICTING_NUMBERS;
                }
                if (found == null && isEitherBetweenQuantities(tokens, k)) {
                    found = ReviewReason.CONFLICTING_NUMBERS;
                }
                if (found == null
                        && t.containsWordOf(OTHERS_TABLE)
                        && after(tokens, k, TokenKind.NUMBER, TokenKind.EACH)
                        && !after(tokens, k, TokenKind.PLUS)) { // 1箱 也帮6楼李老师带一箱: read as one more
                    found = ReviewReason.CONFLICTING_NUMBERS;
                }
                if (found == null && t.containsWordOf(TOGETHER_TABLE) && after(tokens, k, TokenKind.EACH)) {
                    found = ReviewReason.CONFLICTING_NUMBERS;
                }
            }
        }
        if (found == null && asksWhatKindAtTheEnd(tokens)) {
            return ReviewReason.QUESTION; // 2号1 3号1 2号是清油的吧: a product named inside the question
        }
        return found;
    }

    /** {@code M还是L啊}: a product by its code or size, then 还是 and another code — which one, asked. */
    private static boolean codeOrCode(List<Token> tokens, int k) {
        String text = tokens.get(k).text();
        return k > 0
                && tokens.get(k - 1).is(TokenKind.PRODUCT)
                && tokens.get(k - 1).gluedTo(tokens.get(k))
                && text.length() > 2
                && text.startsWith("还是")
                && CatalogMatcher.isAsciiLetter(text.charAt(2));
    }

    /**
     * {@code 2号是清油的吧}: after the line's last count, the words and products to its end, read together, ask what
     * kind the product is.
     */
    private static boolean asksWhatKindAtTheEnd(List<Token> tokens) {
        int from = tokens.size();
        boolean product = false;
        boolean is = false;
        while (from > 0 && !tokens.get(from - 1).is(TokenKind.NUMBER)) {
            from--;
            product |= tokens.get(from).is(TokenKind.PRODUCT);
            is |= tokens.get(from).is(TokenKind.TEXT) && tokens.get(from).text().indexOf('是') >= 0;
        }
        if (!product || !is || from == 0) {
            return false;
        }
        StringBuilder tail = new StringBuilder();
        for (int k = from; k < tokens.size(); k++) {
            tail.append(tokens.get(k).text());
        }
        return ASKS_WHAT_KIND.matcher(tail.toString().strip()).find();
    }

    /**
     * Words of when and where an order is handed over, or how it is prepared, kept or paid; found anywhere in the
     * question ({@code 冷冻能放多久} holds 冻 and 放), so a longer word holding a listed one need not be listed.
     */
    private static final WordTable DELIVERY = new WordTable(List.of(
            "撬",
            "打鳞",
            "去鳞",
            "刮鳞",
            "能好",
            "寄",
            "运费",
            "冰箱",
            "会不会化",
            "压坏",
            "帮忙杀",
            "帮杀",
            "杀好",
            "剁",
            "帮开",
            "处理",
            "现金",
            "转账",
            "怎么做",
            "怎么吃",
            "几点",
            "听朝",
            "听日",
            "什么时候",
            "哪天",
            "到",
            "送",
            "取",
            "拿",
            "拎",
            "提货",
            "自提",
            "快递",
            "发货",
            "几时",
            "门卫",
            "上楼",
            "放",
            "发票",
            "开票",
            "几楼",
            "在哪",
            "哪里",
            "哪儿",
            "哪个门",
            "有人",
            "准时",
            "柜",
            "攞",
            "边度",
            "佗位",
            "啥时候",
            "留着",
            "帮我留",
            "早点",
            "工位",
            "前台",
            "上楼",
            "搬",
            "现钱",
            "what time",
            "when",
            "where",
            "arrive",
            "pick up",
            "pickup",
            "deliver",
            // how it is prepared or cooked
            "蒸",
            "煮",
            "煎",
            "炖",
            "烤",
            "炸",
            "几分钟",
            "开背",
            "开壳",
            "刷",
            "切",
            "腌",
            "现杀",
            "斩",
            "劏",
            "刮鳞",
            "去鳞",
            "去皮",
            "泡",
            "真空",
            "装袋",
            "分装",
            "装吗",
            "绑",
            "片好",
            "划",
            "削",
            "虾线",
            "冰袋",
            "蜡烛",
            "收吗",
            "热一下",
            "叮热",
            "包装",
            "打包",
            "包一下",
            "单独",
            "分开",
            "剥",
            "撕",
            "洗",
            "收拾",
            "封口",
            "留出来",
            "不冰",
            "去冰",
            "少冰",
            "劈",
            "地址",
            "烧好",
            "点钟",
            "择",
            "掐",
            "扔",
            "刀叉",
            "微波炉",
            "袋子",
            "盒子装",
            "装得下",
            "包赔",
            "做好",
            "开埋",
            "冷藏",
            "摘好",
            "可以分",
            "能分",
            "帮分",
            "分成",
            "剪",
            "俾钱",
            "畀钱",
            "FPS",
            "装箱",
            "寄",
            "走冰",
            "去冰",
            "少冰",
            "开好",
            "拆",
            "散装",
            "搁",
            "车库",
            "咋转",
            "怎么转",
            "收款",
            "少放",
            "多放",
            "不放",
            "少盐",
            "不要辣",
            "可以不要",
            "能不能不要",
            "能不要",
            "写卡",
            "卡片",
            "写字",
            "加冰",
            "片成",
            "切成",
            "晚几天",
            "晚点发",
            // how it is kept or paid
            "保存",
            "冻",
            "微信",
            "付",
            "报销",
            "公司卡",
            "给钱",
            "钱给",
            "带钱",
            "交钱",
            "钱咋",
            "钱怎么",
            "钱让",
            "工资",
            "定金",
            "先付",
            "再付",
            "转你",
            "转帐",
            "转数快",
            // how it is packed, prepared or kept, asked of what was just ordered
            "礼袋",
            "保温",
            "自带",
            "自己带",
            "自家",
            "带自己的",
            "带走",
            "带过去",
            "吐沙",
            "焯水",
            "绞",
            "敲",
            "砍",
            "烧毛",
            "花刀",
            "去鳃",
            "写字",
            "写上",
            "纸皮箱",
            "氧气袋",
            "常温",
            "能存",
            "存多久",
            "活几天",
            "顺延",
            "来得及",
            "上门",
            "门把手",
            "解绳子",
            "盐水",
            "怎么炒",
            "咋炒",
            "咋吃",
            "咋做",
            "怎么焯",
            "加热",
            "微辣",
            "少甜",
            "再辣",
            "做热",
            "做辣",
            "包一层",
            "包成",
            "包好",
            "另外装",
            "另装",
            "另上",
            "另放",
            "要还",
            "帮我开",
            "帮忙开",
            "提袋",
            "袋子",
            "箱子",
            "专票",
            "普票",
            "冲沙",
            "冲一下沙",
            "晚点能留",
            "留到",
            "周一",
            "周二",
            "周三",
            "周四",
            "周五",
            "周六",
            "周日",
            "周天",
            "周末",
            "星期",
            "礼拜",
            "上午",
            "下午",
            "晚上",
            "早上",
            "中午",
            "明天",
            "后天",
            "今天",
            "今晚",
            "明早",
            "带来",
            "带到",
            "领",
            "加热",
            "热一下",
            "几号发",
            "能发",
            "吐好沙",
            "落嚟",
            "落来",
            "点钟",
            "点半",
            "付钱",
            "钱过",
            "钱月底",
            "匯款",
            "汇款",
            "转帐",
            "转帳",
            "定金",
            "宅配",
            "上楼",
            "顺延",
            "签子",
            "装盒",
            "有点早",
            "有点晚",
            "怎么煮",
            "咋煮",
            "咋个洗",
            "怎么洗",
            "几分熟",
            "解冻",
            "冲水",
            "热一哈",
            "顺丰",
            "寄到",
            "统编",
            "统編",
            "塑料袋",
            "纸箱",
            "几发",
            "几号发",
            "冻几天"));

    /** Words that make a question about the order itself: what there is, a condition, more or less, the price. */
    private static final WordTable ABOUT_THE_ORDER = new WordTable(List.of(
            "有",
            "还是",
            "的话",
            "就要",
            "就不",
            "算了",
            "不要",
            "要不要",
            "多要",
            "少要",
            "能要",
            "再要",
            "多放",
            "多给",
            "多加",
            "少放",
            "多少钱",
            "几钱",
            "钱一",
            "多钱",
            "价",
            "甜",
            "酸",
            "咸",
            "淡",
            "熟",
            "大的",
            "小的",
            "新鲜",
            "过了吗",
            "过的吗",
            "换",
            "改",
            "加",
            "减",
            "退",
            "取消",
            "够",
            "便宜",
            "优惠",
            "如果",
            "要是",
            "能不能多",
            "可以多",
            "几个",
            "几斤",
            "几份",
            "几袋",
            "几盒",
            "几天",
            "给个",
            "冰的",
            "现烤",
            "现做",
            "现炸",
            "送点",
            "送个",
            "买一送",
            "运费",
            "邮费",
            "卖吗",
            "开卖",
            "单卖",
            "零卖",
            "散卖",
            "好剥",
            "好不好吃",
            "口感",
            "味道",
            "哪里的",
            "哪儿的",
            "产地",
            "口味",
            "品种",
            "几包",
            "几只",
            "几根",
            "几层",
            "起订",
            "多少斤",
            "多少个",
            "什么颜色",
            "原切",
            "订到",
            "订得到",
            "买到",
            "买得到",
            "划算",
            "是什么",
            "是啥",
            "什么菜",
            "啥菜",
            // how the product is used or how long it lasts, asked of the product itself: 一天吃几片, 有效期到哪年
            "一天吃",
            "一天喝",
            "一次吃",
            "吃几",
            "喝几",
            "几年的",
            "有效期",
            "过期",
            "电池",
            "独立包装",
            "怎么养",
            "能用吧",
            "多宽",
            "多远",
            "摘吗",
            "泡不"));

    /** {@code 请问是原切的吗}: what the product is, asked. */
    private static final java.util.regex.Pattern WHAT_IT_IS = java.util.regex.Pattern.compile(
            "是[^,，。]{1,6}的[吗吧嘛]|[是系][^,，。]{1,6}[的嘅](?:[呢啊哦呀?？]|$)|(?:今天|当天|昨天|早上|现)[^,，。]{0,4}的[^,，。]?[吗吧嘛]");

    /**
     * {@code 2袋 几点到?}, {@code 1箱 周日下午取行不}, {@code 肥牛1盒(周六不在 周日取可以吗)}: after a clear order, a
     * question about when or where it is handed over and nothing else leaves the order as it is — the leader answers
     * it in the group. A question with a count, a product, or a word about what there is, a condition, more or less
     * or the price ({@code 1箱 有小的吗}, {@code 1箱 酸的话就算了}) is about the order, and still asks.
     */
    private static boolean aboutDelivery(List<Token> tokens, int at) {
        int anchor = -1;
        for (int k = Math.min(at, tokens.size()) - 1; k >= 0 && anchor < 0; k--) {
            if ((tokens.get(k).is(TokenKind.NUMBER) && !splitBefore(tokens, k))
                    || isProductByCode(tokens.get(k))
                    || tokens.get(k).is(TokenKind.SAME)) {
                anchor = k; // 2袋 几点到?, 1+3 明早几点能拿?: a count, or products ordered by their codes
            }
        }
        if (anchor < 0) {
            return askedBeforeTheOrder(tokens, at); // 橙子能放几天?: no count written, nothing ordered yet
        }
        StringBuilder asked = new StringBuilder();
        for (int k = anchor + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.TEXT) || t.is(TokenKind.PUNCT) || t.is(TokenKind.SPACE)) {
                asked.append(t.text());
            } else if (t.is(TokenKind.REMARK)) {
                if (COUNT_INSIDE.matcher(t.content()).find()) {
                    return false; // 1箱(2箱寄老家可以吗): a count in the bracket, the leader answers how many go where
                }
                asked.append(t.content());
            } else if (t.is(TokenKind.NUMBER) && splitBefore(tokens, k)) {
                asked.append(t.text()); // 5斤 可以分两袋吗: how it is packed
            } else if (t.is(TokenKind.PRODUCT) && orderedBefore(tokens, anchor, t)) {
                asked.append(t.text()); // B1 C1 腊肉能切好吗: the product just ordered, asked about
            } else if (t.is(TokenKind.SKIP) && k > 0 && tokens.get(k - 1).text().endsWith("分")) {
                asked.append("分装"); // 一只 分两袋装可以不: how it is packed
            } else if (t.is(TokenKind.SKIP) && isClockTime(t.text())) {
                asked.append(" 几点 "); // 6点来不了 7点行吗: when it is handed over
            } else if (!t.is(TokenKind.BUILDING) && !t.is(TokenKind.SKIP)) {
                return false; // 1箱 能分两袋装吗: a count in the question
            }
        }
        return onlyAboutHandingOver(asked.toString());
    }

    /** {@code 7点}, {@code 8点半}, {@code 11:45}: a time of day, which a question asks to hand the order over at. */
    private static boolean isClockTime(String text) {
        return text.endsWith("点") || text.endsWith("点半") || text.indexOf(':') > 0;
    }

    /**
     * {@code 放门房间好伐 鲜肉月饼2盒}, {@code 几点钟到啊 葱油饼1袋}: a question about handing over, asked before the
     * count that follows it; nothing but words before the count.
     */
    private static boolean askedBeforeTheOrder(List<Token> tokens, int at) {
        int count = -1;
        for (int k = Math.max(at, 0); k < tokens.size() && count < 0; k++) {
            if (tokens.get(k).is(TokenKind.NUMBER)) {
                count = k;
            }
        }
        if (count < 0) {
            return false;
        }
        StringBuilder asked = new StringBuilder();
        for (int k = 0; k < count; k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.TEXT) || t.is(TokenKind.PUNCT) || t.is(TokenKind.SPACE)) {
                asked.append(t.text());
            } else if (t.is(TokenKind.PRODUCT) && (k + 1 == count || k > at)
                    || (t.is(TokenKind.EACH) || t.is(TokenKind.EVERY)) && k > at) {
                break; // 鲜肉月饼2盒, 周五还是周六到?1号 2号各一, 下午能到吗 各一桶: the order starts
            } else if (t.is(TokenKind.PRODUCT) && orderedAfter(tokens, at, t)) {
                asked.append(' '); // 腊肉咋个洗?A2斤: the product asked about and then ordered (its name may hold any word)
            } else if (!t.is(TokenKind.BUILDING) && !t.is(TokenKind.SKIP)) {
                return false;
            }
        }
        return onlyAboutHandingOver(asked.toString());
    }

    /** Whether the one product {@code asked} names is ordered after the question that ends at {@code at}. */
    private static boolean orderedAfter(List<Token> tokens, int at, Token asked) {
        return namedIn(tokens, at + 1, tokens.size(), asked);
    }

    /** Whether a token in {@code [from, to)} names the one product {@code product} names, and only it. */
    private static boolean namedIn(List<Token> tokens, int from, int to, Token product) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PRODUCT)
                    && t.products().size() == 1
                    && product.products().size() == 1
                    && t.products().get(0).equals(product.products().get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phrases of when it is handed over or how long it keeps that hold a word about the order itself: 岗亭几点有人
     * (someone there, not whether there is any of it), 早上几点有, 能放几天, 保质期几天, 钱过几天转.
     */
    private static final List<String> HANDING_OVER_PHRASES = List.of(
            "有人", "准时有", "有得", "几点有", "点有", "放几天", "存几天", "搁几天", "过几天", "还是现金", "还是微信", "还是转账", "还是支付宝", "还是群收款",
            "还是收款码", "还是扫码", "住几天", "有啥关系", "有什么关系", "有关系", "冰箱几天", "冷冻几天", "冷藏几天", "给个礼袋", "给个袋子", "给个冰袋", "给个袋",
            "几天能到", "几天到", "到几层", "送到几层", "蒸熟", "煮熟", "烤熟", "少甜", "有冇得送", "有没有送", "有冇送", "送上门有冇", "有冰袋", "要不要提前",
            "要不要自己带", "要不要自带", "要不要冷", "要不要解", "要不要泡", "要不要付", "要不要带", "付还是", "还是到了", "冷冻还是", "冷藏还是", "还是常温", "还是门口",
            "还是大堂", "转你还是", "加个礼袋", "加个袋", "放好几天", "放得了几天", "放得牢几天", "能放几天", "活几天", "加班", "有事", "没空", "有空", "有课",
            "有手提袋", "有提袋", "有袋子", "多给提袋", "多给袋子", "多要几个袋子", "多给几个袋子", "给个箱子", "给个好点的箱子", "好点的箱子", "加热", "加钱", "要不要先付",
            "有点早", "有点晚", "能退", "放得几天", "煎几分熟", "就要出门", "要出门", "就要走", "要上班", "还是自己", "还是自提", "还是送", "冻几天");

    /** {@code 有冇得发票}, {@code 有没有好点的纸箱}: whether there is a bag, a box or an invoice, asked about the packing. */
    private static final java.util.regex.Pattern HAVE_PACKING =
            java.util.regex.Pattern.compile("有(?:没有|冇得|冇|没得|没)?(?:好点的|好一点的)?(发票|塑料袋|袋子|纸箱|箱子|提袋|手提袋|礼品袋|冰袋|保温袋|统编|统編)");

    /** {@code 几个一袋}: how many make one, asked about the product. */
    private static boolean howManyIn(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean oneAfter = t.text().startsWith("几")
                && k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.NUMBER)
                && t.gluedTo(tokens.get(k + 1))
                && tokens.get(k + 1).text().startsWith("一");
        boolean oneBefore = k > 0
                && HOW_MANY_AFTER_ONE.matcher(t.text()).lookingAt()
                && tokens.get(k - 1).is(TokenKind.NUMBER)
                && tokens.get(k - 1).gluedTo(t)
                && (tokens.get(k - 1).text().startsWith("一")
                        || tokens.get(k - 1).text().startsWith("每"));
        return oneAfter || oneBefore; // 几个一袋, 一箱大概几个
    }

    /** {@code 大概几个}, {@code 有几只}, {@code 几斤} right after {@code 一箱}: how many in one. */
    private static final java.util.regex.Pattern HOW_MANY_AFTER_ONE =
            java.util.regex.Pattern.compile("(?:大概|大约|差不多|有)?几");

    /** {@code (2箱寄老家可以吗)}: a count of the order inside a bracket. */
    private static final java.util.regex.Pattern COUNT_INSIDE =
            java.util.regex.Pattern.compile("\\d+\\s*[箱盒斤个袋份只瓶包罐件提条]");

    /** {@code 分两袋}, {@code 分成三份}: the count of a split right after 分 or 分成. */
    private static boolean splitBefore(List<Token> tokens, int k) {
        return k > 0
                && tokens.get(k).text().indexOf('半') < 0 // 1箱 可以分半箱吗: half of one, about what is sold
                && tokens.get(k - 1).is(TokenKind.TEXT)
                && (tokens.get(k - 1).text().endsWith("分")
                        || tokens.get(k - 1).text().endsWith("分成")
                        || tokens.get(k - 1).text().endsWith("分装")); // 可以分装两袋吗
    }

    /** {@code 1+3}, {@code 4号}, {@code B}, {@code 8寸}: a product the line orders by the leader's code, one of it. */
    private static boolean isProductByCode(Token t) {
        if (!t.is(TokenKind.PRODUCT)) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || CatalogMatcher.isAsciiLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line ordered {@code product}'s item before token {@code upTo} ({@code B1 C1 腊肉…}: 腊肉 is C), or
     * ordered by a count alone ({@code 2斤 帮手剪虾须得唔得}: the deal's product).
     */
    private static boolean orderedBefore(List<Token> tokens, int upTo, Token product) {
        if (tokens.subList(0, upTo + 1).stream().noneMatch(t -> t.is(TokenKind.PRODUCT))) {
            return true;
        }
        return namedIn(tokens, 0, upTo + 1, product);
    }

    /**
     * Whether a question after (or before) the order speaks of handing it over and of nothing about the order itself,
     * once the phrases of handing over that hold such a word are left out ({@link #HANDING_OVER_PHRASES}).
     */
    private static boolean onlyAboutHandingOver(String asked) {
        String checked = asked.indexOf('有') >= 0 ? HAVE_PACKING.matcher(asked).replaceAll("$1") : asked;
        for (String handing : HANDING_OVER_PHRASES) {
            checked = checked.replace(handing, "");
        }
        return onlyAboutHandingOver(asked, checked);
    }

    /** Whether {@code said} speaks of handing the order over and {@code checked} of nothing about the order itself. */
    private static boolean onlyAboutHandingOver(String said, String checked) {
        return DELIVERY.occursIn(said)
                && !ABOUT_THE_ORDER.occursIn(checked)
                && !WHAT_IT_IS.matcher(checked).find()
                && !ASKS_WHAT_KIND.matcher(checked.strip()).find();
    }

    /** Whether a token of one of {@code kinds} follows token {@code k} ({@code 我和我妈各一袋}: 各 after them). */
    private static boolean after(List<Token> tokens, int k, TokenKind... kinds) {
        int after = TokenKinds.of(tokens, k + 1);
        for (TokenKind kind : kinds) {
            if (TokenKinds.has(after, kind)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 2盒还是3盒}, {@code 2份或3份}, {@code A1还是A2好}: the resident has not decided between two orders. */
    private static boolean isEitherBetweenQuantities(List<Token> tokens, int k) {
        Token word = tokens.get(k);
        boolean either = word.text().startsWith("还是") || word.text().startsWith("或");
        int before = Token.nonSpaceUpTo(tokens, k - 1); // A2 还是A1 B1好
        if (!either || before < 0 || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        boolean twoProducts = tokens.get(before).is(TokenKind.PRODUCT)
                && tokens.get(before).gluedTo(word)
                && next.is(TokenKind.PRODUCT)
                && word.gluedTo(next)
                && word.text().length() <= 3; // 1号还是2号, 草莓或蓝莓: one or the other
        if (twoProducts) {
            return true;
        }
        if (!tokens.get(before).is(TokenKind.NUMBER)) {
            return false;
        }
        boolean codeAndCount = next.is(TokenKind.PRODUCT)
                && k + 2 < tokens.size()
                && tokens.get(k + 2).is(TokenKind.NUMBER)
                && next.gluedTo(tokens.get(k + 2));
        return next.is(TokenKind.NUMBER) || codeAndCount;
    }

    private static boolean wantsMoreOrLess(Token word) {
        return word.text().endsWith("少要")
                || word.text().endsWith("多要")
                || word.text().endsWith("少来");
    }

    /** {@code 少要2斤,改8斤}, {@code 少要一斤,就要1斤}: after "one less" the line says the count that stays. */
    private static boolean finalCountAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.CHANGE)) {
                return true;
            }
            if (t.is(TokenKind.TEXT)
                    && (t.text().contains("现在")
                            || t.text().contains("就要")
                            || t.text().contains("只要")
                            || t.text().contains("剩"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRelative(Token word, Token number) {
        return number.is(TokenKind.NUMBER)
                && word.end() == number.start()
                && ("少减多扣".indexOf(word.lastChar()) >= 0
                        || wantsMoreOrLess(word)
                        || word.text().endsWith("少拿")
                        || word.text().endsWith("少整"))
                && !word.text().endsWith("加多") // Cantonese 加多一盒: one more, as 再加
                && !word.text().endsWith("差不多"); // 差不多2斤: about, not more
    }

    private static final WordTable CONDITIONS = new WordTable(List.of("的话", "要是", "如果", "万一"));

    /** {@code 酸的话就算了}, {@code 要是没到就不要了}: what the line says holds only if something turns out so. */
    static boolean onACondition(List<Token> tokens) {
        for (Token t : tokens) {
            if (setsACondition(t) && !t.is(TokenKind.CHANGE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean setsACondition(Token t) {
        boolean words = t.is(TokenKind.TEXT) || t.is(TokenKind.CANCEL) || t.is(TokenKind.CHANGE);
        return words && CONDITIONS.occursIn(t.text());
    }

    /**
     * {@code 1箱 酸不酸啊 酸就算了}, {@code 鸡蛋3盒 有冇双黄的 冇就算了}: after an order, a cancel glued to a condition
     * and 就 holds only if the condition turns out so ({@code 那就算了} is a plain cancel).
     */
    static boolean cancelsIfSo(List<Token> tokens) {
        boolean ordered = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            ordered |= t.is(TokenKind.NUMBER);
            if (t.is(TokenKind.CANCEL) && k > 0) {
                Token before = tokens.get(k - 1);
                String w = before.text();
                boolean ifNone = (w.endsWith("没有就") || w.endsWith("冇就") || w.endsWith("没就") || w.endsWith("没得就"))
                        && !TokenKinds.has(TokenKinds.of(tokens, k + 1), TokenKind.CANCEL); // …就算了 不要了: no if
                if ((ordered || ifNone) // 有没有豆沙的 没有就算了: if there is none, then not
                        && before.is(TokenKind.TEXT)
                        && before.gluedTo(t)
                        && w.length() >= 2
                        && w.endsWith("就")
                        && !w.endsWith("那就")
                        && !w.endsWith("要不就")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code 没有就}, {@code 冇货就算}: "if there is none, (never mind)", the whole word (no more before it). */
    static boolean isIfNone(String word) {
        String w = word.endsWith("就算") ? word.substring(0, word.length() - 1) : word;
        return w.equals("没有就")
                || w.equals("冇就")
                || w.equals("没货就")
                || w.equals("冇货就")
                || w.equals("没得就")
                || w.equals("缺货就")
                || w.equals("卖完就") // 5个 卖完了就算了: if they are sold out, never mind
                || w.equals("卖完了就")
                || w.equals("没了就")
                || w.equals("抢完了就");
    }

    /** {@code 要是有小果就换小果}, {@code 如果没有就改成B}: a swap or change that holds only if something turns out so. */
    static boolean swapsOnACondition(List<Token> tokens) {
        boolean condition = false;
        for (Token t : tokens) {
            condition |= setsACondition(t);
            boolean swap = t.is(TokenKind.CHANGE)
                    || t.is(TokenKind.PLUS)
                    || (t.is(TokenKind.TEXT)
                            && (t.text().contains("换") || t.text().contains("加")));
            if (condition && swap) {
                return true;
            }
        }
        return false;
    }

    /** {@code 有粉色的吗 没有就算了}: a question mark or 吗 — the cancel after it waits for the answer. */
    static boolean asksOutright(List<Token> tokens) {
        for (Token t : tokens) {
            if ((t.is(TokenKind.PUNCT) && t.isChar('?'))
                    || (t.is(TokenKind.TEXT) && t.text().indexOf('吗') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line (outside brackets) asks something. */
    static boolean asks(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.PUNCT) && t.isChar('?')) {
                return true;
            }
            if (t.is(TokenKind.TEXT) && t.containsWordOf(ASKING_TABLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 少一份}, {@code 再减1份}, {@code 多1份}: one less or one more than before, which only someone who knows
     * the earlier order can turn into a quantity.
     */
    static boolean relativeChange(List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).is(TokenKind.TEXT) && isRelative(tokens.get(k), tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} asks or hesitates ({@code 看情况}, {@code 有吗}) rather than naming anyone. */
    static boolean isHesitation(String word) {
        return (NO_COMMITMENT_TABLE.occursIn(word) && !isNicknameAroundAWord(word))
                || (ASKING_TABLE.occursIn(word) && !PRAISE.occursIn(word))
                || word.indexOf('?') >= 0;
    }

    /**
     * {@code 大明白}, {@code 小随意}: 大, 小, 老 or 阿 before a two-character word that would hold an order back,
     * a nickname; {@code 老样子} and {@code 老规矩}, listed whole, still do.
     */
    private static boolean isNicknameAroundAWord(String word) {
        return word.length() == 3
                && "小老阿大".indexOf(word.charAt(0)) >= 0
                && !NO_COMMITMENT.contains(word)
                && !NO_COMMITMENT_TABLE.occursIn(word.substring(0, 2));
    }

    /** Words that hold the order back until the writer has asked or decided ({@code 3盒(待定)}, {@code 1盒吧,我再问问老婆}). */
    private static final WordTable UNDECIDED =
            new WordTable(List.of("待定", "再问问", "问问", "等我问", "再考虑", "考虑一下", "不确定", "还没定", "再看看", "看情况", "回头定", "回头再说"));

    /**
     * {@code 有的话要两袋}, {@code 大的话要5斤}: the order holds only if something turns out so; a condition about
     * handing it over ({@code 前台没人的话放门卫}) leaves the order as it is.
     */
    static boolean ordersOnACondition(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!setsACondition(t) || t.is(TokenKind.CHANGE)) {
                continue;
            }
            StringBuilder clause = new StringBuilder(t.is(TokenKind.REMARK) ? t.content() : t.text());
            for (int j = k + 1; j < tokens.size() && !tokens.get(j).is(TokenKind.PUNCT); j++) {
                clause.append(tokens.get(j).text());
            }
            String said =
                    clause.toString().replace("的话", " ").replace("要是", " ").replace("如果", " ");
            if (!onlyAboutHandingOver(said, said)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 3盒(待定)}, {@code A2(待定)}: a count written, but not decided on yet. */
    static boolean undecided(List<Token> tokens) {
        for (Token t : tokens) {
            if ((t.is(TokenKind.TEXT) && UNDECIDED.occursIn(t.text()))
                    || (t.is(TokenKind.REMARK) && UNDECIDED.occursIn(t.content()))) {
                return true;
            }
        }
        return false;
    }

    /** Words of an amount left open ({@code 来点}, {@code 少要点}): with no count written, nothing can be counted. */
    private static final WordTable VAGUE_AMOUNT = new WordTable(List.of(
            "来点", "来一点", "少要点", "少要一点", "少来点", "少来一点", "一点点", "一眼眼", "来些", "一些", "少许", "多来点", "都来点", "各来点", "斤把", "几斤",
            "几个", "几根", "几箱", "几提", "几盒", "几袋", "几份", "几只", "几串", "几瓶", "十来", "来几", "好几", "两三", "三五", "少整点", "少拿点",
            "钱的", "都要点", "都要一点", "都整点", "都拿点", "各要点", "各要一点", "都来些", "一斤多", "两斤多", "斤多点"));

    /** {@code 西红柿 来点}, {@code 瘦肉少要点}: a product named with an amount left open and no count. */
    static boolean vagueAmount(List<Token> tokens) {
        StringBuilder words = new StringBuilder();
        for (Token t : tokens) {
            if (t.is(TokenKind.NUMBER)) {
                return false;
            }
            if (t.is(TokenKind.TEXT) || t.is(TokenKind.SKIP) || t.is(TokenKind.EVERY) || t.is(TokenKind.EACH)) {
                words.append(t.text()); // 每样都来点: every product, but how much?
            } else {
                words.append(' ');
            }
        }
        return VAGUE_AMOUNT.occursIn(words);
    }

    /** Money written as an amount: digits, then 元, 块 or the Cantonese 蚊, and nothing else ({@code 50块}). */
    private static final java.util.regex.Pattern AN_AMOUNT = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?[元块蚊]");

    /**
     * {@code 100块的}, {@code 苹果要30块的}, {@code 魚丸要50蚊}, {@code 20块钱哩}: money asked for instead of a count — the
     * leader weighs that much out, and only she can tell how many it comes to. Not money paid ({@code 已付50}), nor a
     * price that names a product ({@code 39的}, read as the product before this), nor a line that writes a count.
     */
    static boolean moneyForAnAmount(List<Token> tokens) {
        boolean asked = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.NUMBER)) {
                return false;
            }
            if (!t.is(TokenKind.SKIP) || !AN_AMOUNT.matcher(t.text()).matches()) {
                continue;
            }
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            Token before = k > 0 ? tokens.get(k - 1) : null;
            boolean markAfter =
                    next != null && next.is(TokenKind.TEXT) && AMOUNT_AFTER.longestAt(next.text(), 0) != null;
            boolean verbBefore = before != null && before.is(TokenKind.TEXT) && endsWithAskingVerb(before.text());
            asked |= markAfter || verbBefore;
        }
        return asked;
    }

    private static final WordTable AMOUNT_AFTER = new WordTable(List.of("的", "钱", "嘅", "左右", "上下", "哩", "咁多"));

    /** Words asking for an amount right before it: {@code 要}, {@code 俾我} (Cantonese "give me"), {@code 称}. */
    private static final List<String> ASKING_VERBS = List.of("要", "买", "来", "称", "俾我", "给我", "拿", "整", "切");

    private static boolean endsWithAskingVerb(String text) {
        for (String verb : ASKING_VERBS) {
            if (text.endsWith(verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line holds a place without committing to a quantity. */
    static boolean noCommitment(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(TokenKind.TEXT) && t.containsWordOf(NO_COMMITMENT_TABLE) && !lessOfAPart(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** {@code 饭少点}, {@code 辣少点}: "less of" a part of the portion, a remark; {@code 少点} alone holds back. */
    private static boolean lessOfAPart(String text) {
        for (int i = 0; i < text.length(); i++) {
            String word = NO_COMMITMENT_TABLE.longestAt(text, i);
            if (word != null) {
                boolean afterAWord = i > 0 && word.charAt(0) == '少' && ProductFragments.isHan(text.charAt(i - 1));
                if (!afterAWord) {
                    return false;
                }
                i += word.length() - 1;
            }
        }
        return true;
    }
}
