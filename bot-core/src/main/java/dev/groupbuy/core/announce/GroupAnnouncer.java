package dev.groupbuy.core.announce;

import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.DealEventListener;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that tells groups what happened to their deals: every use case hands its {@link DealEvent}
 * here, whichever door it came through, and the announcements go to the {@link Outbox} in the same
 * transaction, cut at the platform's size limit. Scheduled posts and lists go out through {@link #post} the
 * same way.
 */
public final class GroupAnnouncer implements DealEventListener {

    private final GroupRepository groups;
    private final Outbox outbox;
    private final int maxBytes;

    public GroupAnnouncer(GroupRepository groups, Outbox outbox) {
        this(groups, outbox, TextSplitter.DEFAULT_MAX_BYTES);
    }

    public GroupAnnouncer(GroupRepository groups, Outbox outbox, int maxBytes) {
        this.groups = groups;
        this.outbox = outbox;
        this.maxBytes = maxBytes;
    }

    @Override
    public List<Posted> on(DealEvent event) {
        List<Posted> posted = new ArrayList<>();
        for (long groupId : event.audience()) {
            Optional<ChatGroup> group = groups.findById(groupId);
            if (group.isEmpty()) {
                continue;
            }
            for (Announcement announcement : Announcements.of(event, group.get())) {
                posted.addAll(post(group.get(), announcement));
            }
        }
        return posted;
    }

    /** Says {@code text} in the group as it is (a scheduled post, a list): the same way out as announcements. */
    public List<Posted> post(ChatGroup group, String text) {
        return post(group, Announcement.of(text));
    }

    private List<Posted> post(ChatGroup group, Announcement announcement) {
        List<Posted> posted = new ArrayList<>();
        for (String part : TextSplitter.split(announcement.text(), maxBytes)) {
            OutboundMessage message =
                    new OutboundMessage(group.platform(), group.chatId(), part, announcement.mentionedIn(part), null);
            posted.add(new Posted(outbox.enqueue(message), message));
        }
        return posted;
    }
}
