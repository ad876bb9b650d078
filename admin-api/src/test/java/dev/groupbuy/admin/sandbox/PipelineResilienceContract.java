package dev.groupbuy.admin.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.groupbuy.admin.ApiClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aLeadersCommandWithValuesLongerThanTheStoreTakesIsAnsweredNotFailed() {
        SandboxChat chat = new SandboxChat(api);

        ApiClient.Response addOrder = chat.say(chat.leaderId, "王团长", "#补单 " + "王".repeat(300) + " 2", "m1");
        ApiClient.Response openDeal =
                chat.say(chat.leaderId, "王团长", "#开团 秘鲁蓝莓\nA. " + "蓝".repeat(300) + " 39元/盒\n明天下午3点东门自提", "m2");
        ApiClient.Response longTitle =
                chat.say(chat.leaderId, "王团长", "#开团 " + "莓".repeat(300) + "\nA. 秘鲁蓝莓 39元/盒\n明天下午3点东门自提", "m3");

        assertThat(SandboxChat.replies(addOrder)).isNotEmpty();
        assertThat(SandboxChat.replies(openDeal)).isNotEmpty();
        assertThat(SandboxChat.replies(longTitle)).isNotEmpty();
        assertThat(chat.activeOrders()).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT d.title FROM deals d JOIN deal_groups g ON g.deal_id = d.id WHERE g.group_id = ?"
                                + " ORDER BY d.id",
                        String.class,
                        chat.groupId))
                .hasSize(2)
                .last()
                .asString()
                .hasSize(255);
        assertThat(unfinishedOrFailed(chat)).isZero();
    }

    @Test
    void messagesThatWaitedForTheDealAreAppliedWithoutARestartInOrderAndOnce() throws Exception {
        SandboxChat chat = new SandboxChat(api);
        int lines = 20_000;
        StringBuilder big = new StringBuilder(HEADER);
        for (int k = 1; k <= lines; k++) {
            big.append(k).append(". ").append(resident(k)).append(" 草莓1盒\n");
        }
        ExecutorService senders = Executors.newFixedThreadPool(12);
        try {
            CompletableFuture<ApiClient.Response> bigSent = CompletableFuture.supplyAsync(
                    () -> SandboxChat.say(api, chat.chatId, "u0", resident(1), big.toString(), "big"), senders);
            await().atMost(Duration.ofMinutes(1)).until(() -> stored(chat, "big"));

            List<CompletableFuture<ApiClient.Response>> small = new ArrayList<>();
            for (int k = 1; k <= 10; k++) {
                String name = "新邻居" + "甲乙丙丁戊己庚辛壬癸".charAt(k - 1);
                ApiClient via = k % 2 == 0 ? otherInstance() : api;
                String msgId = "small-" + k;
                small.add(CompletableFuture.supplyAsync(
                        () -> SandboxChat.say(
                                via, chat.chatId, "n" + name, name, HEADER + "1. " + name + " 草莓1盒", msgId),
                        senders));
            }
            for (CompletableFuture<ApiClient.Response> sent : small) {
                assertThat(sent.get(2, TimeUnit.MINUTES).status()).isEqualTo(200);
            }
            for (int boxes = 1; boxes <= 5; boxes++) {
                ApiClient via = boxes % 2 == 0 ? otherInstance() : api;
                String text = HEADER + "1. 周改改 草莓" + boxes + "盒";
                assertThat(SandboxChat.say(via, chat.chatId, "u-zhou", "周改改", text, "edit-" + boxes)
                                .status())
                        .isEqualTo(200);
            }

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> unfinishedOrFailed(chat) == 0 && stored(chat, "edit-5"));
            Map<String, BigDecimal> active = chat.activeOrders();
            assertThat(active).hasSize(lines + 10 + 1).containsEntry("周改改", new BigDecimal("5"));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM order_history WHERE deal_id = ? AND action = 'created'",
                            Integer.class,
                            chat.dealId))
                    .isEqualTo(lines + 10 + 1);
            assertThat(bigSent.get(5, TimeUnit.MINUTES).status()).isEqualTo(200);
        } finally {
            senders.shutdownNow();
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
                        SandboxController.messageId(chat.chatId, msgId))
                == 1;
    }

    private int unfinishedOrFailed(SandboxChat chat) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox WHERE platform = 'sandbox' AND chat_id = ? AND state NOT IN ('done', 'ignored')",
                Integer.class,
                chat.chatId);
    }
}
