package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import java.util.List;

/**
 * A line written for someone else names them after 帮, 替 or 代, before the order: {@code 帮31号孙阿婆 1个},
 * {@code 小王 帮15号楼刘奶奶 1箱}, {@code 刘叔 帮对门王奶奶订1箱}, {@code 帮隔壁钱老师 1袋}. The order is that person's, so
 * the entry bears their name; the place between (a room, {@code 隔壁}, {@code 对门}) is a note. Family words and
 * pronouns ({@code 帮我妈}, {@code 替老公}) name nobody the leader can count by, and the writer's name stays.
 */
final class OnBehalf {

    /** A space between the one it is for and the verb ({@code 帮刘奶奶 带1个}, {@code 帮赵阿姨 也带1袋}). */
    private static final java.util.regex.Pattern SPACED_SHARE = java.util.regex.Pattern.compile(
            "((?:^|[\\s，,])(?:帮|给|替)[^\\s\\d，,]{1,8})\\s+(?=(?:也|再|还)?(?:带|要|订|拿|买|捎)[\\d一两二三四五六七八九十])");

    /** The line with the one it is for written against the verb of the share, as most write it. */
    static String joinSpacedShare(String text) {
        return text.indexOf('帮') < 0 && text.indexOf('给') < 0 && text.indexOf('替') < 0
                ? text
                : SPACED_SHARE.matcher(text).replaceAll("$1");
    }

    private static final List<String> FOR = List.of("帮", "替", "代", "给");
    private static final List<String> PLACES =
            List.of("隔壁", "对门", "对面", "楼上", "楼下", "邻居", "家", "同事", "朋友", "亲戚", "同楼", "同单元", "组", "部门", "科室", "公司");
    private static final String ACTIONS = "订定要买拿留带也点再捎叫攞整欲弄搞拎称打报";
    private static final String PRONOUNS = "我你他她咱俺阮";
    /** {@code 帮开壳}, {@code 帮切块}: a service asked for, no person. */
    private static final String SERVICES = "开切剁杀洗送放留拿带装寄处打去剥煮蒸炸烤磨绞分包称挑选看问";

    private static final List<String> FAMILY = List.of(
            "妈", "爸", "老公", "老婆", "媳妇", "女儿", "儿子", "闺女", "孩子", "朋友", "同事", "家里", "亲戚", "婆婆", "公公", "爷爷", "奶奶", "外婆",
            "姥姥", "哥", "姐", "弟", "妹", "孙子", "孙女", "外孙", "外孙女", "宝宝", "娃", "小孩", "老人", "老妈", "老爸", "岳母", "丈母娘", "家人",
            "领导", "老板", "女婿", "儿媳", "儿媳妇", "侄子", "侄女", "外甥", "外甥女", "小姑子", "小舅子", "老丈人", "丈人", "岳父", "亲家", "干妈", "干爹",
            "家婆", "家公", "亚婆", "阿婆", "阿嫲", "老母", "老豆", "闺蜜", "兄弟", "姐妹", "姆妈", "老倌子", "老倌", "老头子", "老伴", "婆娘", "堂客",
            "老汉", "老头", "老伴儿", "那口子", "老太婆", "老婆子");

    private OnBehalf() {}

