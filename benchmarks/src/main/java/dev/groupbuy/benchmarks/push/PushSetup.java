package dev.groupbuy.benchmarks.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates the sandbox groups and the one-shot schedule posting into all of them, through the admin API. */
final class PushSetup {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    PushSetup(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** @return the run: its text (unique), the schedule's id and fire time */
    PushRun prepare(String runId, int groups, int inSeconds) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            ids.add(id(
                    post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"push-" + runId + "-" + i + "\"}")));
        }
        String text = "今晚7点直播，记得来看 (" + runId + ")";
        Instant at = Instant.now().plusSeconds(inSeconds).truncatedTo(ChronoUnit.SECONDS);
        String body = "{\"name\":\"push " + runId + "\",\"groupIds\":" + ids + ",\"trigger\":{\"at\":\"" + at
                + "\"},\"action\":{\"type\":\"post\",\"text\":\"" + text + "\"}}";
        long scheduleId = id(post("/api/v1/schedules", body));
        return new PushRun(runId, text, scheduleId, at, groups);
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
