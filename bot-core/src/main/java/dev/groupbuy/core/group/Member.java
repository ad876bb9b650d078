package dev.groupbuy.core.group;

/** A person in a group, as the platform identifies them, with their role there. */
public record Member(long groupId, String userId, String name, Role role) {

    public Member {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a member needs a user id");
        }
        if (role == null) {
            throw new IllegalArgumentException("a member needs a role");
        }
        name = name == null ? "" : name.strip();
    }
}
