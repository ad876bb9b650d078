package dev.groupbuy.core.outbound;

/**
 * Port: delivers the bot's messages to one chat platform. One implementation per platform — the sandbox's
 * here; WeCom, WeChat and the bridge in the platform adapters — registered as a bean; the {@link
 * OutboundDispatcher} finds it by {@link #platform()} and is its only caller.
 *
 * <p>What the dispatcher guarantees a sender: one call at a time per chat, parts of a chat in order, each
 * part at most {@link #maxBytes()} UTF-8 bytes, calls only within the channel's configured rate
 * ({@code groupbuy.outbound.<platform>.per-minute}). What it asks of a sender: return, don't throw, for
 * anything the platform answered ({@link SendResult}); put no token or chat text in a reason, it is stored
 * and shown by {@code GET /api/v1/outbox}. An exception is taken as a transient failure and recorded by its
 * class name only.
 */
public interface Sender {

    /** The platform name groups and outbound messages carry: {@code sandbox}, {@code wecom} … */
    String platform();

    /** The largest part the platform accepts, in UTF-8 bytes; longer messages are cut between lines first. */
    int maxBytes();

    /**
     * Whether the platform drops a second part with an idempotency key it has already seen (as WeCom's
     * {@code enable_duplicate_check} does within its interval). When true, a part whose sending was cut off
     * by a crash is sent again with the same key; when false it is not sent again but recorded failed
     * ({@link OutboundDispatcher#INTERRUPTED}): a missing message is better than a double post.
     */
    boolean dropsRepeats();

    SendResult send(OutboundPart part);
}
