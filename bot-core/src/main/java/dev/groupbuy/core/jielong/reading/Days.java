package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order for several days or deliveries in one line, written as the total it comes to before the line is read:
 * {@code 周三2份 周五1份} (a count for each day: 3), {@code 周三1 周四1 周五不用} (2), {@code 周一到周五每天1份} (a
 * range of days, each day the same: 5), {@code 周一 周三 周五 每天2瓶} and {@code 周一周三周五各一份} (days named, then
 * one count for each), {@code 两日各一包} and {@code 两批各1个} (a number of days or batches, each the same), {@code 4周
 * 每周1份} and {@code 每周3份 订2周} (weeks times a week's count). One day alone is when the order is fetched, not a
 * count of days, and stays as it is.
 */
final class Days {

    private static final String WEEKDAY = "[一二三四五六日天1-7]";
    /** A day: {@code 周三}, {@code 星期五}, {@code 下周三}, {@code 明天}; {@code 这周}, {@code 下周} as a whole week. */
    private static final String DAY =
            "(?:(?:下下周|下周|这周|本周|(?:这个|下个)?(?:周|星期|礼拜))" + WEEKDAY + "|今天|明天|后天|(?:这周|下下周|下周|本周)(?!" + WEEKDAY + "))";

    private static final Pattern ONE_DAY = Pattern.compile(DAY);

    private static final String NUMBER = "(?:\\d{1,2}|[一二两三四五六七八九十俩仨])";
    private static final String UNIT = "[个盒箱袋斤份只瓶包提罐杯条块桶串支根颗把束套件双本板碗听棵粒片]";
    private static final String SEP = "[\\s,，、;；+]*";

    /** A day and its count, or a day it is not wanted on: {@code 周三2份}, {@code 下周三也一个}, {@code 周五不用}. */
    private static final Pattern DAY_COUNT = Pattern.compile(
            "(" + DAY + ")\\s*(?:的)?\\s*(?:也|要|来|再)?\\s*(?:(" + NUMBER + ")\\s*(" + UNIT + ")?(?![\\d点号:：.])|(不要|不用))");

    /** Days named one after another: {@code 周一 周三 周五}, {@code 周一周三周五}, {@code 周六周日两天}. */
    private static final String DAYS = "(" + DAY + "(?:" + SEP + "(?:和|跟)?" + DAY + ")+)(?:\\s*[两二三四五六七]天)?";

    private static final Pattern DAYS_THEN_EACH =
            Pattern.compile(DAYS + "\\s*(?:都要|都|每天|每次|各|各要|各来)\\s*(?:要|来)?\\s*(" + NUMBER + ")\\s*(" + UNIT + ")?");

    private static final Pattern RANGE_EACH =
            Pattern.compile("(?:周|星期|礼拜)(" + WEEKDAY + ")\\s*(?:到|至|-|~)\\s*(?:周|星期|礼拜)?(" + WEEKDAY
                    + ")\\s*(?:都要|每天|各)\\s*(?:要|来)?\\s*(" + NUMBER + ")\\s*(" + UNIT + ")?");

    private static final Pattern WHOLE_WEEK =
            Pattern.compile("一周(?:7|七)天\\s*每天\\s*(" + NUMBER + ")\\s*(" + UNIT + ")?");

    private static final Pattern TIMES_EACH = Pattern.compile("(" + NUMBER
            + ")\\s*(?:天|日|批|次|周)\\s*(?:都要|各|每天|每周|每次|每批)\\s*(?:要|来)?\\s*(" + NUMBER + ")\\s*(" + UNIT + ")?");

    private static final Pattern WEEKLY_FOR = Pattern.compile(
            "每周\\s*(" + NUMBER + ")\\s*(" + UNIT + ")?\\s*[,，\\s]*(?:订|要|连订)\\s*(" + NUMBER + ")\\s*(?:周|个星期)");

    private Days() {}

    /** Whether a product's name or alias holds a day, a week or a batch, so that days name products. */
    static boolean nameProducts(java.util.List<dev.groupbuy.core.deal.CatalogItem> catalog) {
        for (dev.groupbuy.core.deal.CatalogItem item : catalog) {
            if (namesADay(item.name()) || item.aliases().stream().anyMatch(Days::namesADay)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesADay(String word) {
        return word.contains("周")
                || word.contains("星期")
                || word.contains("礼拜")
                || word.contains("批")
                || word.contains("日")
                || word.contains("天");
    }

    static String summed(String line) {
        if (!mayHoldDays(line)) {
            return line;
        }
        String out = rangeEach(line);
        out = replacedByTotal(out, WHOLE_WEEK, m -> 7 * count(m.group(1)), 2);
        out = replacedByTotal(out, DAYS_THEN_EACH, m -> daysIn(m.group(1)) * count(m.group(2)), 3);
        out = replacedByTotal(out, TIMES_EACH, m -> count(m.group(1)) * count(m.group(2)), 3);
        out = replacedByTotal(out, WEEKLY_FOR, m -> count(m.group(1)) * count(m.group(3)), 2);
        return pairs(out);
    }

    private static boolean mayHoldDays(String line) {
        return line.indexOf('周') >= 0
                || line.indexOf('星') >= 0
                || line.indexOf('礼') >= 0
                || line.indexOf('天') >= 0
                || line.indexOf('批') >= 0
                || line.indexOf('日') >= 0;
    }

    private static String rangeEach(String line) {
        Matcher m = RANGE_EACH.matcher(line);
        if (!m.find()) {
            return line;
        }
        int from = weekday(m.group(1).charAt(0));
        int to = weekday(m.group(2).charAt(0));
        if (from < 1 || to <= from) {
            return line;
        }
        return line.substring(0, m.start())
                + (to - from + 1) * count(m.group(3))
                + unitOf(m.group(4))
                + line.substring(m.end());
    }

    private interface Total {
        int of(Matcher m);
    }

    private static String replacedByTotal(String line, Pattern pattern, Total total, int unitGroup) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return line;
        }
        int value = total.of(m);
        if (value <= 0) {
            return line;
        }
        return line.substring(0, m.start()) + value + unitOf(m.group(unitGroup)) + line.substring(m.end());
    }

    /** Two or more days each with its count, next to each other: their total, written where the first stood. */
    private static String pairs(String line) {
        Matcher m = DAY_COUNT.matcher(line);
        int start = -1;
        int end = -1;
        int total = 0;
        int found = 0;
        String unit = "";
        String firstDay = null;
        boolean anotherDay = false;
        while (m.find()) {
            boolean adjacent = found > 0 && line.substring(end, m.start()).matches("[\\s,，、;；+和]*");
            if (found > 0 && !adjacent) {
                break;
            }
            if (found == 0) {
                start = m.start();
                firstDay = m.group(1);
            } else {
                anotherDay |= !m.group(1).equals(firstDay);
            }
            if (m.group(2) != null) {
                total += count(m.group(2));
                unit = unit.isEmpty() ? unitOf(m.group(3)) : unit;
            }
            end = m.end();
            found++;
        }
        if (found < 2 || !anotherDay || total <= 0) {
            return line;
        }
        return line.substring(0, start) + total + unit + line.substring(end);
    }

    private static int daysIn(String days) {
        Matcher m = ONE_DAY.matcher(days);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int weekday(char c) {
        if (c >= '1' && c <= '7') {
            return c - '0';
        }
        return c == '日' || c == '天' ? 7 : ChineseNumerals.digit(c);
    }

    private static int count(String number) {
        if (number == null) {
            return 0;
        }
        if (Character.isDigit(number.charAt(0))) {
            return Integer.parseInt(number);
        }
        ChineseNumerals.Reading r = ChineseNumerals.read(number, 0);
        return r == null ? 0 : r.value();
    }

    private static String unitOf(String unit) {
        return unit == null ? "" : unit;
    }
}
