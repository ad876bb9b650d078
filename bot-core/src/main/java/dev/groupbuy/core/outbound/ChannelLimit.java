package dev.groupbuy.core.outbound;

/**
 * How many platform messages a channel takes per window ({@link OutboundSettings#window()}, a minute).
 *
 * @param perWindow for the whole platform, 0 for no limit ({@code groupbuy.outbound.<platform>.per-minute})
 * @param perChatPerWindow for each chat of it, 0 for no limit ({@code …per-chat-per-minute}; a WeCom group
 *     robot counts per group)
 */
public record ChannelLimit(int perWindow, int perChatPerWindow) {

    public static final ChannelLimit NONE = new ChannelLimit(0, 0);

    public ChannelLimit {
        if (perWindow < 0 || perChatPerWindow < 0) {
            throw new IllegalArgumentException("a channel limit cannot be negative");
        }
    }
}
