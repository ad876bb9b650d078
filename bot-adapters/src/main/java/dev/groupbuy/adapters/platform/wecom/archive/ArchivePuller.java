package dev.groupbuy.adapters.platform.wecom.archive;

import dev.groupbuy.adapters.platform.Cursors;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.coordination.LockTimeoutException;
import dev.groupbuy.core.coordination.Locks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reads the message archive from the last stored seq into the inbox, triggered by {@code msgaudit_notify}
 * and by a periodic fallback. One instance pulls at a time (the lock is shared in production). The seq is
 * saved only after its whole batch is in the inbox: a crash in between pulls the batch again, and the inbox
 * drops what it already has. Each pull reads at most {@code maxBatches} batches of 1,000.
 */
public final class ArchivePuller {

    static final String CURSOR = "wecom-archive";
    static final String LOCK = "platform:wecom-archive";
    private static final Logger LOG = Logger.getLogger(ArchivePuller.class.getName());

    private final ArchiveSource source;
    private final MessageIntake intake;
    private final Cursors cursors;
    private final Locks locks;
    private final int batchSize;
    private final int maxBatches;

    public ArchivePuller(
            ArchiveSource source, MessageIntake intake, Cursors cursors, Locks locks, int batchSize, int maxBatches) {
        this.source = source;
        this.intake = intake;
        this.cursors = cursors;
        this.locks = locks;
        this.batchSize = Math.min(Math.max(1, batchSize), ArchiveSource.MAX_LIMIT);
        this.maxBatches = Math.max(1, maxBatches);
    }

    /** Pulls what is new; nothing when another pull is running (it reads the same messages). */
    public Pulled pull() {
        try {
            return locks.withLock(LOCK, Duration.ZERO, this::pullLocked);
        } catch (LockTimeoutException busy) {
            return new Pulled(0, 0, cursors.position(CURSOR));
        }
    }

    private Pulled pullLocked() {
        int read = 0;
        int stored = 0;
        long seq = cursors.position(CURSOR);
        for (int batch = 0; batch < maxBatches; batch++) {
            List<ArchiveSource.ArchivedMessage> messages = source.fetch(seq, batchSize);
            if (messages.isEmpty()) {
                break;
            }
            for (ArchiveSource.ArchivedMessage message : messages) {
                Optional<InboundMessage> inbound = ArchiveReader.read(message);
                if (inbound.isPresent() && intake.accept(inbound.get())) {
                    stored++;
                }
                seq = Math.max(seq, message.seq());
            }
            read += messages.size();
            cursors.save(CURSOR, seq);
            if (messages.size() < batchSize) {
                break;
            }
        }
        int total = read;
        int kept = stored;
        LOG.fine(() -> "archive: " + total + " read, " + kept + " stored");
        return new Pulled(read, stored, seq);
    }

    /**
     * What one pull did.
     *
     * @param read archive messages read
     * @param stored of those, group messages new to the inbox
     * @param seq the seq saved at the end
     */
    public record Pulled(int read, int stored, long seq) {}
}
