package dev.groupbuy.core.testing;

import dev.groupbuy.core.signup.SeenLine;
import dev.groupbuy.core.signup.SignUpLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link SignUpLedger} in memory, idempotent per fingerprint, counting rows written. */
public final class InMemorySignUpLedger implements SignUpLedger {

    private final Map<String, SeenLine> lines = new LinkedHashMap<>();
    private final WriteCounter writes;
    private volatile Duration readDelay = Duration.ZERO;

    public InMemorySignUpLedger(WriteCounter writes) {
        this.writes = writes;
    }

    /** Makes every read take this long (outside the monitor), to widen race windows in concurrency tests. */
    public void slowReads(Duration delay) {
        this.readDelay = delay;
    }

    @Override
    public Set<String> fingerprints(long dealId, long groupId) {
        Set<String> found = read(dealId, groupId);
        if (!readDelay.isZero()) {
            try {
                Thread.sleep(readDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return found;
    }

    private synchronized Set<String> read(long dealId, long groupId) {
        return lines.values().stream()
                .filter(line -> line.dealId() == dealId && line.groupId() == groupId)
                .map(SeenLine::fingerprint)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized List<SeenLine> lines(long dealId, long groupId) {
        return lines.values().stream()
                .filter(line -> line.dealId() == dealId && line.groupId() == groupId)
                .toList();
    }

    @Override
    public synchronized void record(Collection<SeenLine> newLines) {
        for (SeenLine line : newLines) {
            String key = line.dealId() + "/" + line.groupId() + "/" + line.fingerprint();
            if (lines.putIfAbsent(key, line) == null) {
                writes.count("ledger.record");
            }
        }
    }

    public synchronized List<SeenLine> all() {
        return new ArrayList<>(lines.values());
    }
}
