package dev.groupbuy.adapters.platform;

import dev.groupbuy.core.chat.OutboundMessage;

/**
 * Delivers the bot's outbound messages on one platform. A sender makes one attempt and says how it went;
 * pacing, retries and splitting belong to whoever drains the outbox.
 */
public interface PlatformSender {

    /** The {@link OutboundMessage#platform()} this sender delivers. */
    String platform();

    /** The largest text one message may carry on this platform, in UTF-8 bytes; longer texts must be split. */
    int maxBytes();

    /**
     * One delivery attempt.
     *
     * @param idempotencyKey the same for every attempt at the same outbox message, so a platform that
     *     supports it can drop a repeat
     */
    SendOutcome send(OutboundMessage message, String idempotencyKey);
}
