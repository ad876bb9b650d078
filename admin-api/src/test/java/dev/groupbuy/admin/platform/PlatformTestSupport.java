package dev.groupbuy.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Groups, deals and orders through the admin API, and the outbox delivered through the platform senders. */
public final class PlatformTestSupport {

    public static final String TOKEN = "platform-test-token-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    public PlatformTestSupport(int port) {
        this.api = new ApiClient(port, TOKEN);
    }

    public ApiClient api() {
        return api;
    }

    public long group(String platform, String chatId, String leaderId, Map<String, Object> send) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of(
                "platform",
                platform,
                "chatId",
                chatId,
                "name",
                "阳光花园1群",
                "leaders",
                List.of(Map.of("userId", leaderId, "name", "王团长"))));
        if (send != null) {
            body.put("send", send);
        }
        ApiClient.Response response = api.post("/api/v1/groups", JSON.writeValueAsString(body));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    public long strawberryDeal(long groupId) {
        ApiClient.Response response = api.post(
                "/api/v1/deals",
                "{\"title\":\"丹东草莓\",\"groupIds\":[" + groupId + "],\"catalog\":[{\"sku\":\"A\",\"name\":\"丹东草莓\","
                        + "\"aliases\":[\"草莓\"],\"unit\":\"盒\",\"price\":25.0,\"stock\":null,\"limitPerPerson\":null}],"
                        + "\"closesAt\":null,\"pickup\":\"明天下午3点\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    public List<String> activeOrders(long dealId) {
        ApiClient.Response response = api.get("/api/v1/deals/" + dealId + "/orders");
        List<String> active = new ArrayList<>();
        for (JsonNode order : response.json().path("orders")) {
            if (order.path("status").asString().equals("active")) {
                StringBuilder items = new StringBuilder(order.path("name").asString());
                order.path("items")
                        .forEach(i -> items.append(' ')
                                .append(i.path("sku").asString())
                                .append(i.path("qty")
                                        .decimalValue()
                                        .stripTrailingZeros()
                                        .toPlainString()));
                active.add(items.toString());
            }
        }
        return active.stream().sorted().toList();
    }

    public List<String> awaitOrders(long dealId, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> activeOrders(dealId).size() >= count);
        return activeOrders(dealId);
    }

    public String dealStatus(long dealId) {
        return api.get("/api/v1/deals/" + dealId).json().path("status").asString();
    }

    /**
     * Sends what waits in the outbox through the outbound dispatcher, as its loop would (the loop is off in
     * these tests, so that a test sees a message queued before it goes out).
     */
    public static void deliver(OutboundDispatcher dispatcher) {
        for (int pass = 0; pass < 100 && dispatcher.dispatchOnce().progressed(); pass++) {
            // one part per chat and pass
        }
    }
}
