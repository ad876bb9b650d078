package dev.groupbuy.core.testing;

import dev.groupbuy.core.outbound.OutboundPart;
import dev.groupbuy.core.outbound.SendResult;
import dev.groupbuy.core.outbound.Sender;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A {@link Sender} that records what it was handed and when, answering {@link SendResult#sent()} unless told
 * otherwise with {@link #answerNext}.
 */
public final class RecordingSender implements Sender {

    private final String platform;
    private final int maxBytes;
    private final boolean dropsRepeats;
    private final Clock clock;
    private final List<Call> calls = new ArrayList<>();
    private final Deque<SendResult> answers = new ArrayDeque<>();
    private RuntimeException failure;

    public RecordingSender(String platform, int maxBytes, boolean dropsRepeats, Clock clock) {
        this.platform = platform;
        this.maxBytes = maxBytes;
        this.dropsRepeats = dropsRepeats;
        this.clock = clock;
    }

    /** A call the platform "received". */
    public record Call(OutboundPart part, Instant at) {}

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public int maxBytes() {
        return maxBytes;
    }

    @Override
    public boolean dropsRepeats() {
        return dropsRepeats;
    }

    @Override
    public synchronized SendResult send(OutboundPart part) {
        calls.add(new Call(part, clock.instant()));
        if (failure != null) {
            throw failure;
        }
        SendResult answer = answers.pollFirst();
        return answer == null ? SendResult.sent() : answer;
    }

    public synchronized RecordingSender answerNext(SendResult... results) {
        answers.addAll(List.of(results));
        return this;
    }

    /** Every call from now on throws this, as a sender with a bug would. */
    public synchronized RecordingSender throwing(RuntimeException exception) {
        failure = exception;
        return this;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<String> texts() {
        return calls.stream().map(c -> c.part().text()).toList();
    }
}
