package dev.groupbuy.core.testing;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.DuplicateGroupException;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** {@link GroupRepository} in memory, thread-safe, counting writes. */
public final class InMemoryGroupRepository implements GroupRepository {

    private final Map<Long, ChatGroup> groups = new LinkedHashMap<>();
    private final Map<Long, Map<String, Member>> members = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final WriteCounter writes;

    public InMemoryGroupRepository(WriteCounter writes) {
        this.writes = writes;
    }

    @Override
    public synchronized ChatGroup create(ChatGroup group, List<Member> firstMembers) {
        if (findByChat(group.platform(), group.chatId()).isPresent()) {
            throw new DuplicateGroupException(group.platform(), group.chatId());
        }
        ChatGroup stored = group.withId(ids.incrementAndGet());
        groups.put(stored.id(), stored);
        members.put(stored.id(), new LinkedHashMap<>());
        writes.count("groups.create");
        firstMembers.forEach(
                member -> saveMember(new Member(stored.id(), member.userId(), member.name(), member.role())));
        return stored;
    }

    @Override
    public synchronized Optional<ChatGroup> findById(long id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public synchronized Optional<ChatGroup> findByChat(String platform, String chatId) {
        return groups.values().stream()
                .filter(g -> g.platform().equals(platform) && g.chatId().equals(chatId))
                .findFirst();
    }

    @Override
    public synchronized List<ChatGroup> findAll() {
        return new ArrayList<>(groups.values());
    }

    @Override
    public synchronized List<Member> members(long groupId) {
        return new ArrayList<>(members.getOrDefault(groupId, Map.of()).values());
    }

    @Override
    public synchronized Optional<Member> member(long groupId, String userId) {
        return Optional.ofNullable(members.getOrDefault(groupId, Map.of()).get(userId));
    }

    @Override
    public synchronized void rename(long groupId, String name) {
        groups.computeIfPresent(
                groupId, (id, g) -> new ChatGroup(id, g.platform(), g.chatId(), name, g.zone(), g.createdAt()));
        writes.count("groups.rename");
    }

    @Override
    public synchronized void saveMember(Member member) {
        members.computeIfAbsent(member.groupId(), id -> new LinkedHashMap<>()).put(member.userId(), member);
        writes.count("groups.saveMember");
    }
}
