package dev.groupbuy.core.jielong.reading;

import java.util.regex.Pattern;

/**
 * A part of the line's own order taken back in words other than 取消 ({@code 三个 退一个}, {@code 2箱 退一箱},
 * {@code 四个 其中两个不要了}) is written as the cancel of that many ({@code 取消一个}), so the line reads as any part
 * cancel: the rest stays.
 */
final class PartCancels {

    private static final String COUNT = "(?:[一两二三四五六七八九十\\d]+|半)\\s*[个盒箱袋斤份只瓶包提罐杯条块桶串支根颗把束套件双本板碗听棵粒片]";

    /**
     * {@code 退一个}, {@code 退掉1袋}, {@code 退返两斤}, {@code 减掉一盒} after a space or comma,
     * {@code 剁辣椒退一瓶} after the product; Hokkien {@code 免两包} (no need of two).
     */
    private static final Pattern GIVE_BACK =
            Pattern.compile("(?<=[\\s,，\\p{IsHan}A-Za-z])(?:退掉|退返?|免|减掉)(?=" + COUNT + ")");

    /** {@code 其中两个不要了}, {@code 其中一盒取消}; not {@code 其中2瓶不要糖} (a remark on two of them). */
    private static final Pattern OF_THEM = Pattern.compile("其中(" + COUNT + ")(?:不要了|取消|不要(?=$|[\\s,，。!！]))");

    private PartCancels() {}

    static String asCancel(String line) {
        String text = line;
        if (text.indexOf('退') >= 0 || text.indexOf('免') >= 0 || text.indexOf('减') >= 0) {
            text = GIVE_BACK.matcher(text).replaceAll("取消");
        }
        if (text.contains("其中")) {
            text = OF_THEM.matcher(text).replaceAll("取消$1");
        }
        return text;
    }
}
