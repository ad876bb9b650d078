package dev.groupbuy.adapters.persistence.platform;

import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.platform.ChannelType;
import dev.groupbuy.adapters.platform.Cursors;
import dev.groupbuy.adapters.platform.GroupChannel;
import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.direct.BindingCodes;
import dev.groupbuy.core.direct.BoundMembers;
import dev.groupbuy.core.direct.MemberBindings;
import dev.groupbuy.core.direct.Memberships;
import dev.groupbuy.core.direct.Memberships.Membership;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What every store must do for the platform tables; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class PlatformStoreContract {

    @Autowired
    GroupRepository groups;

    @Autowired
    Memberships memberships;

    @Autowired
    MemberBindings bindings;

    @Autowired
    BoundMembers bound;

    @Autowired
    GroupChannels channels;

    @Autowired
    Cursors cursors;

    @Autowired
    ReplyUrls replyUrls;

    @Autowired
    BindingCodes codes;

    @Test
    void aBindingCodeWorksOnceAndUntilItExpires() {
        String code = unique("c").substring(0, 14);
        String late = unique("d").substring(0, 14);
        Instant expires = Instant.parse("2026-11-25T08:10:00Z");
        ChatAddress follower = new ChatAddress("wechat", unique("openid"));

        assertThat(codes.offer(code, follower, expires)).isTrue();
        assertThat(codes.offer(code, new ChatAddress("wechat", "other"), expires))
                .as("taken")
                .isFalse();
        assertThat(codes.offer(late, follower, expires)).isTrue();

        assertThat(codes.redeem(code, expires.minusSeconds(1))).contains(follower);
        assertThat(codes.redeem(code, expires.minusSeconds(1))).as("used").isEmpty();
        assertThat(codes.redeem(late, expires)).as("expired").isEmpty();
    }

    @Test
    void findsAPersonsGroupsByTheirIdOnThatPlatformAndByBindingsElsewhere() {
        String leader = unique("L");
        ChatGroup first = group("wecom", leader, Role.LEADER);
        ChatGroup second = group("wecom", leader, Role.ASSISTANT);
        group("sandbox", leader, Role.LEADER);
        ChatGroup bridged = group("bridge", unique("wxid"), Role.LEADER);
        String follower = unique("openid");

        bindings.bind("wechat", follower, bridged.id(), "wxid_wang", "王姐");
        bindings.bind("wechat", follower, bridged.id(), "wxid_wang2", "王姐🍓");

        assertThat(memberships.of("wecom", leader))
                .extracting(m -> m.group().id(), m -> m.member().role())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.id(), Role.LEADER),
                        org.assertj.core.groups.Tuple.tuple(second.id(), Role.ASSISTANT));
        List<Membership> followed = memberships.of("wechat", follower);
        assertThat(followed).singleElement().satisfies(m -> {
            assertThat(m.group()).isEqualTo(bridged);
            assertThat(m.member()).isEqualTo(new Member(bridged.id(), "wxid_wang2", "王姐🍓", Role.RESIDENT));
        });
        assertThat(memberships.of("wechat", unique("nobody"))).isEmpty();
    }

    @Test
    void findsWhoIsBoundToTheMembersOfAGroup() {
        ChatGroup bridged = group("bridge", unique("wxid"), Role.LEADER);
        ChatGroup other = group("bridge", unique("wxid"), Role.LEADER);
        String wang = unique("openid");
        String li = unique("openid");
        bindings.bind("wechat", wang, bridged.id(), "wxid_wang", "王姐");
        bindings.bind("wechat", li, bridged.id(), "wxid_li", "李哥");
        bindings.bind("wechat", li, other.id(), "wxid_li", "李哥");
        bindings.bind("wechat", wang, bridged.id(), "wxid_wang2", "王姐");

        assertThat(bound.in("wechat", bridged.id()))
                .containsExactly(new BoundMembers.Bound(wang, "wxid_wang2"), new BoundMembers.Bound(li, "wxid_li"));
        assertThat(bound.in("other", bridged.id())).isEmpty();
    }

    @Test
    void keepsOneChannelPerGroupAndFindsItByChat() {
        ChatGroup group = group("wecom", unique("L"), Role.LEADER);

        assertThat(channels.of("wecom", group.chatId())).isEmpty();
        channels.save(group.id(), GroupChannel.robot("key-1"));
        channels.save(group.id(), new GroupChannel(ChannelType.WECOM_CUSTOMER_GROUP, null, "zhangsan"));

        assertThat(channels.of("wecom", group.chatId()))
                .contains(new GroupChannel(ChannelType.WECOM_CUSTOMER_GROUP, null, "zhangsan"));
        assertThat(channels.of("bridge", group.chatId())).isEmpty();
    }

    @Test
    void keepsACursorsLastPosition() {
        String name = unique("archive");

        assertThat(cursors.position(name)).isZero();
        cursors.save(name, 1_000L);
        cursors.save(name, 4_294_967_296L);

        assertThat(cursors.position(name)).isEqualTo(4_294_967_296L);
    }

    @Test
    void findsAReplyUrlUntilItExpires() {
        String chat = unique("chat");
        Instant expires = Instant.parse("2026-11-25T08:00:00Z");

        replyUrls.remember("wecom", chat, "m1", "https://example.invalid/reply?x=1", expires);
        replyUrls.remember("wecom", chat, "m1", "https://example.invalid/other", expires);

        assertThat(replyUrls.find("wecom", chat, "m1", expires.minusSeconds(1)))
                .contains("https://example.invalid/reply?x=1");
        assertThat(replyUrls.find("wecom", chat, "m1", expires)).isEmpty();
        assertThat(replyUrls.find("wecom", chat, "m2", expires.minusSeconds(1))).isEmpty();
    }

    private ChatGroup group(String platform, String userId, Role role) {
        ChatGroup group =
                new ChatGroup(null, platform, unique("chat"), "群", null, Instant.parse("2026-11-24T00:00:00Z"));
        return groups.create(group, List.of(new Member(0, userId, "某人", role)));
    }
}
