package dev.groupbuy.adapters.platform;

import java.time.Instant;
import java.util.Optional;

/** Port: addresses a platform gave for answering one message (WeCom AI bot's response_url), until they expire. */
public interface ReplyUrls {

    void remember(String platform, String chatId, String messageId, String url, Instant expiresAt);

    Optional<String> find(String platform, String chatId, String messageId, Instant now);
}
