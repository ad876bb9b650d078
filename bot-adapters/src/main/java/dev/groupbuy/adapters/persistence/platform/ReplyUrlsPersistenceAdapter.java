package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.adapters.platform.ReplyUrls;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/** {@link ReplyUrls} on {@code reply_urls}; expired rows are dropped whenever a new one is remembered. */
class ReplyUrlsPersistenceAdapter implements ReplyUrls {

    private final PlatformMapper rows;

    ReplyUrlsPersistenceAdapter(PlatformMapper rows) {
        this.rows = rows;
    }

    @Override
    public void remember(String platform, String chatId, String messageId, String url, Instant expiresAt) {
        try {
            rows.insertReplyUrl(platform, chatId, messageId, url, expiresAt);
        } catch (DuplicateKeyException redelivered) {
            return;
        }
        rows.deleteExpiredReplyUrls(expiresAt.minusSeconds(24 * 3600));
    }

    @Override
    public Optional<String> find(String platform, String chatId, String messageId, Instant now) {
        return Optional.ofNullable(rows.replyUrl(platform, chatId, messageId, now));
    }
}
