package dev.groupbuy.admin.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A group chatting through the sandbox endpoint: one leader, one open single-product deal (草莓, sku A). */
final class SandboxChat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String chatId = "chat-" + UUID.randomUUID();
    final String leaderId = "L-" + UUID.randomUUID();
    final long groupId;
    final long dealId;
    private final ApiClient api;

    SandboxChat(ApiClient api) {
        this.api = api;
        ApiClient.Response group = api.post(
                "/api/v1/groups",
                JSON.writeValueAsString(Map.of(
                        "platform",
                        "sandbox",
                        "chatId",
                        chatId,
                        "name",
                        "阳光花园1群",
                        "leaders",
                        List.of(Map.of("userId", leaderId, "name", "王团长")))));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        groupId = group.json().path("id").asLong();
        ApiClient.Response deal = api.post("/api/v1/deals", """
                {"title":"丹东草莓","groupIds":[%d],"catalog":[{"sku":"A","name":"丹东草莓","aliases":["草莓"],
                 "unit":"盒","price":25,"stock":null,"limitPerPerson":null}],"closesAt":null,"pickup":"3号门"}""".formatted(groupId));
        assertThat(deal.status()).as(deal.toString()).isEqualTo(201);
        dealId = deal.json().path("id").asLong();
    }

    /** Posts a message as {@code senderId} through {@code via} (this app or another instance). */
    static ApiClient.Response say(
            ApiClient via, String chatId, String senderId, String senderName, String text, String msgId) {
        String body = JSON.writeValueAsString(
                Map.of("chatId", chatId, "senderId", senderId, "senderName", senderName, "text", text, "msgId", msgId));
        return via.send(via.request("/api/v1/sandbox/messages")
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    ApiClient.Response say(String senderId, String senderName, String text, String msgId) {
        ApiClient.Response response = say(api, chatId, senderId, senderName, text, msgId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    static List<String> replies(ApiClient.Response response) {
        return response.json()
                .path("replies")
                .valueStream()
                .map(reply -> reply.path("text").asString())
                .toList();
    }

    /** The deal's active orders: participant name -> boxes of 草莓. */
    Map<String, BigDecimal> activeOrders() {
        ApiClient.Response response = api.get("/api/v1/deals/" + dealId + "/orders");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<String, BigDecimal> active = new TreeMap<>();
        for (JsonNode order : response.json().path("orders")) {
            if (order.path("status").asString().equals("active")) {
                active.put(
                        order.path("name").asString(),
                        order.path("items").get(0).path("qty").decimalValue());
            }
        }
        return active;
    }
}
