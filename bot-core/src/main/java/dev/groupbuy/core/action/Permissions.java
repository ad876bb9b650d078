package dev.groupbuy.core.action;

import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.order.Order;
import java.util.Collection;

/**
 * Who may act on what: operators and the scheduler on everything, a group's leaders and assistants on that
 * group's deals, a resident on their own order.
 */
public final class Permissions {

    private final GroupRepository groups;

    public Permissions(GroupRepository groups) {
        this.groups = groups;
    }

    /** Whether the actor runs at least one of the groups (leader or assistant there), or is no member at all. */
    public boolean runs(Actor actor, Collection<Long> groupIds) {
        if (!(actor instanceof Actor.Member member)) {
            return true;
        }
        return groupIds.stream().anyMatch(groupId -> runs(member, groupId));
    }

    public boolean runs(Actor actor, long groupId) {
        return !(actor instanceof Actor.Member member) || runs(member, groupId);
    }

    /**
     * Whether the actor works in the back office (the product library, suppliers, commission rates, purchase
     * lists, settlements): an operator, never a group member.
     */
    public static boolean runsTheBackOffice(Actor actor) {
        return actor instanceof Actor.Operator;
    }

    /** The order is the actor's own: placed under their user id, or under their name when no id is known. */
    public static boolean owns(Actor actor, Order order) {
        if (!(actor instanceof Actor.Member member)) {
            return false;
        }
        if (order.memberId() != null) {
            return order.memberId().equals(member.userId());
        }
        return !member.name().isEmpty() && order.name().equals(member.name());
    }

    private boolean runs(Actor.Member member, long groupId) {
        return groups.member(groupId, member.userId())
                .map(Member::role)
                .filter(Role::runsTheGroup)
                .isPresent();
    }
}
