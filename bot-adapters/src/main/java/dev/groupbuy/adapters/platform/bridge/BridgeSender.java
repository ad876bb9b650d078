package dev.groupbuy.adapters.platform.bridge;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.SendOutcome;
import dev.groupbuy.core.chat.OutboundMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts what the bot says in a bridged group to the bridge: {@code {"chatId","text","mentions","idempotencyKey"}},
 * signed like the bridge's own requests. 2xx is delivered; 408, 425, 429 and 5xx, and a failed connection,
 * may succeed later; any other answer never will.
 */
public final class BridgeSender implements PlatformSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Gson GSON = new Gson();

    private final BridgeSettings settings;
    private final HttpClient http;
    private final Clock clock;

    public BridgeSender(BridgeSettings settings, HttpClient http, Clock clock) {
        if (settings.outboundUrl() == null) {
            throw new IllegalArgumentException("the bridge sender needs the bridge's outbound URL");
        }
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return BridgeMessageReader.PLATFORM;
    }

    @Override
    public int maxBytes() {
        return settings.maxBytes();
    }

    @Override
    public SendOutcome send(OutboundMessage message, String idempotencyKey) {
        byte[] body = body(message, idempotencyKey);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(settings.outboundUrl())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(BridgeSignature.TIMESTAMP_HEADER, timestamp)
                .header(BridgeSignature.SIGNATURE_HEADER, BridgeSignature.sign(settings.key(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return outcome(status);
        } catch (IOException e) {
            return SendOutcome.retryLater("bridge unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.retryLater("interrupted");
        }
    }

    static SendOutcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return SendOutcome.sent();
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return SendOutcome.retryLater("bridge answered " + status);
        }
        return SendOutcome.givenUp("bridge answered " + status);
    }

    private static byte[] body(OutboundMessage message, String idempotencyKey) {
        JsonObject json = new JsonObject();
        json.addProperty("chatId", message.chatId());
        json.addProperty("text", message.text());
        JsonArray mentions = new JsonArray();
        message.mentions().forEach(mentions::add);
        json.add("mentions", mentions);
        json.addProperty("idempotencyKey", idempotencyKey);
        return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
    }
}
