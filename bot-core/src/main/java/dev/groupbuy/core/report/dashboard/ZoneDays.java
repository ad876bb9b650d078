package dev.groupbuy.core.report.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Days from midnight to midnight in a zone, as stretches of time with one offset each: one for a zone without
 * daylight saving (Asia/Shanghai), one more for every change of offset in the days.
 */
final class ZoneDays {

    private ZoneDays() {}

    /** The windows covering {@code from} to {@code to}, both included, in {@code zone}. */
    static List<SalesFigures.Window> windows(LocalDate from, LocalDate to, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneRules rules = zone.getRules();
        List<SalesFigures.Window> windows = new ArrayList<>();
        Instant cursor = start;
        while (cursor.isBefore(end)) {
            ZoneOffsetTransition next = rules.nextTransition(cursor);
            Instant stop = next == null || next.getInstant().isAfter(end) ? end : next.getInstant();
            windows.add(new SalesFigures.Window(cursor, stop, rules.getOffset(cursor)));
            cursor = stop;
        }
        return windows;
    }
}
