package dev.groupbuy.core.group;

import java.util.List;

/** Who may run leader commands in a group: its leaders (团长) and assistants. */
public final class Leaders {

    private final GroupRepository groups;

    public Leaders(GroupRepository groups) {
        this.groups = groups;
    }

    /** The group's leaders and assistants. */
    public List<Member> of(long groupId) {
        return groups.members(groupId).stream()
                .filter(member -> member.role().runsTheGroup())
                .toList();
    }

    public boolean runsTheGroup(long groupId, String userId) {
        return groups.member(groupId, userId)
                .map(Member::role)
                .filter(Role::runsTheGroup)
                .isPresent();
    }
}
