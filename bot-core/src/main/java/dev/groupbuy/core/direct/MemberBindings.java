package dev.groupbuy.core.direct;

/**
 * Port: binds a person reached 1:1 on one platform (an Official Account follower) to their member entry in
 * a group; {@code Memberships} then finds the group for them.
 */
public interface MemberBindings {

    /** Sets or moves the binding of that person in that group. */
    void bind(String platform, String platformUserId, long groupId, String memberUserId, String memberName);
}
