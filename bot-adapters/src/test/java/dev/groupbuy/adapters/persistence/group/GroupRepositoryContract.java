package dev.groupbuy.adapters.persistence.group;

import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.DuplicateGroupException;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What every store must do for groups; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class GroupRepositoryContract {

    @Autowired
    GroupRepository groups;

    @Test
    void storesAGroupWithItsFirstMembersAndFindsItByChat() {
        String chatId = unique("chat");
        Instant createdAt = Instant.parse("2026-11-24T01:02:03.123456Z");
        ChatGroup group = new ChatGroup(null, "wecom", chatId, "小美🍓的团", ZoneId.of("Asia/Urumqi"), createdAt);
        List<Member> members =
                List.of(new Member(0, "u-leader", "小美🍓", Role.LEADER), new Member(0, "u-help", "阿强", Role.ASSISTANT));

        ChatGroup stored = groups.create(group, members);

        assertThat(stored.id()).isNotNull();
        assertThat(groups.findByChat("wecom", chatId)).contains(stored);
        assertThat(groups.findById(stored.id())).contains(stored);
        assertThat(stored.name()).isEqualTo("小美🍓的团");
        assertThat(stored.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(stored.createdAt()).isEqualTo(createdAt);
        assertThat(groups.members(stored.id()))
                .containsExactly(
                        new Member(stored.id(), "u-leader", "小美🍓", Role.LEADER),
                        new Member(stored.id(), "u-help", "阿强", Role.ASSISTANT));
        assertThat(groups.findAll()).contains(stored);
    }

    @Test
    void givesAGroupWithoutZoneShanghaiTimeAndTheCurrentTime() {
        Instant before = Instant.now().minusSeconds(1);
        ChatGroup stored = groups.create(new ChatGroup(null, "sandbox", unique("chat"), null, null, null), List.of());

        ChatGroup read = groups.findById(stored.id()).orElseThrow();
        assertThat(read.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(read.createdAt()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void refusesASecondGroupForTheSameChatOnTheSamePlatformOnly() {
        String chatId = unique("chat");
        groups.create(new ChatGroup(null, "wecom", chatId, "一群", null, null), List.of());

        assertThatThrownBy(() -> groups.create(
                        new ChatGroup(null, "wecom", chatId, "二群", null, null),
                        List.of(new Member(0, "u1", "甲", Role.RESIDENT))))
                .isInstanceOf(DuplicateGroupException.class);
        assertThat(groups.findByChat("wecom", chatId).orElseThrow().name()).isEqualTo("一群");

        ChatGroup elsewhere = groups.create(new ChatGroup(null, "sandbox", chatId, "沙盒群", null, null), List.of());
        assertThat(groups.findByChat("sandbox", chatId)).contains(elsewhere);
    }

    @Test
    void tellsApartChatIdsThatDifferOnlyInCase() {
        String chatId = unique("wrkSFfCg");
        ChatGroup upper =
                groups.create(new ChatGroup(null, "wecom", chatId.toUpperCase(), "大写群", null, null), List.of());
        ChatGroup lower =
                groups.create(new ChatGroup(null, "wecom", chatId.toLowerCase(), "小写群", null, null), List.of());

        assertThat(groups.findByChat("wecom", chatId.toUpperCase())).contains(upper);
        assertThat(groups.findByChat("wecom", chatId.toLowerCase())).contains(lower);
    }

    @Test
    void savingAMemberAddsThemThenUpdatesTheirNameAndRole() {
        ChatGroup group = groups.create(new ChatGroup(null, "sandbox", unique("chat"), "群", null, null), List.of());

        groups.saveMember(new Member(group.id(), "u7", "小李", Role.RESIDENT));
        groups.saveMember(new Member(group.id(), "u7", "李助理", Role.ASSISTANT));

        assertThat(groups.member(group.id(), "u7")).contains(new Member(group.id(), "u7", "李助理", Role.ASSISTANT));
        assertThat(groups.members(group.id())).hasSize(1);
        assertThat(groups.member(group.id(), "nobody")).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownGroup() {
        assertThat(groups.findById(Long.MAX_VALUE)).isEmpty();
        assertThat(groups.findByChat("sandbox", unique("missing"))).isEmpty();
    }

    @Test
    void renamesAGroupAndKeepsEverythingElse() {
        ChatGroup stored = groups.create(
                new ChatGroup(
                        null,
                        "wecom",
                        unique("chat"),
                        "旧名",
                        ZoneId.of("Asia/Shanghai"),
                        Instant.parse("2026-11-24T00:00:00Z")),
                List.of());

        groups.rename(stored.id(), "阳光花园🍓2群");

        ChatGroup renamed = groups.findById(stored.id()).orElseThrow();
        assertThat(renamed.name()).isEqualTo("阳光花园🍓2群");
        assertThat(renamed)
                .isEqualTo(new ChatGroup(
                        stored.id(),
                        stored.platform(),
                        stored.chatId(),
                        "阳光花园🍓2群",
                        stored.zone(),
                        stored.createdAt()));
    }
}
