package dev.groupbuy.adapters.platform;

import java.util.Optional;

/** Port: how the bot posts in each group, for platforms with several ways of sending. */
public interface GroupChannels {

    Optional<GroupChannel> of(String platform, String chatId);

    /** Sets or replaces the group's channel. */
    void save(long groupId, GroupChannel channel);
}
