package dev.groupbuy.core.group;

/** Who may run leader commands in a group: its leaders (团长) and assistants. */
public final class Leaders {

    private final GroupRepository groups;

    public Leaders(GroupRepository groups) {
        this.groups = groups;
    }

    public boolean runsTheGroup(long groupId, String userId) {
        return groups.member(groupId, userId)
                .map(Member::role)
                .filter(Role::runsTheGroup)
                .isPresent();
    }
}
