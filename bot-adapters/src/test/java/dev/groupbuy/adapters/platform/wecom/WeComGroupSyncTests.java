package dev.groupbuy.adapters.platform.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.testing.TestBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** change_external_chat keeps customer groups registered and named, from the group details WeCom gives. */
class WeComGroupSyncTests {

    private final WireMockServer wecom = new WireMockServer(options().dynamicPort());
    private final TestBot bot = TestBot.withSimpleReader();
    private WeComGroupSync sync;

    @BeforeEach
    void start() {
        wecom.start();
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"t\",\"expires_in\":7200}")));
        WeComSettings settings = new WeComSettings(
                WeComCallbackTests.CORP, 1000002, "secret", "token", WeComCallbackTests.AES_KEY, wecom.baseUrl(), 1, 0);
        sync = new WeComGroupSync(WeComServices.inMemory(settings, null), bot.groups, bot.clock);
    }

    @AfterEach
    void stop() {
        wecom.stop();
    }

    @Test
    void registersANewCustomerGroupWithItsOwnerAsLeaderThenFollowsItsNameAndOwner() {
        details("阳光花园1群", "zhangsan");
        sync.changed("wrRoom1", "create", null);
        details("阳光花园🍓1群", "lisi");
        sync.changed("wrRoom1", "update", "change_name");
        sync.changed("wrRoom1", "update", "change_owner");
        sync.changed("wrRoom1", "dismiss", null);

        ChatGroup group = bot.groups.findByChat("wecom", "wrRoom1").orElseThrow();
        assertThat(group.name()).isEqualTo("阳光花园🍓1群");
        assertThat(bot.groups.members(group.id()))
                .extracting(Member::userId, Member::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("zhangsan", Role.LEADER),
                        org.assertj.core.groups.Tuple.tuple("lisi", Role.LEADER));
    }

    @Test
    void leavesGroupsAloneWhenWeComGivesNoDetails() {
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/groupchat/get"))
                .willReturn(okJson("{\"errcode\":60011,\"errmsg\":\"no privilege\"}")));

        sync.changed("wrRoom2", "create", null);

        assertThat(bot.groups.findByChat("wecom", "wrRoom2")).isEmpty();
    }

    private void details(String name, String owner) {
        wecom.stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/groupchat/get"))
                .willReturn(okJson(
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"group_chat\":{\"chat_id\":\"wrRoom1\",\"name\":\"" + name
                                + "\",\"owner\":\"" + owner + "\",\"create_time\":1572505490,\"member_list\":[]}}")));
    }
}
