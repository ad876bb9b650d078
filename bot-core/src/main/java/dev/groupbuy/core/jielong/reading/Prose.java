package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.util.List;

/**
 * Tells sign-up lines from sentences: instructions, rules, recipe steps and announcements use words a
 * sign-up does not, or have a "name" far longer than a nickname.
 */
public final class Prose {

    private static final int MAX_NAME_LENGTH = 12;
    private static final int SHORT_NICKNAME = 8;
    private static final List<String> WORDS = List.of(
            "请", "禁止", "时间", "地点", "自提", "到货", "截单", "付款", "转账", "群", "提醒", "注意", "不得", "不能", "大家", "团购", "接龙", "取货",
            "统一", "下单", "微信", "私聊", "广告", "昵称", "售后", "发货", "配送", "价格", "优惠", "活动", "预告", "锅", "切", "炒", "煮", "焯", "炖",
            "蒸", "翻", "搅拌", "分钟", "小火", "大火", "调料", "盐", "酱油", "生抽", "放入", "加入", "倒入", "出锅", "腌", "洗净", "以上", "以下",
            "每人", "限购", "如果", "可以", "的话", "之前", "之后", "过时", "未取", "序号", "楼号", "规则", "须知");

    private static final WordTable TABLE = new WordTable(WORDS);

    private Prose() {}

    static boolean isProse(String name, List<Token> tokens, int from) {
        if (isProseName(name)) {
            return true;
        }
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.TEXT) && containsWord(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** A "name" no resident would use: too long, with 的, or with an instruction word (每人限购, 截单时间). */
    public static boolean isProseName(String name) {
        return name.codePointCount(0, name.length()) > MAX_NAME_LENGTH || name.contains("的") || containsWord(name);
    }

    /**
     * The name of a line that orders something ({@code 海边的风 海虹5斤}, {@code 火锅控 1+2+3}): prose only when too
     * long or with an instruction word of two characters or more; a one-character word (的, 锅, 切) or 的 in a
     * nickname of up to eight characters is part of the nickname ({@code 喵喵家的铲屎官}).
     */
    public static boolean isProseNameOfAnOrder(String name) {
        if (!isProseName(name)) {
            return false;
        }
        if (name.codePointCount(0, name.length()) > SHORT_NICKNAME) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            String word = TABLE.longestAt(name, i);
            if (word != null && word.length() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 锅里放2勺油,把酸菜包倒进去炒香}: two or more instruction or recipe words in the line's plain words
     * make it a sentence, whatever its name reads like.
     */
    static boolean isSentence(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (!t.is(TokenKind.TEXT)) {
                continue;
            }
            String text = t.text();
            for (int i = 0; i < text.length(); i++) {
                String word = TABLE.longestAt(text, i);
                if (word != null) {
                    words++;
                    i += word.length() - 1;
                }
            }
        }
        return words >= 2;
    }

    static boolean containsWord(String text) {
        return TABLE.occursIn(text);
    }
}
