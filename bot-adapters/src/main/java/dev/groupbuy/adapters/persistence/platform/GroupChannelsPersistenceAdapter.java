package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.adapters.platform.ChannelType;
import dev.groupbuy.adapters.platform.GroupChannel;
import dev.groupbuy.adapters.platform.GroupChannels;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/** {@link GroupChannels} on {@code group_channels}, one row per group. */
class GroupChannelsPersistenceAdapter implements GroupChannels {

    private final PlatformMapper rows;

    GroupChannelsPersistenceAdapter(PlatformMapper rows) {
        this.rows = rows;
    }

    @Override
    public Optional<GroupChannel> of(String platform, String chatId) {
        return Optional.ofNullable(rows.channel(platform, chatId))
                .map(row ->
                        new GroupChannel(ChannelType.fromWireName(row.type()), row.webhookKey(), row.senderUserId()));
    }

    @Override
    public void save(long groupId, GroupChannel channel) {
        String type = channel.type().wireName();
        if (rows.updateChannel(groupId, type, channel.webhookKey(), channel.senderUserId()) > 0) {
            return;
        }
        try {
            rows.insertChannel(groupId, type, channel.webhookKey(), channel.senderUserId());
        } catch (DuplicateKeyException raced) {
            rows.updateChannel(groupId, type, channel.webhookKey(), channel.senderUserId());
        }
    }
}
