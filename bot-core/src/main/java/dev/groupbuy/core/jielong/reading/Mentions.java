package dev.groupbuy.core.jielong.reading;

import java.util.regex.Pattern;

/**
 * What WeChat's @ leaves in a line: {@code @团长 王姐 1个} speaks to the leader, who is no one ordering, so the mention
 * is left out; {@code 帮@刘奶奶 带1个} names the neighbour it is for, so only the @ goes; {@code 梁梁 @小雅 我也来一束}
 * answers someone after the writer's own name, so the mention goes. Any other mention stays, as the name it may be
 * ({@code @陈陈 2个}).
 */
final class Mentions {

    /** A mention of the leader or the group's staff, with the space after it. */
    private static final Pattern OF_THE_LEADER = Pattern.compile("[@＠](?:团长|群主|管理员|老板|店长|团团)(?:[\\s\\u2005]+|$)");

    /** An @ right after a word of doing something for someone ({@code 帮@刘奶奶}, {@code 给@小王}). */
    private static final Pattern AFTER_FOR = Pattern.compile("(?<=[帮给替和跟])[@＠]");

    /** {@code 梁梁 @小雅 我也来一束}: after the writer's own name, someone the line answers, with the space after. */
    private static final Pattern ANSWERED_AFTER_THE_NAME =
            Pattern.compile("^([^\\s@＠]+[\\s\\u2005]+)[@＠][^\\s@＠]{1,12}[\\s\\u2005]+(?=\\S)");

    private Mentions() {}

    /** The line without mentions of the leader and without an @ after 帮/给/替/和/跟. */
    static String withoutMentionsOfTheLeader(String text) {
        if (text.indexOf('@') < 0 && text.indexOf('＠') < 0) {
            return text;
        }
        String out = OF_THE_LEADER.matcher(text).replaceAll("");
        out = AFTER_FOR.matcher(out).replaceAll("").strip();
        out = ANSWERED_AFTER_THE_NAME.matcher(out).replaceFirst("$1"); // 乔乔 @菜菜 我要一盒番茄: 乔乔 orders
        return out.isEmpty() ? text : out;
    }
}
