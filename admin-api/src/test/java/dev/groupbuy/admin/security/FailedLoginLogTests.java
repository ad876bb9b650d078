package dev.groupbuy.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.security.FailedLoginLog.Reason;
import dev.groupbuy.core.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailedLoginLogTests {

    private final MutableClock clock = MutableClock.at("2026-11-25T07:00:00Z");
    private final List<String> lines = new ArrayList<>();
    private final FailedLoginLog log = new FailedLoginLog(clock, 3, Duration.ofMinutes(1), lines::add);

    @Test
    void writesStatusMethodPathAddressAndReason() {
        log.refused(401, "GET", "/api/v1/groups", "10.0.0.7", Reason.UNKNOWN_TOKEN);

        assertThat(lines).containsExactly("Refused 401 GET /api/v1/groups from 10.0.0.7: unknown token");
    }

    @Test
    void writesAtMostTheLimitPerWindowAndCountsTheRestInTheNextLine() {
        for (int i = 0; i < 10; i++) {
            log.refused(401, "GET", "/api/v1/deals", "10.0.0.7", Reason.NO_TOKEN);
        }
        clock.advance(Duration.ofSeconds(59));
        log.refused(401, "GET", "/api/v1/deals", "10.0.0.7", Reason.NO_TOKEN);
        assertThat(lines).hasSize(3);

        clock.advance(Duration.ofSeconds(1));
        log.refused(403, "POST", "/api/v1/deals", "10.0.0.8", Reason.READ_ONLY_WRITE);
        log.refused(401, "GET", "/api/v1/deals", "10.0.0.7", Reason.NO_TOKEN);

        assertThat(lines).hasSize(5);
        assertThat(lines.get(3))
                .startsWith("Refused 403 POST /api/v1/deals from 10.0.0.8: read-only token used to write")
                .contains("8 earlier refusals were not logged");
        assertThat(lines.get(4)).doesNotContain("earlier");
    }

    @Test
    void keepsWhatClientsSentToOneShortPrintableLine() {
        log.refused(401, "GET", "/api/\u001b[31m\n" + "x".repeat(500), "10.0.0.7", Reason.OTHER_SCHEME);

        assertThat(lines.get(0))
                .doesNotContain("\n", "\u001b")
                .contains("/api/?[31m?xxx")
                .hasSizeLessThan(300);
    }
}
