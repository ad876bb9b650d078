package dev.groupbuy.admin.sandbox;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.testing.ConversationCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation corpus replayed over HTTP, as its README describes: group and deal through the admin
 * API, every step through the sandbox endpoint, then the deal's orders. Run once per store by the
 * subclasses. {@code -Dconversations.dir=/path} replays another directory.
 */
abstract class SandboxConversationContract {

    static final String TOKEN = "sandbox-test-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api;

    @Autowired
    Outbox outbox;

    private final Map<String, Long> groupIds = new ConcurrentHashMap<>();

    @BeforeEach
    void client() {
        api = new ApiClient(port, TOKEN);
    }

    @TestFactory
    Stream<DynamicTest> everyConversationEndsWithTheExpectedOrdersAndReplies() throws Exception {
        String dir = System.getProperty("conversations.dir", "../bot-core/src/test/resources/corpus/conversations");
        return ConversationCase.loadAll(Path.of(dir)).stream()
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> replay(c)));
    }

    @Test
    void answersWithTheRepliesItDeliveredAndADuplicateOrAnUnknownGroupWithNone() {
        String chatId = createGroup("g-" + UUID.randomUUID(), "L1");
        long dealId = createDeal(chatId, "丹东草莓", List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", null)));
        String body = message(chatId, "u1", "王姐", "#接龙\n丹东草莓 25元/盒\n\n1. 王姐 老样子", "m1");

        ApiClient.Response first = api.post("/api/v1/sandbox/messages", body);
        ApiClient.Response again = api.post("/api/v1/sandbox/messages", body);
        ApiClient.Response elsewhere = api.post(
                "/api/v1/sandbox/messages", message("nowhere-" + UUID.randomUUID(), "u1", "王姐", "1. 王姐 2盒", "m1"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(outbox.pending(1000))
                .as("the sandbox delivers its replies; only the deal's announcement waits for a sender")
                .noneMatch(
                        p -> p.message().chatId().equals(chatId) && p.message().inReplyTo() != null);
        assertThat(first.json().path("replies").get(0).path("text").asString()).contains("王姐");
        assertThat(api.get("/api/v1/outbox?status=sent&groupId=" + groupIds.get(chatId))
                        .json()
                        .path("messages")
                        .valueStream())
                .as("the answer's replies went out through the sandbox's sender")
                .extracting(m -> m.path("text").asString())
                .contains(first.json().path("replies").get(0).path("text").asString());
        assertThat(again.json().path("replies")).isEmpty();
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.json().path("replies")).isEmpty();
        assertThat(activeOrders(dealId)).isEmpty();
    }

    @Test
    void refusesAMessageWithoutItsIdsAndWithoutAToken() {
        assertThat(api.post("/api/v1/sandbox/messages", "{\"chatId\":\"x\",\"text\":\"hi\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.withToken(null)
                        .post("/api/v1/sandbox/messages", message("x", "u", "n", "hi", "m"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void storesFieldsUpToTheirColumnLengthsAndRefusesLongerOnesNamingTheField() {
        String chatId = createGroup(("g-" + UUID.randomUUID() + "-").repeat(4).substring(0, 128), "L1");
        long dealId = createDeal(chatId, "丹东草莓", List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", null)));
        String senderId = "u".repeat(128);
        String senderName = "王".repeat(255);
        String msgId = "m".repeat(58);

        ApiClient.Response fits = api.post(
                "/api/v1/sandbox/messages", message(chatId, senderId, senderName, "#接龙 丹东草莓\n1. 王姐 草莓2盒", msgId));

        assertThat(fits.status()).as(fits.toString()).isEqualTo(200);
        assertThat(activeOrders(dealId)).hasSize(1);
        assertProblem(
                api.post("/api/v1/sandbox/messages", message(chatId + "x", "u1", "n", "hi", "m1")), 400, "chatId");
        assertProblem(
                api.post("/api/v1/sandbox/messages", message(chatId, senderId + "x", "n", "hi", "m2")),
                400,
                "senderId");
        assertProblem(
                api.post("/api/v1/sandbox/messages", message(chatId, "u1", senderName + "王", "hi", "m3")),
                400,
                "senderName");
        assertProblem(
                api.post("/api/v1/sandbox/messages", message(chatId, "u1", "n", "hi", msgId + "m")), 400, "msgId");
    }

    @Test
    void keepsTheSameMessageIdsOfDifferentChatsApart() {
        String prefix = "g-" + UUID.randomUUID();
        String slashed = createGroup(prefix + "/b", "L1");
        String plain = createGroup(prefix, "L1");
        long slashedDeal = createDeal(slashed, "丹东草莓", List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", null)));
        long plainDeal = createDeal(plain, "丹东草莓", List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", null)));
        String chain = "#接龙 丹东草莓\n1. 王姐 草莓2盒";

        assertThat(api.post("/api/v1/sandbox/messages", message(slashed, "u1", "王姐", chain, "c"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/sandbox/messages", message(plain, "u1", "王姐", chain, "b/c"))
                        .status())
                .isEqualTo(200);

        assertThat(activeOrders(slashedDeal)).hasSize(1);
        assertThat(activeOrders(plainDeal))
                .as("the second chat's message is not a duplicate of the first's")
                .hasSize(1);
    }

    private void replay(ConversationCase c) {
        String chatId = c.chatId() + "-" + UUID.randomUUID();
        createGroup(chatId, c.leaders());
        long dealId = createDeal(chatId, c.dealTitle(), c.catalog());
        List<List<String>> replies = new ArrayList<>();
        for (ConversationCase.Step step : c.steps()) {
            ApiClient.Response response = api.post(
                    "/api/v1/sandbox/messages",
                    message(chatId, step.senderId(), step.senderName(), step.text(), step.msgId()));
            assertThat(response.status())
                    .as("%s %s: %s", c.id(), step.msgId(), response)
                    .isEqualTo(200);
            List<String> said = new ArrayList<>();
            response.json().path("replies").forEach(r -> said.add(r.path("text").asString()));
            replies.add(said);
        }

        assertThat(activeOrders(dealId)).as("active orders of %s", c.id()).isEqualTo(c.expectedOrders());
        for (ConversationCase.ExpectedReply expected : c.expectedReplies()) {
            assertThat(replies.get(expected.afterStep() - 1))
                    .as("replies after step %d of %s", expected.afterStep(), c.id())
                    .anySatisfy(text -> assertThat(expected.anyContains())
                            .anySatisfy(word -> assertThat(text).contains(word)));
        }
    }

    private List<String> activeOrders(long dealId) {
        ApiClient.Response response = api.get("/api/v1/deals/" + dealId + "/orders");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> active = new ArrayList<>();
        for (JsonNode order : response.json().path("orders")) {
            if (order.path("status").asString().equals("active")) {
                List<OrderItem> items = new ArrayList<>();
                order.path("items")
                        .forEach(i -> items.add(new OrderItem(
                                i.path("sku").asString(), i.path("qty").decimalValue())));
                active.add(ConversationCase.describe(order.path("name").asString(), items));
            }
        }
        return active.stream().sorted().toList();
    }

    @Test
    void theChatTranscriptHasWhatResidentsSaidAndWhatTheBotAnsweredInOrder() {
        String chatId = createGroup("t-" + UUID.randomUUID(), "L1");
        createDeal(chatId, "丹东草莓", List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", null)));
        api.post("/api/v1/sandbox/messages", message(chatId, "u1", "王姐", "#接龙\n丹东草莓 25元/盒\n\n1. 王姐 老样子", "m1"));
        api.post("/api/v1/sandbox/messages", message(chatId, "u2", "李姐", "今天天气真好", "m2"));

        List<JsonNode> said = api.get("/api/v1/sandbox/chats/" + chatId + "/messages")
                .json()
                .path("messages")
                .valueStream()
                .filter(m -> !m.path("fromBot").asBoolean()
                        || m.path("text").asString().contains("王姐"))
                .toList();

        assertThat(said).hasSize(3);
        assertThat(said.get(0).path("senderName").asString()).isEqualTo("王姐");
        assertThat(said.get(0).path("text").asString()).contains("1. 王姐 老样子");
        assertThat(said.get(1).path("fromBot").asBoolean())
                .as("the bot's question to 王姐 comes next")
                .isTrue();
        assertThat(said.get(2).path("senderId").asString()).isEqualTo("u2");
        assertThat(said.get(2).path("text").asString()).isEqualTo("今天天气真好");
        assertThat(api.get("/api/v1/sandbox/chats/" + chatId + "/messages?limit=1")
                        .json()
                        .path("messages")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/sandbox/chats/nowhere-" + UUID.randomUUID() + "/messages")
                        .json()
                        .path("messages")
                        .size())
                .isZero();
        assertProblem(api.get("/api/v1/sandbox/chats/" + chatId + "/messages?limit=501"), 400, "limit");
    }

    private String createGroup(String chatId, String leaderId) {
        return createGroup(chatId, List.of(new ConversationCase.Leader(leaderId, "团长")));
    }

    private String createGroup(String chatId, List<ConversationCase.Leader> leaders) {
        Map<String, Object> body = Map.of(
                "platform",
                "sandbox",
                "chatId",
                chatId,
                "name",
                chatId,
                "leaders",
                leaders.stream()
                        .map(l -> Map.of("userId", l.userId(), "name", l.name()))
                        .toList());
        ApiClient.Response created = api.post("/api/v1/groups", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        groupIds.put(chatId, created.json().path("id").asLong());
        return chatId;
    }

    private long createDeal(String chatId, String title, List<CatalogItem> catalog) {
        List<Map<String, Object>> items = catalog.stream()
                .map(item -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("sku", item.sku());
                    m.put("name", item.name());
                    m.put("aliases", item.aliases());
                    m.put("unit", item.unit());
                    m.put("price", item.price());
                    m.put("stock", item.stock());
                    m.put("limitPerPerson", item.limitPerPerson());
                    return m;
                })
                .toList();
        Map<String, Object> body = Map.of("title", title, "groupIds", List.of(groupIds.get(chatId)), "catalog", items);
        ApiClient.Response created = api.post("/api/v1/deals", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("open");
        return created.json().path("id").asLong();
    }

    private static String message(String chatId, String senderId, String senderName, String text, String msgId) {
        return JSON.writeValueAsString(
                Map.of("chatId", chatId, "senderId", senderId, "senderName", senderName, "text", text, "msgId", msgId));
    }
}
