package dev.groupbuy.admin.schedule;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.groupbuy.admin.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The schedules API with Quartz firing for real (on the wall clock, a few seconds ahead), the outbound
 * dispatcher delivering, and deals closing by themselves; run once per store by the subclasses.
 */
abstract class ScheduleApiContract {

    static final String TOKEN = "schedule-test-token";
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, TOKEN);
    }

    long group() {
        String chatId = "sched-" + UUID.randomUUID();
        ApiClient.Response created =
                api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"" + chatId + "\",\"name\":\"测试群\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    static String inSeconds(int seconds) {
        return Instant.now()
                .plusSeconds(seconds)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    List<JsonNode> sent(long groupId) {
        return api.get("/api/v1/outbox?status=sent&groupId=" + groupId)
                .json()
                .path("messages")
                .valueStream()
                .toList();
    }

    @Test
    void aOneShotPostsInEveryGroupAtItsTimeAndShowsTheRun() {
        List<Long> groups = IntStream.range(0, 3).mapToObj(i -> group()).toList();
        String at = inSeconds(3);
        ApiClient.Response created = api.post("/api/v1/schedules", """
                {"name":"午饭通知","groupIds":%s,"trigger":{"at":"%s"},"action":{"type":"post","text":"午饭团开始接龙啦🍱"}}""".formatted(groups, at));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/schedules/" + id);
        assertThat(created.json().path("nextFireAt").asString()).isEqualTo(at);
        assertThat(created.json().path("status").asString()).isEqualTo("active");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode runs = api.get("/api/v1/schedules/" + id + "/runs").json().path("runs");
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0)
                            .path("groups")
                            .valueStream()
                            .map(g -> g.path("outcome").asString()))
                    .containsExactly("done", "done", "done");
            assertThat(groups).allSatisfy(g -> assertThat(sent(g)).hasSize(1));
        });

        JsonNode run =
                api.get("/api/v1/schedules/" + id + "/runs").json().path("runs").get(0);
        assertThat(run.path("scheduledFor").asString()).isEqualTo(at);
        assertThat(Instant.parse(run.path("firedAt").asString())).isAfterOrEqualTo(Instant.parse(at));
        JsonNode message = sent(groups.get(0)).get(0);
        assertThat(message.path("text").asString()).isEqualTo("午饭团开始接龙啦🍱");
        assertThat(message.path("groupId").asLong()).isEqualTo(groups.get(0));
        assertThat(message.path("sentAt").isNull()).isFalse();
        JsonNode schedule = api.get("/api/v1/schedules/" + id).json();
        assertThat(schedule.path("status").asString()).isEqualTo("finished");
        assertThat(schedule.path("lastRun").path("outcomes").path("done").asInt())
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sandbox_posts WHERE text = '午饭团开始接龙啦🍱' AND chat_id IN"
                                + " (SELECT chat_id FROM chat_groups WHERE id IN (" + join(groups) + "))",
                        Integer.class))
                .as("the sandbox 'posted' each once")
                .isEqualTo(3);
    }

    @Test
    void aDealWithACutOffRemindsAndClosesByItself() {
        long group = group();
        ApiClient.Response created = api.post("/api/v1/deals", """
                {"title":"晚饭菜","groupIds":[%d],"catalog":[{"sku":"A","name":"青菜","aliases":[],"unit":"把","price":3.5,"stock":null,"limitPerPerson":null}],
                 "closesAt":"%s","pickup":"","remindBeforeMinutes":1}""".formatted(group, inSeconds(15)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long dealId = created.json().path("id").asLong();
        assertThat(created.json().path("remindBeforeMinutes").asInt()).isEqualTo(1);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.get("/api/v1/deals/" + dealId)
                                .json()
                                .path("status")
                                .asString())
                        .isEqualTo("closed"));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(sent(group))
                        .extracting(m -> m.path("text").asString())
                        .anySatisfy(text -> assertThat(text).startsWith("⏰「晚饭菜」还有"))
                        .anySatisfy(text -> assertThat(text).startsWith("已截单：晚饭菜")));
    }

    @Test
    void aNewCutOffMovesTheDealsDeadlineAndAPastOneIsRefused() {
        long group = group();
        long dealId = api.post("/api/v1/deals", """
                        {"title":"水果","groupIds":[%d],"catalog":[{"sku":"A","name":"苹果","aliases":[],"unit":"斤","price":5,"stock":null,"limitPerPerson":null}],
                         "closesAt":"%s","pickup":""}""".formatted(group, inSeconds(3600)))
                .json()
                .path("id")
                .asLong();
        String later = inSeconds(7200);

        ApiClient.Response moved = api.put(
                "/api/v1/deals/" + dealId + "/deadline", "{\"closesAt\":\"" + later + "\",\"remindBeforeMinutes\":30}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("closesAt").asString()).isEqualTo(later);
        assertThat(moved.json().path("remindBeforeMinutes").asInt()).isEqualTo(30);
        assertProblem(
                api.put("/api/v1/deals/" + dealId + "/deadline", "{\"closesAt\":\"2020-01-01T00:00:00Z\"}"),
                422,
                "future");
        assertProblem(
                api.put("/api/v1/deals/" + dealId + "/deadline", "{\"remindBeforeMinutes\":30}"), 422, "closesAt");
    }

    @Test
    void pausesResumesAndDeletesACronSchedule() {
        long group = group();
        ApiClient.Response created = api.post("/api/v1/schedules", """
                {"name":"每天8点开团","groupIds":[%d],"trigger":{"cron":"0 0 8 * * ?"},
                 "action":{"type":"open-deal","title":"今日蔬菜","catalog":[{"sku":"A","name":"青菜","aliases":["菜"],"unit":"把","price":3.5,"stock":null,"limitPerPerson":null}],
                           "pickup":"18:00后 3号门","closesAfterMinutes":720,"remindBeforeMinutes":30}}""".formatted(group));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        JsonNode schedule = created.json();
        assertThat(schedule.path("trigger").path("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(Instant.parse(schedule.path("nextFireAt").asString())
                        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .getHour())
                .isEqualTo(8);
        assertThat(schedule.path("action").path("catalog").get(0).path("name").asString())
                .isEqualTo("青菜");
        assertThat(schedule.path("lastRun").isNull()).isTrue();

        assertThat(api.post("/api/v1/schedules/" + id + "/pause", "")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("paused");
        assertProblem(api.post("/api/v1/schedules/" + id + "/pause", ""), 409, "paused");
        assertThat(api.post("/api/v1/schedules/" + id + "/resume", "")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("active");
        assertThat(api.get("/api/v1/schedules").json().path("schedules").valueStream())
                .anySatisfy(s -> assertThat(s.path("id").asLong()).isEqualTo(id));
        assertThat(api.send("DELETE", "/api/v1/schedules/" + id).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/schedules/" + id), 404, "no schedule");
        assertProblem(api.get("/api/v1/schedules/" + id + "/runs"), 404, "no schedule");
        assertProblem(api.send("DELETE", "/api/v1/schedules/" + id), 404, "no schedule");
    }

    @Test
    void refusesSchedulesThatMakeNoSense() {
        long group = group();
        String post = "\"action\":{\"type\":\"post\",\"text\":\"hi\"}";
        assertProblem(create("[" + group + "]", "{\"cron\":\"0 0 25 * * ?\"}", post), 422, "trigger.cron");
        assertProblem(
                create("[" + group + "]", "{\"cron\":\"0 0 8 * * ?\",\"at\":\"" + inSeconds(60) + "\"}", post),
                422,
                "either at");
        assertProblem(create("[" + group + "]", "{}", post), 422, "either at");
        assertProblem(
                create("[" + group + "]", "{\"cron\":\"0 0 8 * * ?\",\"zone\":\"Mars/Olympus\"}", post),
                422,
                "trigger.zone");
        assertProblem(create("[" + group + "]", "{\"at\":\"2020-01-01T00:00:00Z\"}", post), 422, "trigger.at");
        assertProblem(create("[999999999]", "{\"at\":\"" + inSeconds(60) + "\"}", post), 422, "unknown groupIds");
        assertProblem(create("[]", "{\"at\":\"" + inSeconds(60) + "\"}", post), 422, "groupIds");
        assertProblem(
                create("[" + group + "]", "{\"at\":\"" + inSeconds(60) + "\"}", "\"action\":{\"type\":\"dance\"}"),
                422,
                "action.type");
        assertProblem(
                create("[" + group + "]", "{\"at\":\"" + inSeconds(60) + "\"}", "\"action\":{\"type\":\"post\"}"),
                422,
                "action");
        assertProblem(
                create("[" + group + "]", "{\"at\":\"" + inSeconds(60) + "\"}", "\"action\":{\"type\":\"remind\"}"),
                422,
                "minutesBefore");
        assertProblem(
                create(
                        "[" + group + "]",
                        "{\"at\":\"" + inSeconds(60) + "\"}",
                        "\"action\":{\"type\":\"open-deal\",\"title\":\"t\",\"catalog\":[],\"closesAfterMinutes\":60}"),
                422,
                "catalog");
        assertProblem(api.post("/api/v1/schedules", "{\"groupIds\":[1]}"), 400, "name");
    }

    @Test
    void theOutboxListRefusesAnUnknownStatusOrGroup() {
        assertProblem(api.get("/api/v1/outbox?status=lost"), 400, "status");
        assertProblem(api.get("/api/v1/outbox?groupId=999999999"), 404, "no group");
        assertThat(api.get("/api/v1/outbox?status=pending&limit=5").status()).isEqualTo(200);
    }

    private ApiClient.Response create(String groupIds, String trigger, String action) {
        return api.post(
                "/api/v1/schedules",
                "{\"name\":\"n\",\"groupIds\":" + groupIds + ",\"trigger\":" + trigger + "," + action + "}");
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
