package dev.groupbuy.core.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the writes the in-memory ports receive, by operation ("orders.insert", "inbox.store" ...). */
public final class WriteCounter {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public void count(String operation) {
        count(operation, 1);
    }

    public void count(String operation, int rows) {
        counts.computeIfAbsent(operation, key -> new AtomicInteger()).addAndGet(rows);
    }

    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int of(String operation) {
        AtomicInteger count = counts.get(operation);
        return count == null ? 0 : count.get();
    }

    public void reset() {
        counts.clear();
    }

    /** The counts so far, by operation, for assertion messages. */
    public Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        counts.forEach((operation, count) -> copy.put(operation, count.get()));
        return copy;
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }
}
