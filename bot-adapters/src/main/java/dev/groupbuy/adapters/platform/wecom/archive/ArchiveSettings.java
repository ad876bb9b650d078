package dev.groupbuy.adapters.platform.wecom.archive;

import java.time.Duration;

/**
 * The message archive's settings.
 *
 * @param libraryPath the native Finance SDK, as WxJava expects it: a directory and the library file names,
 *     e.g. {@code /opt/wecom/libWeWorkFinanceSdk_Java.so} (Linux) — WeCom ships it for Linux and Windows only
 * @param privateKey the RSA private key whose public half is configured in WeCom's archive settings
 * @param secret the archive's own secret (falls back to the app secret when empty)
 * @param pkcs1 whether the private key is PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) rather than PKCS#8
 * @param every how often to pull without a {@code msgaudit_notify} (a fallback; WeCom notifies at most every 15 s)
 * @param timeoutSeconds the SDK's timeout for one pull
 */
public record ArchiveSettings(
        String libraryPath, String privateKey, String secret, boolean pkcs1, Duration every, int timeoutSeconds) {

    public ArchiveSettings {
        if (libraryPath == null || libraryPath.isBlank()) {
            throw new IllegalArgumentException("the message archive needs GROUPBUY_WECOM_ARCHIVE_LIBRARY_PATH");
        }
        if (privateKey == null || privateKey.isBlank()) {
            throw new IllegalArgumentException("the message archive needs GROUPBUY_WECOM_ARCHIVE_PRIVATE_KEY");
        }
        every = every == null ? Duration.ofMinutes(1) : every;
        timeoutSeconds = timeoutSeconds <= 0 ? 10 : timeoutSeconds;
    }
}
