package dev.groupbuy.admin.goods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/** One sandbox group of the example week: registered through the API, its chat through the sandbox. */
final class WeekChat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String name;
    final String leaderId;
    final String leaderName;
    final long id;
    private final ApiClient api;
    private final String chatId = "g-" + UUID.randomUUID();
    private final AtomicInteger messages = new AtomicInteger();
    private final Map<String, List<String>> chains = new LinkedHashMap<>();

    WeekChat(ApiClient api, String name, String leaderId, String leaderName, String commissionRate) {
        this.api = api;
        this.name = name;
        this.leaderId = leaderId;
        this.leaderName = leaderName;
        ApiClient.Response created = api.post(
                "/api/v1/groups",
                "{\"platform\":\"sandbox\",\"chatId\":\"" + chatId + "\",\"name\":\"" + name
                        + "\",\"leaders\":[{\"userId\":\"" + leaderId + "\",\"name\":\"" + leaderName + "\"}]"
                        + (commissionRate == null ? "" : ",\"commissionRate\":" + commissionRate) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        this.id = created.json().path("id").asLong();
    }

    /** What the bot said in the group in answer. */
    List<String> say(String userId, String userName, String text) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("chatId", chatId);
        body.put("senderId", userId);
        body.put("senderName", userName);
        body.put("text", text);
        body.put("msgId", "m" + messages.incrementAndGet());
        ApiClient.Response response = api.post("/api/v1/sandbox/messages", JSON.writeValueAsString(body));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> replies = new ArrayList<>();
        response.json().path("replies").forEach(r -> replies.add(r.path("text").asString()));
        return replies;
    }

    List<String> leader(String text) {
        return say(leaderId, leaderName, text);
    }

    /** A neighbour copies the deal's list as it stands and adds their line. */
    SignUp signUp(String title, String userId, String userName, String what) {
        List<String> chain = chains.computeIfAbsent(title, t -> new ArrayList<>());
        chain.add((chain.size() + 1) + ". " + userName + " " + what);
        List<String> replies = say(userId, userName, "#接龙 " + title + "\n" + String.join("\n", chain));
        return new SignUp(chain.get(chain.size() - 1), replies);
    }

    /** The deal's list as the group last posted it. */
    List<String> chain(String title) {
        return chains.getOrDefault(title, List.of());
    }

    /** @param line the line added, numbered */
    record SignUp(String line, List<String> replies) {}
}
