package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.groupbuy.adapters.testing.MariaDbDatabases;
import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.core.schedule.CatchUp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the app on one MariaDB and Redis (clustered Quartz, Redis locks and rate limits): a
 * schedule for 50 groups posts exactly once in each, although Quartz's ring and both instances' catch-up
 * sweeps race to fire it, and both instances' dispatchers drain the outbox.
 */
@RequiresMariaDb(database = TwoInstanceScheduleIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/two-instances",
            "groupbuy.admin.tokens=" + TwoInstanceScheduleIntegrationTests.TOKEN,
            "groupbuy.exports.secret=prod-test-export-secret"
        })
class TwoInstanceScheduleIntegrationTests {

    static final String DATABASE = "groupbuy_schedule_test";
    static final String TOKEN = "two-instances-token";
    private static final int GROUPS = 50;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatchUp catchUp;

    @Test
    void aScheduleForFiftyGroupsPostsOnceInEachGroup(@TempDir Path dataDir) {
        ApiClient first = new ApiClient(port, TOKEN);
        try (RunningApp secondApp = RunningApp.start(
                dataDir,
                "--spring.profiles.active=prod",
                "--spring.datasource.url=" + ProdDataSource.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + MariaDbDatabases.user(),
                "--spring.datasource.password=" + MariaDbDatabases.password(),
                "--groupbuy.admin.tokens=" + TOKEN,
                "--groupbuy.exports.secret=prod-test-export-secret")) {
            ApiClient second = secondApp.api(TOKEN);
            List<Long> groups = new ArrayList<>();
            List<String> chats = new ArrayList<>();
            for (int i = 0; i < GROUPS; i++) {
                String chatId = "two-" + UUID.randomUUID();
                chats.add(chatId);
                groups.add(first.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"" + chatId + "\"}")
                        .json()
                        .path("id")
                        .asLong());
            }
            String text = "今晚7点直播，记得来 " + UUID.randomUUID();
            Instant at = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            ApiClient.Response created = second.post("/api/v1/schedules", """
                    {"name":"直播预告","groupIds":%s,"trigger":{"at":"%s"},"action":{"type":"post","text":"%s"}}""".formatted(groups, at, text));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().path("id").asLong();

            await().until(() -> !Instant.now().isBefore(at));
            CompletableFuture<Void> here = CompletableFuture.runAsync(catchUp::sweep);
            CompletableFuture<Void> there = CompletableFuture.runAsync(secondApp.bean(CatchUp.class)::sweep);
            CompletableFuture.allOf(here, there).join();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode runs =
                        first.get("/api/v1/schedules/" + id + "/runs").json().path("runs");
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0)
                                .path("groups")
                                .valueStream()
                                .map(g -> g.path("outcome").asString()))
                        .hasSize(GROUPS)
                        .containsOnly("done");
                assertThat(count("SELECT COUNT(*) FROM outbox WHERE text = ? AND state = 'sent'", text))
                        .isEqualTo(GROUPS);
            });
            assertThat(count("SELECT COUNT(*) FROM outbox WHERE text = ?", text))
                    .isEqualTo(GROUPS);
            List<Map<String, Object>> posts = jdbc.queryForList(
                    "SELECT chat_id, COUNT(*) AS posts, SUM(repeats) AS repeats FROM sandbox_posts WHERE text = ?"
                            + " GROUP BY chat_id",
                    text);
            assertThat(posts).hasSize(GROUPS);
            assertThat(posts).allSatisfy(row -> {
                assertThat(((Number) row.get("posts")).intValue()).isEqualTo(1);
                assertThat(chats).contains((String) row.get("chat_id"));
            });
        }
    }

    private int count(String sql, String text) {
        return jdbc.queryForObject(sql, Integer.class, text);
    }
}
