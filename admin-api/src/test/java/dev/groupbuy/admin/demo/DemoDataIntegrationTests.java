package dev.groupbuy.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.admin.RunningApp;
import dev.groupbuy.admin.TestTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** The demo sandbox group and deal of the embedded default's first start. */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataIntegrationTests {

    @Test
    void theFirstStartMakesADemoGroupWithAnOpenDealAndLaterStartsLeaveItAlone(CapturedOutput output) {
        Path dataDir = Path.of("./target/it-data/demo-first-start");
        try (RunningApp app = start(dataDir, "true")) {
            ApiClient api = app.api(TestTokens.ADMIN);
            List<JsonNode> groups = api.get("/api/v1/groups")
                    .json()
                    .path("groups")
                    .valueStream()
                    .toList();
            assertThat(groups).hasSize(1);
            JsonNode group = groups.get(0);
            assertThat(group.path("platform").asString()).isEqualTo("sandbox");
            assertThat(group.path("chatId").asString()).isEqualTo(DemoData.CHAT_ID);
            assertThat(group.path("leaders").get(0).path("name").asString()).isEqualTo("王团长");
            JsonNode deal =
                    api.get("/api/v1/deals?status=open").json().path("deals").get(0);
            assertThat(deal.path("groupIds").get(0).asLong())
                    .isEqualTo(group.path("id").asLong());
            assertThat(deal.path("catalog").size()).isEqualTo(3);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(api.get("/api/v1/sandbox/chats/demo/messages")
                                    .body())
                            .as("the bot posted the deal's 接龙 in the group")
                            .contains("#接龙 丹东草莓 · 阳光玫瑰"));
            assertThat(output.getOut())
                    .contains("Chat sandbox: http://localhost:" + app.port() + "/sandbox")
                    .doesNotContain(TestTokens.ADMIN);
        }
        try (RunningApp again = start(dataDir, "true")) {
            ApiClient api = again.api(TestTokens.ADMIN);
            assertThat(api.get("/api/v1/groups").json().path("groups").size()).isEqualTo(1);
            assertThat(api.get("/api/v1/deals").json().path("deals").size()).isEqualTo(1);
        }
    }

    @Test
    void noDemoWhenItIsSwitchedOff() {
        try (RunningApp app = start(Path.of("./target/it-data/demo-off"), "false")) {
            ApiClient api = app.api(TestTokens.ADMIN);
            assertThat(api.get("/api/v1/groups").json().path("groups").size()).isZero();
            assertThat(api.get("/api/v1/deals").json().path("deals").size()).isZero();
        }
    }

    private static RunningApp start(Path dataDir, String demo) {
        return RunningApp.start(
                dataDir, "--groupbuy.admin.tokens=" + TestTokens.ADMIN, "--groupbuy.demo.enabled=" + demo);
    }
}
