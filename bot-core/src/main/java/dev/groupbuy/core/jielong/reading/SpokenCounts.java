package dev.groupbuy.core.jielong.reading;

import java.util.regex.Pattern;

/**
 * Counts typed by sound rather than in characters, as older residents and voice input write them: {@code liang袋} (两袋),
 * {@code 1斤ban} (1斤半), {@code 儿斤} (二斤, the homophone picked from the keyboard), {@code 1斤 半} (the half typed apart).
 * Each is written as the count it says before the line is read.
 */
final class SpokenCounts {

    private static final String UNITS = "[个盒箱袋斤份只瓶包提罐杯条块桶串支根颗把束套件双本板碗听棵粒片]";

    /** {@code liang袋}: 两 in pinyin before a unit. */
    private static final Pattern LIANG = Pattern.compile("(?i)(?<![A-Za-z])liang(?=" + UNITS + ")");

    /** {@code 1斤ban}: 半 in pinyin after 斤. */
    private static final Pattern BAN = Pattern.compile("(?i)(?<=斤)ban(?![A-Za-z])");

    /** {@code 儿斤}: 儿 for 二, alone before a unit. */
    private static final Pattern ER = Pattern.compile("(?<=^|\\s)儿(?=" + UNITS + "(?:$|\\s))");

    /** {@code 1斤 半}: the half of a 斤 typed after a space, ending the words. */
    private static final Pattern HALF_APART = Pattern.compile("(?<=\\d斤)\\s+半(?=$|\\s)");

    /** {@code 一袋子}, {@code 一箱子}: the count with 子 after its unit, as northerners say it. */
    private static final Pattern UNIT_WITH_ZI = Pattern.compile("(?<=[一两二三四五六七八九十俩\\d])([袋箱盒桶筐瓶包篮罐])子(?=$|[\\s,，。!！])");

    private SpokenCounts() {}

    /** A quick look before {@link #UNIT_WITH_ZI}: 子 right after one of its units. */
    private static boolean unitBeforeZi(String text) {
        for (int i = text.indexOf('子'); i > 0; i = text.indexOf('子', i + 1)) {
            if ("袋箱盒桶筐瓶包篮罐".indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String inCharacters(String line) {
        String text = line;
        if (text.indexOf('g') >= 0 || text.indexOf('G') >= 0) {
            text = LIANG.matcher(text).replaceAll("两");
        }
        if (text.indexOf('斤') >= 0) {
            if (text.contains("斤b") || text.contains("斤B")) {
                text = BAN.matcher(text).replaceAll("半");
            }
            if (text.indexOf('半') >= 0) {
                text = HALF_APART.matcher(text).replaceAll("半");
            }
        }
        if (unitBeforeZi(text)) {
            text = UNIT_WITH_ZI.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('儿') >= 0) {
            text = ER.matcher(text).replaceAll("二");
        }
        return text;
    }
}
