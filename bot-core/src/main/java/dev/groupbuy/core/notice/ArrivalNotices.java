package dev.groupbuy.core.notice;

import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.DealEventListener;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.direct.BoundMembers;
import dev.groupbuy.core.order.Order;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 到货, told personally: hears the arrival of a deal (whichever door marked it) and, for each buyer whose group
 * member is bound to a person on a {@link NoticeChannel}'s platform, queues one {@link ArrivalNotice} in the
 * outbox, in the use case's transaction. Each notice carries an idempotency key made of the deal, the group and
 * the person, so running the arrival again never queues a second one. No channel configured: nothing is queued;
 * the group announcement is not this class's business.
 */
public final class ArrivalNotices implements DealEventListener {

    private final BoundMembers bindings;
    private final Outbox outbox;
    private final List<NoticeChannel> channels;

    public ArrivalNotices(BoundMembers bindings, Outbox outbox, List<NoticeChannel> channels) {
        this.bindings = bindings;
        this.outbox = outbox;
        this.channels = List.copyOf(channels);
    }

    /** @return nothing: personal notices are not posts in a group */
    @Override
    public List<Posted> on(DealEvent event) {
        if (!(event instanceof DealEvent.Arrived arrived) || channels.isEmpty()) {
            return List.of();
        }
        Deal deal = arrived.deal();
        for (long groupId : deal.groupIds()) {
            Map<String, List<Order>> byMember = arrived.buyers().stream()
                    .filter(order -> order.groupId() == groupId && order.isActive() && order.memberId() != null)
                    .collect(Collectors.groupingBy(Order::memberId, LinkedHashMap::new, Collectors.toList()));
            if (!byMember.isEmpty()) {
                channels.forEach(channel -> notify(channel, deal, groupId, byMember));
            }
        }
        return List.of();
    }

    private void notify(NoticeChannel channel, Deal deal, long groupId, Map<String, List<Order>> byMember) {
        for (BoundMembers.Bound bound : bindings.in(channel.bindingPlatform(), groupId)) {
            List<Order> orders = byMember.get(bound.memberUserId());
            if (orders != null) {
                ArrivalNotice notice = ArrivalNotice.of(deal, groupId, orders);
                outbox.enqueueOnce(
                        channel.arrival(bound.platformUserId(), notice),
                        key(deal.id(), groupId, channel.bindingPlatform(), bound.platformUserId()));
            }
        }
    }

    /** {@code arrival:<deal>:<group>:<platform>:<user>}, or its hash when that would be too long. */
    static String key(long dealId, long groupId, String platform, String userId) {
        String key = "arrival:" + dealId + ":" + groupId + ":" + platform + ":" + userId;
        if (key.length() <= Outbox.MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "arrival:" + HexFormat.of().formatHex(hash).substring(0, Outbox.MAX_KEY_LENGTH - 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
