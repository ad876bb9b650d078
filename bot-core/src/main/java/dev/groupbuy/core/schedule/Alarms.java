package dev.groupbuy.core.schedule;

import java.time.Instant;

/**
 * Port: wakes the core up later. An alarm rings once, on one instance of a cluster, also after a restart (an
 * alarm whose time passed while no instance ran rings when one starts), by calling {@link AlarmHandler#ring}.
 * What to do then — and whether it is still due, or too late — is the core's decision, on its own clock.
 */
public interface Alarms {

    /**
     * Rings {@code alarm} {@code at} that time (at once if it passed), replacing any time set for it before.
     * Setting the time it is already set to changes nothing.
     */
    void set(Alarm alarm, Instant at);

    void cancel(Alarm alarm);
}
