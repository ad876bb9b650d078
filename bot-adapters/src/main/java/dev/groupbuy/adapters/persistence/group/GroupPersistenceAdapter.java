package dev.groupbuy.adapters.persistence.group;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.DuplicateGroupException;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/** {@link GroupRepository} on the {@code chat_groups} and {@code group_members} tables. */
class GroupPersistenceAdapter implements GroupRepository {

    private final ChatGroupMapper groups;
    private final GroupMemberMapper members;
    private final Transactions transactions;
    private final Clock clock;

    GroupPersistenceAdapter(ChatGroupMapper groups, GroupMemberMapper members, Transactions transactions, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ChatGroup create(ChatGroup group, List<Member> firstMembers) {
        ChatGroupDO row = toRow(group);
        return transactions.inTransaction(() -> {
            try {
                groups.insert(row);
            } catch (DuplicateKeyException e) {
                throw new DuplicateGroupException(group.platform(), group.chatId());
            }
            firstMembers.forEach(member -> members.insert(toRow(row.getId(), member)));
            return toGroup(row);
        });
    }

    @Override
    public Optional<ChatGroup> findById(long id) {
        return Optional.ofNullable(groups.selectById(id)).map(GroupPersistenceAdapter::toGroup);
    }

    @Override
    public Optional<ChatGroup> findByChat(String platform, String chatId) {
        return Optional.ofNullable(groups.findByChat(platform, chatId)).map(GroupPersistenceAdapter::toGroup);
    }

    @Override
    public List<ChatGroup> findAll() {
        return groups.findAllById().stream()
                .map(GroupPersistenceAdapter::toGroup)
                .toList();
    }

    @Override
    public List<Member> members(long groupId) {
        return members.findByGroup(groupId).stream()
                .map(GroupPersistenceAdapter::toMember)
                .toList();
    }

    @Override
    public Optional<Member> member(long groupId, String userId) {
        return Optional.ofNullable(members.find(groupId, userId)).map(GroupPersistenceAdapter::toMember);
    }

    @Override
    public void rename(long groupId, String name) {
        ChatGroupDO row = new ChatGroupDO();
        row.setId(groupId);
        row.setName(name == null ? "" : name.strip());
        groups.updateById(row);
    }

    @Override
    public void saveMember(Member member) {
        String role = member.role().wireName();
        if (members.updateNameAndRole(member.groupId(), member.userId(), member.name(), role) > 0) {
            return;
        }
        try {
            members.insert(toRow(member.groupId(), member));
        } catch (DuplicateKeyException raced) {
            members.updateNameAndRole(member.groupId(), member.userId(), member.name(), role);
        }
    }

    private ChatGroupDO toRow(ChatGroup group) {
        ChatGroupDO row = new ChatGroupDO();
        row.setPlatform(group.platform());
        row.setChatId(group.chatId());
        row.setName(group.name());
        row.setZone(group.zone().getId());
        row.setCreatedAt(group.createdAt() != null ? group.createdAt() : clock.instant());
        return row;
    }

    private static GroupMemberDO toRow(long groupId, Member member) {
        GroupMemberDO row = new GroupMemberDO();
        row.setGroupId(groupId);
        row.setUserId(member.userId());
        row.setName(member.name());
        row.setRole(member.role().wireName());
        return row;
    }

    private static ChatGroup toGroup(ChatGroupDO row) {
        return new ChatGroup(
                row.getId(),
                row.getPlatform(),
                row.getChatId(),
                row.getName(),
                ZoneId.of(row.getZone()),
                row.getCreatedAt());
    }

    private static Member toMember(GroupMemberDO row) {
        return new Member(row.getGroupId(), row.getUserId(), row.getName(), Role.fromWireName(row.getRole()));
    }
}
