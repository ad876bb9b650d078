package dev.groupbuy.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTextRetentionTests {

    private final MutableClock clock = MutableClock.at("2026-12-31T19:30:00Z");

    @Test
    void blanksWhatWasReceivedBeforeTheRetentionPeriodInBatchesUntilNoneIsLeft() {
        List<Instant> cutoffs = new ArrayList<>();
        int[] left = {2_345};
        ChatTexts texts = (cutoff, batch) -> {
            cutoffs.add(cutoff);
            int blanked = Math.min(batch, left[0]);
            left[0] -= blanked;
            return blanked;
        };

        int blanked = new ChatTextRetention(texts, clock, Duration.ofDays(30)).blankExpired();

        assertThat(blanked).isEqualTo(2_345);
        assertThat(cutoffs).hasSize(3).containsOnly(Instant.parse("2026-12-01T19:30:00Z"));
    }
}
