package dev.groupbuy.core.deal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day of a deal post's pickup or arrival text ({@code 明天下午3点东门自提}, {@code 周六到货},
 * {@code 12月1日自提}) relative to the day the post was written: the deal's delivery date. A weekday means the
 * next such day (today included), {@code 下周六} the one in the week after; a date already past means next
 * year's (or next month's for a bare {@code 5号}; {@code 5号门}, {@code 3号楼} are places, not days). Text with
 * no day says nothing.
 */
public final class DeliveryDays {

    private static final Pattern DAY = Pattern.compile("(大后天|后天|今天|今日|今晚|今早|明天|明日|明晚|明早)"
            + "|(下)?(?:周|星期|礼拜)([一二三四五六日天1-7])"
            + "|(\\d{1,2})月(\\d{1,2})[日号]?"
            + "|(\\d{1,2})[日号](?![门楼院栋幢座单元口仓库柜铺店线位车道厅房])");
    private static final String WEEKDAYS = "一二三四五六日";

    private DeliveryDays() {}

    public static Optional<LocalDate> read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher day = DAY.matcher(text);
        while (day.find()) {
            Optional<LocalDate> date = date(day, today);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Matcher day, LocalDate today) {
        if (day.group(1) != null) {
            return Optional.of(today.plusDays(relative(day.group(1))));
        }
        if (day.group(3) != null) {
            DayOfWeek target = DayOfWeek.of(weekday(day.group(3)));
            int ahead = (target.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            if (day.group(2) != null) {
                ahead = 7 - today.getDayOfWeek().getValue() + target.getValue();
            }
            return Optional.of(today.plusDays(ahead));
        }
        try {
            if (day.group(4) != null) {
                LocalDate date =
                        LocalDate.of(today.getYear(), Integer.parseInt(day.group(4)), Integer.parseInt(day.group(5)));
                return Optional.of(date.isBefore(today) ? date.plusYears(1) : date);
            }
            LocalDate date = today.withDayOfMonth(Integer.parseInt(day.group(6)));
            return Optional.of(date.isBefore(today) ? date.plusMonths(1) : date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int relative(String word) {
        if (word.equals("大后天")) {
            return 3;
        }
        if (word.equals("后天")) {
            return 2;
        }
        return word.startsWith("明") ? 1 : 0;
    }

    private static int weekday(String word) {
        int index = WEEKDAYS.indexOf(word);
        if (index >= 0) {
            return index + 1;
        }
        return word.equals("天") ? 7 : Integer.parseInt(word);
    }
}
