package dev.groupbuy.admin.web;

import java.util.concurrent.Semaphore;

/**
 * Bounds how many requests may be receiving their bodies at once. A body that trickles in holds a server thread
 * while it is read; without this bound, a few hundred slow senders would hold all of them.
 */
final class BodyReaders {

    private final Semaphore permits;

    BodyReaders(int max) {
        this.permits = new Semaphore(max);
    }

    /** Takes a place without waiting; false when all are taken. */
    boolean tryEnter() {
        return permits.tryAcquire();
    }

    void leave() {
        permits.release();
    }
}
