package dev.groupbuy.core.direct;

import java.util.List;

/** Port: who is bound to a group's members from another platform ({@link MemberBindings} makes the bindings). */
public interface BoundMembers {

    /** The people of that platform bound to members of the group, in the order they were bound. */
    List<Bound> in(String platform, long groupId);

    /** A person reached 1:1 on a platform ({@code platformUserId}: an openid), bound to a group member. */
    record Bound(String platformUserId, String memberUserId) {}
}
