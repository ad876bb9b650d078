package dev.groupbuy.core.testing;

import dev.groupbuy.core.schedule.Alarm;
import dev.groupbuy.core.schedule.AlarmHandler;
import dev.groupbuy.core.schedule.Alarms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Alarms} on a test clock, standing in for Quartz: {@link #runUntil} moves the clock from alarm to
 * alarm, ringing each at its time (an alarm set in the past rings at once), and remembers what rang when.
 */
public final class ManualAlarms implements Alarms {

    private final Map<Alarm, Instant> set = new LinkedHashMap<>();
    private final List<Rung> rung = new ArrayList<>();
    private final MutableClock clock;
    private AlarmHandler handler;

    public ManualAlarms(MutableClock clock) {
        this.clock = clock;
    }

    /** An alarm that rang, and the clock's time then. */
    public record Rung(Alarm alarm, Instant at) {}

    public void ringInto(AlarmHandler alarmHandler) {
        this.handler = alarmHandler;
    }

    @Override
    public synchronized void set(Alarm alarm, Instant at) {
        set.put(alarm, at);
    }

    @Override
    public synchronized void cancel(Alarm alarm) {
        set.remove(alarm);
    }

    public synchronized Optional<Instant> time(Alarm alarm) {
        return Optional.ofNullable(set.get(alarm));
    }

    /** Rings every alarm due up to {@code target} in time order, the clock at each one's time; ends at {@code target}. */
    public void runUntil(Instant target) {
        while (true) {
            Optional<Map.Entry<Alarm, Instant>> next = nextDue(target);
            if (next.isEmpty()) {
                moveClockTo(target);
                return;
            }
            moveClockTo(next.get().getValue());
            synchronized (this) {
                set.remove(next.get().getKey());
                rung.add(new Rung(next.get().getKey(), clock.instant()));
            }
            handler.ring(next.get().getKey());
        }
    }

    /**
     * As if no instance ran from now until {@code until}: the clock moves on and nothing rings; the alarms
     * whose time passed ring on the next {@link #runUntil}, late.
     */
    public void outageUntil(Instant until) {
        moveClockTo(until);
    }

    public synchronized List<Rung> rung() {
        return List.copyOf(rung);
    }

    private synchronized Optional<Map.Entry<Alarm, Instant>> nextDue(Instant target) {
        return set.entrySet().stream()
                .filter(e -> !e.getValue().isAfter(target))
                .min(Comparator.comparing(Map.Entry::getValue))
                .map(e -> Map.entry(e.getKey(), e.getValue()));
    }

    private void moveClockTo(Instant at) {
        Duration ahead = Duration.between(clock.instant(), at);
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
    }
}
