package dev.groupbuy.admin.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the server one request body may take.
 *
 * @param maxBodyBytes the largest body; a larger one gets 413 ({@code groupbuy.web.max-body-bytes})
 * @param bodyReadTimeout how long a body may take to arrive once the application starts reading it; a slower
 *     one gets 408 ({@code groupbuy.web.body-read-timeout})
 * @param maxBodyReaders how many requests may be receiving their bodies at the same time; one more gets 503
 *     at once instead of a server thread ({@code groupbuy.web.max-body-readers})
 */
@ConfigurationProperties("groupbuy.web")
public record WebLimits(
        @DefaultValue("1048576") long maxBodyBytes,
        @DefaultValue("20s") Duration bodyReadTimeout,
        @DefaultValue("50") int maxBodyReaders) {

    public WebLimits {
        if (maxBodyBytes <= 0 || bodyReadTimeout.isNegative() || bodyReadTimeout.isZero() || maxBodyReaders <= 0) {
            throw new IllegalArgumentException("groupbuy.web limits must be positive");
        }
    }
}
