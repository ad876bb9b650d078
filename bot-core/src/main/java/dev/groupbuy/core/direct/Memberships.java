package dev.groupbuy.core.direct;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import java.util.List;

/** Port: the groups a person reached in a 1:1 chat belongs to, and who they are there. */
public interface Memberships {

    /**
     * The person's memberships, by group id: members of that platform's groups under the same user id, and
     * groups of any platform where the person was bound to a member (an Official Account follower bound to
     * their name in a bridged WeChat group, say).
     */
    List<Membership> of(String platform, String userId);

    /** One group the person is in, with their member entry there (its user id and role). */
    record Membership(ChatGroup group, Member member) {}
}
