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
 * transaction, cut at the platform's size limit.
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
        for (long groupId : event.deal().groupIds()) {
            Optional<ChatGroup> group = groups.findById(groupId);
            if (group.isEmpty()) {
                continue;
            }
            for (Announcement announcement : Announcements.of(event, group.get())) {
                for (String part : TextSplitter.split(announcement.text(), maxBytes)) {
                    OutboundMessage message = new OutboundMessage(
                            group.get().platform(), group.get().chatId(), part, announcement.mentionedIn(part), null);
                    posted.add(new Posted(outbox.enqueue(message), message));
                }
            }
        }
        return posted;
    }
}
