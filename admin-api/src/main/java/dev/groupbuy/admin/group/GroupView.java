package dev.groupbuy.admin.group;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A group as the API shows it, with its members; {@code leaders} are the members with the leader role.
 *
 * @param commissionRate the group's own commission rate, or {@code null} when the leader's applies
 */
record GroupView(
        long id,
        String platform,
        String chatId,
        String name,
        String zone,
        Instant createdAt,
        List<MemberView> leaders,
        List<MemberView> members,
        BigDecimal commissionRate) {

    static GroupView of(ChatGroup group, List<Member> members, BigDecimal commissionRate) {
        List<MemberView> all = members.stream().map(MemberView::of).toList();
        List<MemberView> leaders = members.stream()
                .filter(m -> m.role() == Role.LEADER)
                .map(MemberView::of)
                .toList();
        return new GroupView(
                group.id(),
                group.platform(),
                group.chatId(),
                group.name(),
                group.zone().getId(),
                group.createdAt(),
                leaders,
                all,
                commissionRate);
    }

    record MemberView(String userId, String name, String role) {

        static MemberView of(Member member) {
            return new MemberView(member.userId(), member.name(), member.role().wireName());
        }
    }
}
