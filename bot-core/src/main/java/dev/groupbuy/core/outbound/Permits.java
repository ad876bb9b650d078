package dev.groupbuy.core.outbound;

import dev.groupbuy.core.coordination.RateLimiter;
import java.time.Duration;
import java.util.Optional;

/** The channel's limits, taken part by part through the sliding windows of the {@link RateLimiter}. */
final class Permits {

    private final RateLimiter limiter;
    private final OutboundSettings settings;

    Permits(RateLimiter limiter, OutboundSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /** @return empty when the part may go now, else how long to wait and for whom */
    Optional<Step> take(String platform, String chatId) {
        ChannelLimit limit = settings.limit(platform);
        Duration window = settings.enforcedWindow();
        if (limit.perChatPerWindow() > 0) {
            Duration wait =
                    limiter.tryAcquireSliding("outbound:" + platform + "/" + chatId, limit.perChatPerWindow(), window);
            if (!wait.isZero()) {
                return Optional.of(Step.waitChat(wait));
            }
        }
        if (limit.perWindow() > 0) {
            Duration wait = limiter.tryAcquireSliding("outbound:" + platform, limit.perWindow(), window);
            if (!wait.isZero()) {
                return Optional.of(Step.waitChannel(wait));
            }
        }
        return Optional.empty();
    }
}
