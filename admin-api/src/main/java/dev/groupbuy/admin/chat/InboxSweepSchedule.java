package dev.groupbuy.admin.chat;

import dev.groupbuy.core.chat.InboxSweep;
import dev.groupbuy.core.store.Failures;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the core's {@link InboxSweep} on one background thread of its own, from the start of the application
 * (the first round picks up what a crash left) and then every {@code interval} after the previous round ended,
 * until the application stops. A round that fails is logged and the next one runs as planned.
 */
final class InboxSweepSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(InboxSweepSchedule.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final InboxSweep sweep;
    private final Duration interval;
    private ScheduledExecutorService executor;

    InboxSweepSchedule(InboxSweep sweep, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("groupbuy.pipeline.sweep.interval must be positive");
        }
        this.sweep = sweep;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "inbox-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void round() {
        try {
            int processed = sweep.sweep().size();
            if (processed > 0) {
                LOG.info("inbox sweep processed {} waiting messages", processed);
            }
        } catch (RuntimeException e) {
            LOG.warn("inbox sweep failed: {}", Failures.describe(e));
        }
    }
}
