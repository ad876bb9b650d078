package dev.groupbuy.admin.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chain messages that once stalled a deal: a line the store cannot take, and messages that waited too long for
 * a deal's lock. Run once per store by the subclasses, with a short lock wait and a quick sweep, so that
 * waiting is the rule rather than a race.
 */
abstract class PipelineResilienceContract {

    static final String TOKEN = "resilience-test-token";
    static final String LOCK_WAIT = "300ms";
    static final String SWEEP_INTERVAL = "200ms";
    private static final String HEADER = "#接龙 丹东草莓 25元/盒\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, TOKEN);
    }

    /** Where the second half of concurrent senders posts: this app, or (prod) a second instance. */
    protected ApiClient otherInstance() {
        return api;
    }

    @Test
    void aNameLongerThanTheStoreTakesIsAskedAboutOnceAndLaterSignUpsStillCount() {
        SandboxChat chat = new SandboxChat(api);
        String longName = "王".repeat(300);
        String list = HEADER + "1. 张三 草莓1盒\n2. 李四 草莓2盒\n3. " + longName + " 草莓1盒";

        ApiClient.Response first = chat.say("u3", "王", list, "m1");
        ApiClient.Response second = chat.say("u4", "赵六", list + "\n4. 赵六 草莓1盒", "m2");
        chat.say("u5", "钱七", list + "\n4. 赵六 草莓1盒\n5. 钱七 草莓3盒", "m3");

        assertThat(chat.activeOrders())
                .containsOnlyKeys("张三", "李四", "赵六", "钱七")
                .containsEntry("钱七", new BigDecimal("3"));
        assertThat(SandboxChat.replies(first)).singleElement().asString().contains("第3行", "名字太长");
        assertThat(SandboxChat.replies(second)).noneMatch(reply -> reply.contains("第3行"));
        assertThat(unfinishedOrFailed(chat)).isZero();
    }

    @Test
    void aLineTheStoreRefusesIsLeftOutTheLeaderIsToldOnceAndTheRestOfTheDealGoesOn() {
        SandboxChat chat = new SandboxChat(api);
        String refused = "坏" + resident(ThreadLocalRandom.current().nextInt(20_000));
        String constraint = "ck_refuse_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("ALTER TABLE orders ADD CONSTRAINT " + constraint + " CHECK (name <> '" + refused + "')");
        try {
            String list = HEADER + "1. 张三 草莓1盒\n2. " + refused + " 草莓2盒\n3. 李四 草莓1盒";

            ApiClient.Response first = chat.say("u2", refused, list, "m1");
            ApiClient.Response second = chat.say("u4", "赵六", list + "\n4. 赵六 草莓1盒", "m2");

            assertThat(chat.activeOrders()).containsOnlyKeys("张三", "李四", "赵六");
            assertThat(SandboxChat.replies(first))
                    .anySatisfy(reply -> assertThat(reply).contains("第2行", "没能记上"));
            assertThat(SandboxChat.replies(second)).noneMatch(reply -> reply.contains("第2行"));
            assertThat(unfinishedOrFailed(chat)).isZero();
        } finally {
            jdbc.execute("ALTER TABLE orders DROP CONSTRAINT " + constraint);
        }
    }

    /** A distinct everyday name for line {@code k} (unique for k below 12 x 14^3). */
    static String resident(int k) {
        String surnames = "王李张刘陈杨赵黄周吴徐孙";
        String given = "芳敏静丽强磊军洋勇艳杰娟涛明";
        int rest = k / surnames.length();
        return surnames.charAt(k % surnames.length())
                + ""
                + given.charAt(rest % 14)
                + given.charAt(rest / 14 % 14)
                + given.charAt(rest / 196 % 14);
    }

    private boolean stored(SandboxChat chat, String msgId) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM inbox WHERE platform = 'sandbox' AND platform_msg_id = ?",
                        Integer.class,
                        chat.chatId + "/" + msgId)
                == 1;
    }

    private int unfinishedOrFailed(SandboxChat chat) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox WHERE platform = 'sandbox' AND chat_id = ? AND state NOT IN ('done', 'ignored')",
                Integer.class,
                chat.chatId);
    }
}
