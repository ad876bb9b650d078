package dev.groupbuy.adapters.platform.wecom;

import dev.groupbuy.adapters.platform.wecom.archive.ArchivePuller;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the callback's events on an executor: an archive pull (when the archive is configured) and the
 * customer-group sync. A pull the executor cannot take now is made up by the periodic one.
 */
public final class AsyncWeComEvents implements WeComEvents {

    private static final Logger LOG = Logger.getLogger(AsyncWeComEvents.class.getName());

    private final Executor executor;
    private final ArchivePuller archive;
    private final WeComGroupSync groups;

    /** @param archive the archive's puller, or {@code null} when the archive is not used */
    public AsyncWeComEvents(Executor executor, ArchivePuller archive, WeComGroupSync groups) {
        this.executor = executor;
        this.archive = archive;
        this.groups = groups;
    }

    @Override
    public void archiveNotified() {
        if (archive != null) {
            run("archive pull", archive::pull);
        }
    }

    @Override
    public void externalChatChanged(String chatId, String changeType, String updateDetail) {
        run("customer group sync", () -> groups.changed(chatId, changeType, updateDetail));
    }

    private void run(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, what + " failed: " + e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> what + " skipped: no worker free");
        }
    }
}
