package dev.groupbuy.core.group;

import java.util.List;
import java.util.Optional;

/** Port: groups and their members. */
public interface GroupRepository {

    /**
     * Stores a new group with its first members (their {@code groupId} is ignored).
     *
     * @throws DuplicateGroupException when the platform already has a group with that chat id
     */
    ChatGroup create(ChatGroup group, List<Member> members);

    Optional<ChatGroup> findById(long id);

    Optional<ChatGroup> findByChat(String platform, String chatId);

    List<ChatGroup> findAll();

    List<Member> members(long groupId);

    Optional<Member> member(long groupId, String userId);

    /** Changes the group's name, as the platform reports it changed; nothing for an unknown id. */
    void rename(long groupId, String name);

    /** Adds the member or updates their name and role. */
    void saveMember(Member member);
}
