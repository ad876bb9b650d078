package dev.groupbuy.admin;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.order.OrderStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The groups, deals and orders endpoints against a real store; run once per store by the subclasses
 * (embedded H2 default and the prod profile on MariaDB + Redis).
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class StoreApiContract {

    static final String TOKEN = TestTokens.ADMIN;

    @LocalServerPort
    int port;

    @Autowired
    OrderRepository orders;

    @Autowired
    Inbox inbox;

    @Autowired
    DataSource dataSource;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, TOKEN);
    }

    @Test
    void createsAGroupWithItsLeadersAndFindsIt() {
        String chatId = unique("g");
        ApiClient.Response created = api.post("/api/v1/groups", """
                {"platform":"sandbox","chatId":"%s","name":"阳光花园1群 🍓",
                 "leaders":[{"userId":"L1","name":"王团长"}]}""".formatted(chatId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/groups/" + id);
        JsonNode group = api.get("/api/v1/groups/" + id).json();
        assertThat(group).isEqualTo(created.json());
        assertThat(group.path("chatId").asString()).isEqualTo(chatId);
        assertThat(group.path("name").asString()).isEqualTo("阳光花园1群 🍓");
        assertThat(group.path("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(group.path("leaders").get(0).path("name").asString()).isEqualTo("王团长");
        assertThat(group.path("members").get(0).path("role").asString()).isEqualTo("leader");
        assertThat(api.get("/api/v1/groups").json().path("groups").valueStream())
                .anySatisfy(g -> assertThat(g.path("id").asLong()).isEqualTo(id));
    }

    @Test
    void refusesASecondGroupWithTheSameChatId() {
        String body = "{\"platform\":\"sandbox\",\"chatId\":\"" + unique("dup") + "\"}";
        assertThat(api.post("/api/v1/groups", body).status()).isEqualTo(201);

        assertProblem(api.post("/api/v1/groups", body), 409, "already exists");
    }

    @Test
    void namesTheMissingOrMistypedFieldOfAGroup() {
        assertProblem(api.post("/api/v1/groups", "{\"platform\":\"sandbox\"}"), 400, "chatId");
        assertProblem(
                api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"x\",\"leaders\":\"L1\"}"),
                400,
                "leaders");
        assertProblem(
                api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"x\",\"leaders\":[{}]}"),
                400,
                "leaders[0].userId");
        assertProblem(
                api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"x\",\"zone\":\"Mars\"}"),
                422,
                "zone");
    }

    @Test
    void answers404ForUnknownIdsAnd400ForIdsThatAreNotNumbers() {
        assertProblem(api.get("/api/v1/groups/987654321"), 404, "no group with id 987654321");
        assertProblem(api.get("/api/v1/deals/987654321"), 404, "no deal with id 987654321");
        assertProblem(api.get("/api/v1/deals/987654321/orders"), 404, "no deal");
        assertProblem(api.post("/api/v1/deals/987654321/close", ""), 404, "no deal");
        assertProblem(api.get("/api/v1/groups/abc"), 400, "'id'");
        assertProblem(api.get("/api/v1/deals?groupId=abc"), 400, "'groupId'");
        assertProblem(api.get("/api/v1/deals?status=sold"), 400, "status must be one of");
    }

    @Test
    void opensADealAndFindsItByGroupAndStatus() {
        long groupId = createGroup();
        ApiClient.Response created = api.post("/api/v1/deals", deal(groupId, "25.0"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode deal = created.json();
        long id = deal.path("id").asLong();
        assertThat(deal.path("status").asString()).isEqualTo("open");
        assertThat(created.header("Location")).endsWith("/api/v1/deals/" + id);
        assertThat(api.get("/api/v1/deals/" + id).json()).isEqualTo(deal);
        JsonNode item = deal.path("catalog").get(0);
        assertThat(item.path("sku").asString()).isEqualTo("A");
        assertThat(item.path("aliases").get(0).asString()).isEqualTo("草莓");
        assertThat(item.path("price").decimalValue()).isEqualByComparingTo("25");
        assertThat(deal.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(ids(api.get("/api/v1/deals?groupId=" + groupId + "&status=open")))
                .containsExactly(id);
        assertThat(ids(api.get("/api/v1/deals?groupId=" + groupId + "&status=closed")))
                .isEmpty();
    }

    @Test
    void closesAnOpenDealOnceAndRefusesToCloseItAgain() {
        long dealId = createDeal(createGroup());

        ApiClient.Response closed = api.post("/api/v1/deals/" + dealId + "/close", "");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("closed");
        assertThat(api.get("/api/v1/deals/" + dealId).json().path("status").asString())
                .isEqualTo("closed");
        assertProblem(api.post("/api/v1/deals/" + dealId + "/close", ""), 409, "only an open deal");
    }

    @Test
    void closesADealExactlyOnceWhenManyTryAtTheSameTime() throws Exception {
        long dealId = createDeal(createGroup());
        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/deals/" + dealId + "/close", "").status();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered)
                    .containsOnly(200, 409)
                    .filteredOn(s -> s == 200)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    static Stream<Arguments> invalidDeals() {
        String item = "{\"sku\":\"A\",\"name\":\"草莓\",\"price\":25}";
        return Stream.of(
                Arguments.of("[]", "[%s]", "at least one catalog item"),
                Arguments.of("[%s,%s]".formatted(item, item), "[%s]", "unique"),
                Arguments.of("[{\"sku\":\"A\",\"name\":\"草莓\",\"price\":-1}]", "[%s]", "negative price"),
                Arguments.of("[%s]".formatted(item), "[987654321]", "unknown groupIds: [987654321]"),
                Arguments.of("[%s]".formatted(item), "[]", "at least one group"),
                Arguments.of(catalog(1, "草".repeat(65), 0), "[%s]", "catalog[0].name is longer than 64 characters"),
                Arguments.of(catalog(501, "草莓", 0), "[%s]", "at most 500 products, this one has 501"),
                Arguments.of(catalog(100, "草莓", 20), "[%s]", "at most 2000 product names and aliases"));
    }

    /** {@code products} items named {@code name + k}, each with {@code aliases} aliases. */
    static String catalog(int products, String name, int aliases) {
        List<String> items = new ArrayList<>();
        for (int k = 0; k < products; k++) {
            List<String> words = new ArrayList<>();
            for (int a = 0; a < aliases; a++) {
                words.add("\"别名" + k + "-" + a + "\"");
            }
            String itemName = products == 1 ? name : name + k;
            items.add("{\"sku\":\"S%d\",\"name\":\"%s\",\"aliases\":[%s],\"price\":1}"
                    .formatted(k, itemName, String.join(",", words)));
        }
        return "[" + String.join(",", items) + "]";
    }

    @Test
    void opensADealWhoseCatalogIsRightAtTheParserCaps() {
        String catalog = catalog(500, "莓", 3).replace("\"name\":\"莓0\"", "\"name\":\"" + "草".repeat(64) + "\"");
        String body = "{\"title\":\"大团\",\"groupIds\":[%d],\"catalog\":%s}".formatted(createGroup(), catalog);

        ApiClient.Response created = api.post("/api/v1/deals", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("catalog").size()).isEqualTo(500);
    }

    @ParameterizedTest
    @MethodSource("invalidDeals")
    void refusesSemanticallyInvalidDealsWith422(String catalog, String groupIds, String detail) {
        String groups = groupIds.formatted(createGroup());
        String body = "{\"title\":\"丹东草莓\",\"groupIds\":%s,\"catalog\":%s}".formatted(groups, catalog);

        assertProblem(api.post("/api/v1/deals", body), 422, detail);
    }

    @Test
    void namesTheMissingOrMistypedFieldOfADeal() {
        long groupId = createGroup();
        assertProblem(api.post("/api/v1/deals", deal(groupId, "\"cheap\"")), 400, "catalog[0].price");
        assertProblem(api.post("/api/v1/deals", "{\"title\":\"t\",\"groupIds\":[" + groupId + "]}"), 400, "catalog");
        assertProblem(
                api.post("/api/v1/deals", "{\"title\":\"t\",\"groupIds\":\"all\",\"catalog\":[]}"), 400, "groupIds");
        assertProblem(
                api.post("/api/v1/deals", "{\"title\":\"t\",\"groupIds\":[1],\"catalog\":[{\"name\":\"x\"}]}"),
                400,
                "catalog[0].sku");
        assertProblem(
                api.post("/api/v1/deals", deal(groupId, "1").replace("null,\"pickup\"", "\"tomorrow\",\"pickup\"")),
                400,
                "closesAt");
    }

    @Test
    void storesValuesUpToTheirLimitsAndRefusesLongerOnesWith400() {
        String longest = "群".repeat(255);
        ApiClient.Response fits = api.post(
                "/api/v1/groups",
                "{\"platform\":\"sandbox\",\"chatId\":\"%s\",\"name\":\"%s\"}"
                        .formatted(unique("g") + "x".repeat(128 - 39), longest));
        assertThat(fits.status()).as(fits.toString()).isEqualTo(201);
        assertThat(fits.json().path("name").asString()).isEqualTo(longest);
        long groupId = fits.json().path("id").asLong();
        assertThat(api.post("/api/v1/deals", deal(groupId, "9999999999.99")).status())
                .isEqualTo(201);

        assertProblem(
                api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"%s\"}".formatted("x".repeat(129))),
                400,
                "chatId");
        assertProblem(api.post("/api/v1/deals", deal(groupId, "12345678901")), 400, "catalog[0].price");
        assertProblem(api.post("/api/v1/deals", deal(groupId, "1.234")), 400, "catalog[0].price");
        assertProblem(
                api.post("/api/v1/deals", deal(groupId, "1").replace("丹东草莓\",\"groupIds", longest + "x\",\"groupIds")),
                400,
                "title");
        assertProblem(
                api.post(
                        "/api/v1/deals",
                        deal(groupId, "1").replace("\"closesAt\":null", "\"closesAt\":\"+100000-01-01T00:00:00Z\"")),
                422,
                "closesAt");
    }

    @Test
    void listsTheOrdersOfADealWithPlainQuantities() {
        long groupId = createGroup();
        long dealId = createDeal(groupId);
        orders.insert(order(dealId, groupId, "张三", 1, OrderStatus.ACTIVE, OrderItem.of("A", "2.000")));
        orders.insert(order(dealId, groupId, "李四", 2, OrderStatus.CANCELLED, OrderItem.of("A", "10")));

        ApiClient.Response response = api.get("/api/v1/deals/" + dealId + "/orders");

        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> list = response.json().path("orders").valueStream().toList();
        assertThat(list).extracting(o -> o.path("name").asString()).containsExactly("张三", "李四");
        assertThat(list.get(0).path("status").asString()).isEqualTo("active");
        assertThat(list.get(0).path("seq").asInt()).isEqualTo(1);
        assertThat(list.get(0).path("line").asString()).isEqualTo("张三 A 2");
        assertThat(list.get(1).path("status").asString()).isEqualTo("cancelled");
        assertThat(response.body()).contains("\"qty\":2}", "\"qty\":10}").doesNotContain("2.000", "E+");
        assertThat(list.get(0).path("items").get(0).path("qty").isNumber()).isTrue();
    }

    @Test
    void pagesTheNumberedListOfADealAndFindsAnEntryByNumberOrName() {
        long groupId = createGroup();
        long dealId = createDeal(groupId);
        for (int i = 1; i <= 60; i++) {
            orders.insert(order(dealId, groupId, "邻居" + i, i, OrderStatus.ACTIVE, OrderItem.of("A", "1")));
        }
        orders.insert(order(dealId, groupId, "走了的人", 61, OrderStatus.CANCELLED, OrderItem.of("A", "1")));

        JsonNode first = api.get("/api/v1/deals/" + dealId + "/roster?limit=25").json();
        JsonNode last = api.get("/api/v1/deals/" + dealId + "/roster?offset=50&limit=25")
                .json();

        assertThat(first.path("total").asInt())
                .as("cancelled orders are not listed")
                .isEqualTo(60);
        assertThat(first.path("entries").size()).isEqualTo(25);
        assertThat(first.path("entries").get(0).path("number").asInt()).isEqualTo(1);
        assertThat(first.path("entries").get(0).path("order").path("name").asString())
                .isEqualTo("邻居1");
        assertThat(first.path("entries").get(0).path("order").path("amount").decimalValue())
                .isEqualByComparingTo("25");
        assertThat(last.path("entries").valueStream().map(e -> e.path("number").asInt()))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(51, 60).boxed().toList());
        assertThat(api.get("/api/v1/deals/" + dealId + "/roster?q=42")
                        .json()
                        .path("entries")
                        .get(0)
                        .path("order")
                        .path("name")
                        .asString())
                .isEqualTo("邻居42");
        JsonNode byName = api.get("/api/v1/deals/" + dealId + "/roster?q=%E9%82%BB%E5%B1%855")
                .json();
        assertThat(byName.path("total").asInt())
                .as("an exact name first, as #核销 matches")
                .isEqualTo(1);
        assertThat(byName.path("entries").get(0).path("number").asInt()).isEqualTo(5);
        assertProblem(api.get("/api/v1/deals/" + dealId + "/roster?limit=0"), 400, "limit");
        assertProblem(api.get("/api/v1/deals/" + dealId + "/roster?limit=501"), 400, "limit");
        assertProblem(api.get("/api/v1/deals/987654321/roster"), 404, "no deal with id 987654321");
    }

    @Test
    void previewsTheNextFireTimesOfACronExpressionInTheGroupsZone() {
        ApiClient.Response group = api.post("/api/v1/groups", """
                {"platform":"sandbox","chatId":"%s","name":"柏林群","zone":"Europe/Berlin"}""".formatted(unique("z")));
        long groupId = group.json().path("id").asLong();

        JsonNode preview = api.get("/api/v1/schedules/preview?cron=0+30+19+%3F+*+MON-FRI&groupId=" + groupId)
                .json();
        JsonNode tokyo = api.get(
                        "/api/v1/schedules/preview?cron=0+0+8+*+*+%3F&zone=Asia/Tokyo&count=3&groupId=" + groupId)
                .json();

        assertThat(preview.path("zone").asString()).isEqualTo("Europe/Berlin");
        List<java.time.ZonedDateTime> times = preview.path("times")
                .valueStream()
                .map(t -> Instant.parse(t.asString()).atZone(java.time.ZoneId.of("Europe/Berlin")))
                .toList();
        assertThat(times).hasSize(5).isSorted().allSatisfy(t -> {
            assertThat(t.toLocalTime()).isEqualTo(java.time.LocalTime.of(19, 30));
            assertThat(t.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        });
        assertThat(times.get(0).toInstant()).isAfter(Instant.now().minusSeconds(1));
        assertThat(tokyo.path("zone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(tokyo.path("times").size()).isEqualTo(3);
        assertThat(api.get("/api/v1/schedules").json().path("schedules").valueStream())
                .as("nothing is stored")
                .noneMatch(s -> s.path("groupIds").toString().equals("[" + groupId + "]"));
        assertProblem(api.get("/api/v1/schedules/preview?cron=0+0+25+*+*+%3F"), 422, "trigger.cron");
        assertProblem(api.get("/api/v1/schedules/preview?cron=0+0+8+*+*+%3F&zone=Mars/Base"), 422, "zone");
        assertProblem(api.get("/api/v1/schedules/preview?cron=0+0+8+*+*+%3F&groupId=987654321"), 422, "groupId");
        assertProblem(api.get("/api/v1/schedules/preview?cron=0+0+8+*+*+%3F&count=21"), 422, "count");
    }

    @Test
    void issuesAnExportLinkWhoseWorkbookDownloadsWithoutAToken() {
        long groupId = createGroup();
        long dealId = createDeal(groupId);
        orders.insert(order(dealId, groupId, "张三", 1, OrderStatus.ACTIVE, OrderItem.of("A", "2")));

        JsonNode link = api.get("/api/v1/deals/" + dealId + "/export-link").json();

        assertThat(link.path("path").asString()).startsWith("/exports/" + dealId + ".");
        assertThat(link.path("url").asString()).endsWith(link.path("path").asString());
        assertThat(Instant.parse(link.path("expiresAt").asString())).isAfter(Instant.now());
        byte[] workbook = api.withToken(null).sendBytes(link.path("path").asString());
        assertThat(workbook).startsWith((byte) 'P', (byte) 'K');
        assertProblem(api.get("/api/v1/deals/987654321/export-link"), 404, "no deal");
    }

    @Test
    void sqlFailuresCarryNoValuesYetDuplicatesAreStillRecognised(CapturedOutput output) {
        String secret = "resident-" + UUID.randomUUID();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        Throwable tooLong = catchThrowable(() -> insertGroup(jdbc, unique("c"), secret + "王".repeat(300)));
        jdbc.update("DELETE FROM chat_groups WHERE chat_id = ?", secret);
        insertGroup(jdbc, secret, "群");
        Throwable duplicate = catchThrowable(() -> insertGroup(jdbc, secret, "群"));
        LoggerFactory.getLogger(StoreApiContract.class).error("storing failed", tooLong);
        LoggerFactory.getLogger(StoreApiContract.class).error("storing failed", duplicate);

        assertThat(tooLong).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(stackTrace(tooLong)).doesNotContain(secret).contains("22001");
        assertThat(duplicate).isInstanceOf(DuplicateKeyException.class);
        assertThat(stackTrace(duplicate)).doesNotContain(secret).contains("SQL state 23");
        InboundMessage twice =
                new InboundMessage("sandbox", unique("c"), "u1", "王姐", unique("m"), "hi", null, Instant.now(), null);
        assertThat(inbox.storeIfNew(twice)).isPresent();
        assertThat(inbox.storeIfNew(twice))
                .as("a second delivery is a duplicate")
                .isEmpty();
        assertThat(output.getAll()).contains("storing failed").doesNotContain(secret);
    }

    static void insertGroup(JdbcTemplate jdbc, String chatId, String name) {
        jdbc.update(
                "INSERT INTO chat_groups (platform, chat_id, name, zone, created_at) VALUES (?, ?, ?, ?, ?)",
                "sandbox",
                chatId,
                name,
                "Asia/Shanghai",
                Timestamp.from(Instant.now()));
    }

    static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    long createGroup() {
        ApiClient.Response created = api.post(
                "/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"" + unique("g") + "\",\"name\":\"群\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    long createDeal(long groupId) {
        ApiClient.Response created = api.post("/api/v1/deals", deal(groupId, "25.0"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    static String deal(long groupId, String price) {
        return """
                {"title":"丹东草莓","groupIds":[%d],"catalog":[{"sku":"A","name":"丹东草莓","aliases":["草莓"],
                 "unit":"盒","price":%s,"stock":null,"limitPerPerson":null}],"closesAt":null,"pickup":"明天下午3点 3号门"}""".formatted(groupId, price);
    }

    static Order order(long dealId, long groupId, String name, int seq, OrderStatus status, OrderItem item) {
        return new Order(
                null, dealId, groupId, name, null, List.of(item), status, seq, name + " A 2", 0, Instant.now());
    }

    static List<Long> ids(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json()
                .path("deals")
                .valueStream()
                .map(d -> d.path("id").asLong())
                .toList();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
