package dev.groupbuy.adapters.persistence;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;

/** The clock the persistence adapters stamp rows with. */
public final class StoreClock {

    private static final Duration MICROSECOND = Duration.ofNanos(1_000);

    private StoreClock() {}

    /**
     * The application's clock (the UTC system clock when it has none), ticking in microseconds like the
     * {@code DATETIME(6)} columns: what an adapter returns equals what it reads back later.
     */
    public static Clock of(ObjectProvider<Clock> clock) {
        return Clock.tick(clock.getIfAvailable(Clock::systemUTC), MICROSECOND);
    }
}
