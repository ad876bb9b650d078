package dev.groupbuy.core.outbound;

import java.time.Duration;

/**
 * What one chat's turn did.
 *
 * @param sent parts the platform took
 * @param moved whether a message left the queue without being sent (given up, skipped)
 * @param pause how long until the chat (or, when {@code channelWide}, its whole platform) can go on; {@code
 *     null} when nothing is to be waited for
 */
record Step(int sent, boolean moved, Duration pause, boolean channelWide) {

    static final Step IDLE = new Step(0, false, null, false);
    static final Step SENT = new Step(1, false, null, false);
    static final Step MOVED = new Step(0, true, null, false);

    static Step waitChat(Duration wait) {
        return new Step(0, false, wait, false);
    }

    static Step waitChannel(Duration wait) {
        return new Step(0, false, wait, true);
    }

    boolean progressed() {
        return sent > 0 || moved;
    }
}
