package dev.groupbuy.core.jielong;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cut-off time written the way leaders write it — {@code 今晚8点}, {@code 明天中午12点},
 * {@code 下午5点}, {@code 周五晚8点}, {@code 20:00}, {@code 8点半} — relative to "now". Without a day the
 * next such time is meant; without 上午/下午 an hour up to 12 is read as the next matching clock time.
 */
final class ClosingTimeReader {

    private static final Pattern DAY = Pattern.compile(
            "(今天|今日|今晚|今早|明天|明日|明晚|明早|后天|(?:周|星期|礼拜)([一二三四五六日天1-7])|(\\d{1,2})月(\\d{1,2})[日号]|(\\d{1,2})[日号])");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:：](\\d{2})");
    private static final Pattern PERIOD = Pattern.compile("上午|早上|早晨|中午|下午|傍晚|晚上|晚|凌晨|今早|明早");
    private static final Pattern HOUR = Pattern.compile("([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*[点时](半|(\\d{1,2})分?)?");

    private ClosingTimeReader() {}

    static Optional<ZonedDateTime> read(String text, ZonedDateTime now) {
        String s = TextNormalizer.normalize(text);
        Optional<LocalTime> time = time(s);
        if (time.isEmpty()) {
            return Optional.empty();
        }
        boolean periodKnown = PERIOD.matcher(s).find()
                || time.get().getHour() > 12
                || CLOCK.matcher(s).find();
        Matcher day = DAY.matcher(s);
        if (day.find()) {
            Optional<ZonedDateTime> at =
                    date(day, now.toLocalDate()).map(d -> d.atTime(time.get()).atZone(now.getZone()));
            boolean weekday = day.group(2) != null;
            return at.map(t -> weekday && t.isBefore(now) ? t.plusWeeks(1) : t)
                    .map(t -> !periodKnown
                                    && t.getHour() < 12
                                    && t.plusHours(12).isAfter(now)
                                    && isToday(t, now)
                                    && t.isBefore(now)
                            ? t.plusHours(12)
                            : t);
        }
        ZonedDateTime next = now.toLocalDate().atTime(time.get()).atZone(now.getZone());
        while (!next.isAfter(now)) {
            next = periodKnown || next.getHour() >= 12 ? next.plusDays(1) : next.plusHours(12);
        }
        return Optional.of(next);
    }

    private static boolean isToday(ZonedDateTime t, ZonedDateTime now) {
        return t.toLocalDate().equals(now.toLocalDate());
    }

    private static Optional<LocalTime> time(String s) {
        Matcher clock = CLOCK.matcher(s);
        if (clock.find()) {
            return at(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
        }
        Matcher hour = HOUR.matcher(s);
        if (!hour.find()) {
            return s.contains("中午") ? at(12, 0) : Optional.empty();
        }
        int h = number(hour.group(1));
        int m = hour.group(2) == null ? 0 : hour.group(2).equals("半") ? 30 : Integer.parseInt(hour.group(3));
        String before = s.substring(0, hour.start());
        if ((before.contains("下午") || before.contains("晚") || before.contains("傍晚")) && h < 12) {
            h += 12;
        } else if (before.contains("中午") && h < 6) {
            h += 12;
        } else if (before.contains("晚") && h == 12) {
            h = 23;
            m = 59;
        }
        return at(h, m);
    }

    private static Optional<LocalDate> date(Matcher day, LocalDate today) {
        String word = day.group(1);
        if (word.startsWith("今")) {
            return Optional.of(today);
        }
        if (word.startsWith("明")) {
            return Optional.of(today.plusDays(1));
        }
        if (word.equals("后天")) {
            return Optional.of(today.plusDays(2));
        }
        if (day.group(2) != null) {
            DayOfWeek target = DayOfWeek.of(weekday(day.group(2)));
            int ahead = (target.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            return Optional.of(today.plusDays(ahead));
        }
        try {
            if (day.group(3) != null) {
                LocalDate d =
                        LocalDate.of(today.getYear(), Integer.parseInt(day.group(3)), Integer.parseInt(day.group(4)));
                return Optional.of(d.isBefore(today) ? d.plusYears(1) : d);
            }
            LocalDate d = today.withDayOfMonth(Integer.parseInt(day.group(5)));
            return Optional.of(d.isBefore(today) ? d.plusMonths(1) : d);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int weekday(String w) {
        String days = "一二三四五六日";
        int k = days.indexOf(w);
        if (k >= 0) {
            return k + 1;
        }
        return w.equals("天") ? 7 : Integer.parseInt(w);
    }

    private static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        ChineseNumerals.Reading r = ChineseNumerals.read(s, 0);
        return r == null ? -1 : r.value();
    }

    private static Optional<LocalTime> at(int h, int m) {
        if (h == 24 && m == 0) {
            return Optional.of(LocalTime.of(23, 59));
        }
        return h >= 0 && h < 24 && m >= 0 && m < 60 ? Optional.of(LocalTime.of(h, m)) : Optional.empty();
    }
}
