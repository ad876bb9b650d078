package dev.groupbuy.admin.export;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signed download links for deal workbooks ({@code GET /exports/{token}}).
 *
 * @param secret the HMAC key ({@code GROUPBUY_EXPORTS_SECRET}); empty: generated once and kept in {@code
 *     secretFile} when {@code generateSecret} is true (embedded default), else the start fails (prod)
 * @param linkTtl how long a link works, 24 hours by default
 */
@ConfigurationProperties("groupbuy.exports")
public record ExportProperties(String secret, boolean generateSecret, Path secretFile, Duration linkTtl) {

    public ExportProperties {
        secret = secret == null ? "" : secret.strip();
        linkTtl = linkTtl == null ? Duration.ofHours(24) : linkTtl;
    }
}
