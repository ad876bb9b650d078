package dev.groupbuy.core.jielong.tokens;

import java.util.List;

/**
 * Words that carry no order information: thanks, politeness, "I want", payment marks. A line whose only
 * extra words are fillers is still a plain sign-up.
 */
public final class Fillers {

    private static final List<String> WORDS = List.of(
            "谢谢团长",
            "谢谢大家",
            "谢谢",
            "多谢",
            "感谢",
            "团长",
            "辛苦了",
            "辛苦",
            "麻烦了",
            "麻烦",
            "老板",
            "亲",
            "我也要",
            "也要",
            "还要",
            "再要",
            "我要",
            "阿拉要", // Wu: "we want", "give us", "I want" (阿拉, 拨阿拉, 吾)
            "拨阿拉留",
            "拨阿拉",
            "拨我留",
            "阿拉",
            "吾要",
            "阮兜要", // Hokkien: "we (at home) want"
            "阮兜",
            "要",
            "预订",
            "预定",
            "订",
            "购买",
            "买",
            "再来",
            "来",
            "拿",
            "我",
            "也",
            "还",
            "再",
            "原来",
            "原",
            "了",
            "的",
            "嘅", // Cantonese 的: 榴莲嘅一盒
            "哦",
            "好伐", // 一盒好伐: "all right?" in Wu, after the count
            "中不中", // 来三块中不中: the same in Henan
            "呀",
            "啊",
            "吧",
            "嗯",
            "哈",
            "好",
            "一下",
            "照旧一样",
            "已付款",
            "已付",
            "付了",
            "已转账",
            "已转",
            "已支付",
            "已交",
            "报名",
            "参加",
            "接龙",
            "先",
            "就",
            "只",
            "需要",
            "还是",
            "是",
            "自留",
            "整",
            "攞",
            "唔该",
            "要得",
            "冇得事",
            "那就",
            "那",
            "算了",
            "一共要",
            "下单",
            "订购",
            "定",
            "拍",
            "帮我留",
            "帮留",
            "畀我留",
            "俾我留",
            "畀我",
            "俾我",
            "阿拉要",
            "留",
            "自提",
            "自取",
            "取",
            "送货上门",
            "送上门",
            "送货",
            "还有",
            "以及",
            "另外",
            "和",
            "跟",
            "那就",
            "全部",
            "那么",
            "那",
            "给我",
            "帮我",
            "pls",
            "please",
            "plz",
            "thx",
            "thanks",
            "thank you",
            "more",
            "boxes",
            "box",
            "packs",
            "pack",
            "bags",
            "bag",
            "pcs",
            "add",
            "咁",
            "嘛",
            "啦",
            "哒",
            "整",
            "搞",
            "追加",
            "俺家要",
            "俺家来",
            "俺家整",
            "俺要",
            "捱要", // Hakka
            "涯要",
            "俺也要",
            "俺",
            "咱",
            "嘞",
            "咧",
            "哟",
            "撒",
            "噻",
            "拨我留",
            "拨我",
            "俾我留",
            "俾我",
            "要啲",
            "啲",
            "我欲",
            "阮欲买",
            "阮欲",
            "阮卜",
            "阮要",
            "阿拉屋里厢要",
            "同埋",
            "欲",
            "额要",
            "额",
            "𠊎爱",
            "𠊎",
            "爱",
            "乞我留",
            "团长自用",
            "团长自己要",
            "自用",
            "自己要",
            "弄它",
            "弄",
            "再打",
            "擱加",
            "喔",
            "得啦",
            "擱",
            "畀",
            "拢总",
            "婆娘喊要",
            "婆娘说要",
            "喊要",
            "打",
            "称个", // 称个3斤吧: weigh out, the way 来个 is said
            "称",
            "中",
            "乞我",
            "咯",
            "啰",
            "算我",
            "我卜",
            "哩",
            "唠",
            "拍谢",
            "啊",
            "吧",
            "呀",
            "嘛",
            "那个",
            "这个",
            "这",
            "介个",
            "然后",
            "把", // 把C换成D: the code it swaps, not a name
            "给我来",
            "我自己",
            "自己", // 自己5斤 我女儿也要5斤: "myself", before the own count
            "仲有", // Cantonese "and also": 1盒 仲有我妈咪另外要1盒
            "就得", // Cantonese "will do": 一个就得
            "先报", // 先报4斤: "put me down for", for now
            "嗷",
            "噢",
            "给我拿",
            "呗",
            "嗯");

    private static final WordTable TABLE = new WordTable(WORDS);
    /** The first characters of the filler words: a letter that starts none of them is substantive at once. */
    private static final String FIRST_CHARACTERS = WordTable.firstCharacters(WORDS);

    private Fillers() {}

    public static boolean startsWithFiller(String text) {
        for (String word : WORDS) {
            if (text.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} still has letters after removing the filler words. */
    public static boolean isSubstantive(String text) {
        return isSubstantive(text, 0, text.length());
    }

    /** {@link #isSubstantive(String)} for {@code s[from, to)}, without cutting it out. */
    public static boolean isSubstantive(CharSequence text, int from, int to) {
        int i = from;
        int n = to;
        while (i < n) {
            char c = text.charAt(i);
            if (FIRST_CHARACTERS.indexOf(c) < 0 && Character.isLetter(c)) {
                return true;
            }
            String word = TABLE.longestAt(text, i, n);
            if (word != null) {
                i += word.length();
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
