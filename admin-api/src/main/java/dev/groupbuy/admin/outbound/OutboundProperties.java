package dev.groupbuy.admin.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is sent ({@code groupbuy.outbound.*}). Per platform, {@code groupbuy.outbound.<platform>.per-minute}
 * and {@code …per-chat-per-minute} (env {@code GROUPBUY_OUTBOUND_SANDBOX_PER_MINUTE} …) limit it; none by
 * default. They are read per registered sender, see {@link OutboundConfiguration}.
 *
 * @param enabled whether this instance runs the dispatcher loop (replies in a sandbox request go out anyway)
 * @param window the span the per-minute limits count in; only tests and benchmarks shorten it
 * @param maxAge a message unsent this long after it was queued is skipped instead of sent late
 * @param maxAttempts transient failures before a message is given up ({@code groupbuy.outbox.max-attempts} is
 *     the same number for the older outbox port)
 * @param pollInterval the longest the loop rests when nothing is due
 */
@ConfigurationProperties("groupbuy.outbound")
record OutboundProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration window,
        @DefaultValue("6h") Duration maxAge,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("500ms") Duration pollInterval) {}
