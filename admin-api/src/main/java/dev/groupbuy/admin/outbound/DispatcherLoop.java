package dev.groupbuy.admin.outbound;

import dev.groupbuy.core.outbound.OutboundDispatcher;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link OutboundDispatcher} on one thread of this instance for as long as the application runs:
 * pass after pass while messages go out, resting as long as the dispatcher says nothing is due (at most the
 * poll interval) otherwise. Stopped before the data source closes.
 */
class DispatcherLoop implements SmartLifecycle {

    private static final Logger LOG = Logger.getLogger(DispatcherLoop.class.getName());

    private final OutboundDispatcher dispatcher;
    private final Duration pollInterval;
    private volatile Thread thread;

    DispatcherLoop(OutboundDispatcher dispatcher, Duration pollInterval) {
        this.dispatcher = dispatcher;
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        Thread loop = new Thread(this::run, "outbound-dispatcher");
        loop.setDaemon(true);
        thread = loop;
        loop.start();
    }

    @Override
    public void stop() {
        Thread loop = thread;
        thread = null;
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            Duration rest;
            try {
                OutboundDispatcher.Pass pass = dispatcher.dispatchOnce();
                rest = pass.progressed() ? Duration.ZERO : pass.idle();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbound pass failed; trying again shortly", e);
                rest = pollInterval;
            }
            if (!rest.isZero() && !rest.isNegative() && !sleep(rest)) {
                return;
            }
        }
    }

    private static boolean sleep(Duration rest) {
        try {
            Thread.sleep(Math.max(1, rest.toMillis()));
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
