package dev.groupbuy.core.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.bot.GroupBuyBot;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.signup.DealStateCache;
import dev.groupbuy.core.testing.SimpleChainReader;
import dev.groupbuy.core.testing.TestBot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BindingTests {

    private static final ChatAddress FOLLOWER = new ChatAddress("wechat", "openid-1");

    private final TestBot bot = TestBot.withSimpleReader();
    private final Map<String, Map.Entry<ChatAddress, Instant>> codes = new HashMap<>();
    private final List<String> bound = new ArrayList<>();
    private final Binding binding = new Binding(
            new BindingCodes() {
                @Override
                public boolean offer(String code, ChatAddress follower, Instant expiresAt) {
                    return codes.putIfAbsent(code, Map.entry(follower, expiresAt)) == null;
                }

                @Override
                public Optional<ChatAddress> redeem(String code, Instant now) {
                    Map.Entry<ChatAddress, Instant> entry = codes.remove(code);
                    return entry == null || !entry.getValue().isAfter(now)
                            ? Optional.empty()
                            : Optional.of(entry.getKey());
                }
            },
            (platform, userId, groupId, memberId, name) ->
                    bound.add(platform + "/" + userId + " -> " + groupId + "/" + memberId + " " + name),
            bot.groups,
            bot.clock);
    private final MessagePipeline pipeline = GroupBuyBot.pipeline(
            bot.ports(),
            bot.useCases,
            new SimpleChainReader(),
            bot.clock,
            new DealStateCache(16),
            GroupBuyBot.DEFAULT_LOCK_WAIT,
            List.of(binding.route()));

    @Test
    void aCodePostedInTheGroupBindsTheFollowerToWhoPostedItOnce() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");
        String code = code(binding.issue(FOLLOWER));

        pipeline.receive(bot.message("g-1", "m1", "wxid_wang", "王姐", "#绑定 " + code));
        pipeline.receive(bot.message("g-1", "m2", "wxid_li", "李四", "#绑定 " + code));

        assertThat(bound).containsExactly("wechat/openid-1 -> " + group.id() + "/wxid_wang 王姐");
        assertThat(bot.outbox.all()).singleElement().satisfies(m -> {
            assertThat(m.platform()).isEqualTo("wechat");
            assertThat(m.chatId()).isEqualTo("openid-1");
            assertThat(m.text()).contains("已绑定", "王姐");
        });
    }

    @Test
    void anExpiredOrUnknownCodeBindsNobodyAndSaysNothingInTheGroup() {
        bot.group("g-1", "L1", "王团长");
        String code = code(binding.issue(FOLLOWER));
        bot.clock.advance(Duration.ofMinutes(11));

        pipeline.receive(bot.message("g-1", "m1", "wxid_wang", "王姐", "#绑定 " + code));
        pipeline.receive(bot.message("g-1", "m2", "wxid_wang", "王姐", "#绑定 999999x"));

        assertThat(bound).isEmpty();
        assertThat(bot.outbox.all()).isEmpty();
    }

    @Test
    void anOperatorBindsWithoutACodeUnderTheMembersNameAndNobodyOnTheGroupsOwnPlatform() {
        ChatGroup group = bot.group("g-1", "L1", "王团长");

        ActionResult<ChatAddress> member = binding.bindByOperator(group, "wechat", "openid-1", "L1", "随便写的名字");
        ActionResult<ChatAddress> stranger = binding.bindByOperator(group, "wechat", "openid-2", "u9", "新邻居");
        ActionResult<ChatAddress> samePlatform = binding.bindByOperator(group, group.platform(), "x", "L1", "王团长");

        assertThat(member.isDone()).isTrue();
        assertThat(stranger.isDone()).isTrue();
        assertThat(samePlatform.isDone()).isFalse();
        assertThat(samePlatform.refusal().reason()).isEqualTo(Refusal.Reason.INVALID);
        assertThat(bound)
                .containsExactly(
                        "wechat/openid-1 -> " + group.id() + "/L1 王团长", "wechat/openid-2 -> " + group.id() + "/u9 新邻居");
        assertThat(bot.outbox.all()).as("the group hears nothing").isEmpty();
    }

    private static String code(String told) {
        Matcher matcher = Pattern.compile("#绑定 (\\d{6})").matcher(told);
        assertThat(matcher.find()).as(told).isTrue();
        return matcher.group(1);
    }
}
