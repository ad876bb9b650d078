package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever a client sends, and however it is refused, the log never holds a value from a request: not for a
 * 400 or 422, not for a sandbox message to an unknown chat or one with over-long fields. (Database errors are
 * covered per store by {@code StoreApiContract}.)
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/api-errors",
            "groupbuy.admin.tokens=" + TestTokens.ADMIN + ", " + TestTokens.SECOND,
            "groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER
        })
class LogsCarryNoValuesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void neverLogsWhatRequestsCarried(CapturedOutput output) {
        ApiClient api = new ApiClient(port, TestTokens.ADMIN);
        String secret = "resident" + UUID.randomUUID().toString().replace("-", "");
        String chatId = "g-" + UUID.randomUUID();
        long groupId = api.post(
                        "/api/v1/groups",
                        "{\"platform\":\"sandbox\",\"chatId\":\"" + chatId + "\",\"leaders\":[{\"userId\":\"L1\"}]}")
                .json()
                .path("id")
                .asLong();
        api.post("/api/v1/deals", StoreApiContract.deal(groupId, "25"));

        api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"" + secret.repeat(10) + "\"}");
        api.post("/api/v1/groups", "{\"platform\":\"" + secret + "\",,}");
        api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"c\",\"zone\":\"" + secret + "\"}");
        api.post("/api/v1/chains/parse", "{\"text\": " + secret + "}");
        api.post("/api/v1/deals", "{\"title\":\"" + secret + "\",\"groupIds\":[\"" + secret + "\"],\"catalog\":[]}");
        api.get("/api/v1/deals?status=" + secret);
        api.post("/api/v1/sandbox/messages", message("nowhere-" + secret, secret, "hi"));
        api.post("/api/v1/sandbox/messages", message(chatId, secret, "#接龙 丹东草莓\n1. " + secret + " 草莓1盒"));
        api.post("/api/v1/sandbox/messages", message(secret.repeat(5), secret, secret));

        assertThat(output.getAll()).doesNotContain(secret);
    }

    private static String message(String chatId, String name, String text) {
        return "{\"chatId\":\"" + chatId + "\",\"senderId\":\"u-" + UUID.randomUUID() + "\",\"senderName\":\"" + name
                + "\",\"text\":\"" + text.replace("\n", "\\n") + "\",\"msgId\":\"m-" + UUID.randomUUID() + "\"}";
    }
}
