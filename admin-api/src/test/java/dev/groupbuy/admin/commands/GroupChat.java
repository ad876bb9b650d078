package dev.groupbuy.admin.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/** A sandbox group driven over HTTP: registered through the admin API, messages through the sandbox. */
final class GroupChat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final ApiClient api;
    final String chatId;
    final long groupId;
    private final AtomicInteger messages = new AtomicInteger();

    private GroupChat(ApiClient api, String chatId, long groupId) {
        this.api = api;
        this.chatId = chatId;
        this.groupId = groupId;
    }

    /** A new sandbox group whose leader is {@code L1 王团长}. */
    static GroupChat create(ApiClient api) {
        String chatId = "g-" + UUID.randomUUID();
        String body = "{\"platform\":\"sandbox\",\"chatId\":\"" + chatId
                + "\",\"name\":\"阳光花园1群\",\"leaders\":[{\"userId\":\"L1\",\"name\":\"王团长\"}]}";
        ApiClient.Response created = api.post("/api/v1/groups", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new GroupChat(api, chatId, created.json().path("id").asLong());
    }

    /** Posts a message with a new id; what the bot said in reply. */
    List<String> say(String senderId, String senderName, String text) {
        return sayWithId(senderId, senderName, text, "m" + messages.incrementAndGet());
    }

    List<String> sayWithId(String senderId, String senderName, String text, String msgId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("chatId", chatId);
        body.put("senderId", senderId);
        body.put("senderName", senderName);
        body.put("text", text);
        body.put("msgId", msgId);
        ApiClient.Response response = api.post("/api/v1/sandbox/messages", JSON.writeValueAsString(body));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> replies = new ArrayList<>();
        response.json().path("replies").forEach(r -> replies.add(r.path("text").asString()));
        return replies;
    }

    List<String> leader(String text) {
        return say("L1", "王团长", text);
    }

    /** The group's newest deal id, whatever its status. */
    long latestDeal() {
        ApiClient.Response deals = api.get("/api/v1/deals?groupId=" + groupId);
        assertThat(deals.status()).isEqualTo(200);
        return deals.json().path("deals").get(0).path("id").asLong();
    }

    String status(long dealId) {
        return api.get("/api/v1/deals/" + dealId).json().path("status").asString();
    }

    static String joined(List<String> replies) {
        return String.join("\n", replies);
    }
}
