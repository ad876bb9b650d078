package dev.groupbuy.core.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Residents' chat text is personal data: it is kept {@code groupbuy.retention.chat-text-days} (30 by default)
 * and then blanked. Orders keep what they need (name, items, the line they came from); the inbox keeps that a
 * message came, when and how it was handled.
 */
public final class ChatTextRetention {

    static final int BATCH = 1000;

    private final ChatTexts texts;
    private final Clock clock;
    private final Duration keep;

    public ChatTextRetention(ChatTexts texts, Clock clock, Duration keep) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("chat text must be kept for some time");
        }
        this.texts = texts;
        this.clock = clock;
        this.keep = keep;
    }

    /** @return how many messages had their text blanked */
    public int blankExpired() {
        Instant cutoff = clock.instant().minus(keep);
        int total = 0;
        int blanked;
        do {
            blanked = texts.blankReceivedBefore(cutoff, BATCH);
            total += blanked;
        } while (blanked == BATCH);
        return total;
    }
}