    /** The person the line is written for, in place of {@code name}; {@code name} when it is written for nobody else. */
    static NameExtractor.Name of(List<Token> tokens, NameExtractor.Name name) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (isOrder(t)) {
                return name;
            }
            if (!t.is(TokenKind.TEXT) || !startsWithFor(t.text()) || t.text().startsWith("帮忙")) {
                continue;
            }
            if (isFamily(withoutAction(t.text().substring(1)))) {
                return ownFamily(name, k); // 帮家婆订: the writer's own family, whose word starts like a place
            }
            String rest = withoutPlaces(t.text().substring(1));
            int at = k;
            for (int j = k + 1; rest.isEmpty() && j < tokens.size(); j++) {
                Token next = tokens.get(j);
                if (next.is(TokenKind.BUILDING) || next.is(TokenKind.SKIP) || next.is(TokenKind.SPACE)) {
                    continue; // 帮15号楼刘奶奶, 帮12栋 小李: the room between
                }
                if (next.is(TokenKind.TEXT)) {
                    rest = withoutPlaces(next.text());
                    at = j;
                }
                break;
            }
            String person = Places.withoutPlaceInFront(withoutAction(rest)); // 帮后街刘奶奶带: who, not where
            if (isSomeone(person)) {
                return new NameExtractor.Name(person, at, at + 1);
            }
            return isFamily(person) ? ownFamily(name, k) : name;
        }
        return name;
    }

    /** {@code 严严 替我妈}: written for the writer's own family, the writer's name stands, and is no longer in doubt. */
    private static NameExtractor.Name ownFamily(NameExtractor.Name name, int k) {
        return name.uncertain() && name.to() <= k
                ? new NameExtractor.Name(name.text(), name.from(), name.to(), false)
                : name;
    }

    /**
     * {@code 俺家老头要}, {@code 俺老头子}, {@code 老伴儿说要}: someone of the writer's own family, and what they want
     * said after; the count that follows is the writer's order.
     */
    static boolean familyAsking(String words) {
        String w = words;
        for (String asking : List.of("说要", "也要", "要", "说")) {
            if (w.endsWith(asking) && w.length() > asking.length()) {
                w = w.substring(0, w.length() - asking.length());
                break;
            }
        }
        boolean whose = w.length() < words.length() || "我俺咱".indexOf(w.charAt(0)) >= 0;
        return whose && w.length() >= 2 && isFamily(w); // not 爸爸 alone, glued before a size (爸爸XL)
    }

    /** {@code 我妈}, {@code 老公}, {@code 我家孩子}: someone of the writer's own family. */
    private static boolean isFamily(String person) {
        if (FAMILY.contains(person)) {
            return true;
        }
        String p = !person.isEmpty() && "我俺他她伊阮咱".indexOf(person.charAt(0)) >= 0 ? person.substring(1) : person;
        for (String home : HOME) {
            p = p.startsWith(home) ? p.substring(home.length()) : p;
        }
        return FAMILY.contains(p); // 帮伊姆妈, 帮我屋里老倌子: his mother, my husband at home
    }

    /** {@code 家}, {@code 屋里}, {@code 屋头}: "at home", before a family word. */
    private static final List<String> HOME = List.of("家", "屋里", "屋头", "屋企");

    private static boolean isOrder(Token t) {
        return t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT) || t.is(TokenKind.EACH) || t.is(TokenKind.CANCEL);
    }

    private static boolean startsWithFor(String text) {
        return text.length() > 0 && FOR.contains(text.substring(0, 1));
    }

    private static String withoutPlaces(String text) {
        String t = text;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String place : PLACES) {
                if (t.startsWith(place) && t.length() > place.length()) {
                    t = t.substring(place.length());
                    cut = true;
                }
            }
        }
        return PLACES.contains(t) && !FAMILY.contains(t) ? "" : t; // 帮隔壁 秦爷爷: the person after the place
    }

    private static String withoutAction(String text) {
        String t = text;
        while (t.length() > 2 && ACTIONS.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static boolean isSomeone(String person) {
        if (person.length() < 2
                || person.length() > 6
                || "吃用喝送寄".indexOf(person.charAt(person.length() - 1)) >= 0 // 给老人吃: what for, not for whom
                || PRONOUNS.indexOf(person.charAt(0)) >= 0
                || SERVICES.indexOf(person.charAt(0)) >= 0) {
            return false;
        }
        String kin = person.length() > 2 && "大二三小老幺".indexOf(person.charAt(0)) >= 0 ? person.substring(1) : person;
        for (String word : FAMILY) {
            if (person.equals(word) || person.equals("我" + word) || person.startsWith(word + "的") || kin.equals(word)) {
                return false; // 二儿子, 小女儿: the writer's own
            }
        }
        return NameLikeness.of(person) > 0;
    }
}
