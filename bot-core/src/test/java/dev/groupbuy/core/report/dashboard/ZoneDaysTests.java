package dev.groupbuy.core.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ZoneDaysTests {

    @Test
    void aZoneWithoutDaylightSavingIsOneWindowFromMidnightToMidnight() {
        assertThat(ZoneDays.windows(
                        LocalDate.parse("2026-06-01"), LocalDate.parse("2026-08-31"), ZoneId.of("Asia/Shanghai")))
                .containsExactly(new SalesFigures.Window(
                        Instant.parse("2026-05-31T16:00:00Z"),
                        Instant.parse("2026-08-31T16:00:00Z"),
                        ZoneOffset.ofHours(8)));
    }

    @Test
    void aChangeOfOffsetStartsANewWindow() {
        assertThat(ZoneDays.windows(
                        LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-26"), ZoneId.of("Europe/Berlin")))
                .containsExactly(
                        new SalesFigures.Window(
                                Instant.parse("2026-10-23T22:00:00Z"),
                                Instant.parse("2026-10-25T01:00:00Z"),
                                ZoneOffset.ofHours(2)),
                        new SalesFigures.Window(
                                Instant.parse("2026-10-25T01:00:00Z"),
                                Instant.parse("2026-10-26T23:00:00Z"),
                                ZoneOffset.ofHours(1)));
    }

    @Test
    void aChangeRightAtTheEndNeedsNoSecondWindow() {
        assertThat(ZoneDays.windows(
                        LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-28"), ZoneId.of("Europe/Berlin")))
                .hasSize(1);
    }
}
