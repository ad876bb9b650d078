package dev.groupbuy.core.testing;

import dev.groupbuy.core.chat.ChatKey;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.InboxState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link Inbox} in memory, unique per platform and message id, thread-safe, counting writes; an entry is
 * finished once (a second worker's mark changes nothing).
 */
public final class InMemoryInbox implements Inbox {

    private final Map<Long, StoredMessage> entries = new LinkedHashMap<>();
    private final Map<Long, String> details = new LinkedHashMap<>();
    private final Map<String, Long> byPlatformId = new LinkedHashMap<>();
    private final Map<Long, Instant> receivedAt = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final WriteCounter writes;
    private final Clock clock;
    private boolean crashBeforeNextDone;

    public InMemoryInbox(WriteCounter writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Long> storeIfNew(InboundMessage message) {
        String key = message.platform() + "/" + message.messageId();
        if (byPlatformId.containsKey(key)) {
            return Optional.empty();
        }
        long id = ids.incrementAndGet();
        byPlatformId.put(key, id);
        entries.put(id, new StoredMessage(id, message, InboxState.RECEIVED));
        receivedAt.put(id, clock.instant());
        writes.count("inbox.store");
        return Optional.of(id);
    }

    @Override
    public synchronized boolean markState(long id, InboxState state, String detail) {
        if (state == InboxState.DONE && crashBeforeNextDone) {
            crashBeforeNextDone = false;
            throw new SimulatedCrash("before marking inbox " + id + " done");
        }
        StoredMessage entry = entries.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no inbox entry " + id);
        }
        if (!unfinished(entry)) {
            return false;
        }
        entries.put(id, new StoredMessage(id, entry.message(), state));
        details.put(id, detail);
        writes.count("inbox.markState");
        return true;
    }

    @Override
    public synchronized List<Long> unfinishedIds(ChatKey chat, long upTo, int limit) {
        return entries.values().stream()
                .filter(e -> e.id() <= upTo
                        && unfinished(e)
                        && ChatKey.of(e.message()).equals(chat))
                .map(StoredMessage::id)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<ChatKey> waitingChats(Instant receivedBy, int limit) {
        return entries.values().stream()
                .filter(e -> unfinished(e) && !receivedAt.get(e.id()).isAfter(receivedBy))
                .map(e -> ChatKey.of(e.message()))
                .distinct()
                .limit(limit)
                .toList();
    }

    private static boolean unfinished(StoredMessage entry) {
        return entry.state() == InboxState.RECEIVED || entry.state() == InboxState.PROCESSING;
    }

    @Override
    public synchronized Optional<StoredMessage> findById(long id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The next attempt to mark an entry done dies like a process killed between its work and that write. */
    public synchronized void crashBeforeNextDone() {
        crashBeforeNextDone = true;
    }

    public synchronized String detail(long id) {
        return details.getOrDefault(id, "");
    }

    public synchronized List<StoredMessage> all() {
        return new ArrayList<>(entries.values());
    }
}
