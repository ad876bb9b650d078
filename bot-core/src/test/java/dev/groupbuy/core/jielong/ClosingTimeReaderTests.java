package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ClosingTimeReaderTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Wednesday 2026-11-25 10:00. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZONE);

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ZONE);
    }

    private static ZonedDateTime read(String text) {
        return ClosingTimeReader.read(text, NOW).orElse(null);
    }

    @Test
    void readsTonightAndTomorrow() {
        assertThat(read("今晚8点")).isEqualTo(at(25, 20, 0));
        assertThat(read("明天中午12点")).isEqualTo(at(26, 12, 0));
        assertThat(read("明天上午10点")).isEqualTo(at(26, 10, 0));
        assertThat(read("明晚9点半")).isEqualTo(at(26, 21, 30));
    }

    @Test
    void readsAnAfternoonHourAsTodayWhileItIsAhead() {
        assertThat(read("下午5点")).isEqualTo(at(25, 17, 0));
        assertThat(ClosingTimeReader.read("下午5点", at(25, 18, 0))).contains(at(26, 17, 0));
    }

    @Test
    void readsWeekdays() {
        assertThat(read("周五晚8点")).isEqualTo(at(27, 20, 0));
        assertThat(read("星期三下午3点")).isEqualTo(at(25, 15, 0));
        assertThat(ClosingTimeReader.read("周三上午9点", NOW)).contains(at(25, 9, 0).plusWeeks(1));
    }

    @Test
    void readsClockTimes() {
        assertThat(read("20:00")).isEqualTo(at(25, 20, 0));
        assertThat(read("今天18:30")).isEqualTo(at(25, 18, 30));
    }

    @Test
    void readsAnHourWithoutPeriodAsTheNextSuchClockTime() {
        assertThat(read("8点")).isEqualTo(at(25, 20, 0));
        assertThat(read("11点")).isEqualTo(at(25, 11, 0));
    }

    @Test
    void readsChineseNumeralHours() {
        assertThat(read("今晚八点")).isEqualTo(at(25, 20, 0));
    }

    @Test
    void givesNothingWithoutATime() {
        assertThat(read("另行通知")).isNull();
        assertThat(read("今晚")).isNull();
        assertThat(read("25:00")).isNull();
    }
}
