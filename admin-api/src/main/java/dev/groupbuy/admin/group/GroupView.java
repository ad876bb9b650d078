package dev.groupbuy.admin.group;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.time.Instant;
import java.util.List;

/** A group as the API shows it, with its members; {@code leaders} are the members who run the group. */
record GroupView(
        long id,
        String platform,
        String chatId,
        String name,
        String zone,
        Instant createdAt,
        List<MemberView> leaders,
        List<MemberView> members) {

    static GroupView of(ChatGroup group, List<Member> members) {
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
                all);
    }

    record MemberView(String userId, String name, String role) {

        static MemberView of(Member member) {
            return new MemberView(member.userId(), member.name(), member.role().wireName());
        }
    }
}
