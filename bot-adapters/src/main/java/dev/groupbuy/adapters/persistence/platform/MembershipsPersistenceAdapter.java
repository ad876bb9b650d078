package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.core.direct.BoundMembers;
import dev.groupbuy.core.direct.MemberBindings;
import dev.groupbuy.core.direct.Memberships;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/**
 * Who a person reached 1:1 is in which groups: members of that platform's groups under the same user id, then
 * bindings to groups elsewhere. A binding is update-then-insert; of two instances inserting the same binding
 * at once the database lets one through and the other updates.
 */
class MembershipsPersistenceAdapter implements Memberships, MemberBindings, BoundMembers {

    private final PlatformMapper rows;
    private final GroupRepository groups;
    private final Clock clock;

    MembershipsPersistenceAdapter(PlatformMapper rows, GroupRepository groups, Clock clock) {
        this.rows = rows;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public List<Membership> of(String platform, String userId) {
        Map<Long, Membership> found = new LinkedHashMap<>();
        for (long groupId : rows.groupsWithMember(platform, userId)) {
            groups.findById(groupId)
                    .ifPresent(group -> groups.member(groupId, userId)
                            .ifPresent(member -> found.put(groupId, new Membership(group, member))));
        }
        for (PlatformMapper.BindingRow binding : rows.bindings(platform, userId)) {
            Optional<ChatGroup> group = groups.findById(binding.groupId());
            if (group.isPresent() && !found.containsKey(binding.groupId())) {
                Member member = groups.member(binding.groupId(), binding.memberUserId())
                        .orElseGet(() -> new Member(
                                binding.groupId(), binding.memberUserId(), binding.memberName(), Role.RESIDENT));
                found.put(binding.groupId(), new Membership(group.get(), member));
            }
        }
        return new ArrayList<>(found.values());
    }

    @Override
    public List<Bound> in(String platform, long groupId) {
        return rows.boundIn(platform, groupId).stream()
                .map(row -> new Bound(row.platformUserId(), row.memberUserId()))
                .toList();
    }

    @Override
    public void bind(String platform, String platformUserId, long groupId, String memberUserId, String memberName) {
        String name = memberName == null ? "" : memberName.strip();
        if (rows.updateBinding(platform, platformUserId, groupId, memberUserId, name) > 0) {
            return;
        }
        try {
            rows.insertBinding(platform, platformUserId, groupId, memberUserId, name, clock.instant());
        } catch (DuplicateKeyException raced) {
            rows.updateBinding(platform, platformUserId, groupId, memberUserId, name);
        }
    }
}
