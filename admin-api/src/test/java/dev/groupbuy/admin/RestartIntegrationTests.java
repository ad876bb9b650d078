package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The embedded default keeps its data in the H2 file database across restarts. */
class RestartIntegrationTests {

    @Test
    void groupsAndDealsSurviveARestart(@TempDir Path dataDir) {
        long groupId;
        long dealId;
        try (RunningApp app = RunningApp.start(dataDir, "--groupbuy.admin.tokens=" + TestTokens.ADMIN)) {
            ApiClient api = app.api(TestTokens.ADMIN);
            groupId = api.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"g-1\",\"name\":\"阳光花园1群\"}")
                    .json()
                    .path("id")
                    .asLong();
            dealId = api.post("/api/v1/deals", StoreApiContract.deal(groupId, "25.5"))
                    .json()
                    .path("id")
                    .asLong();
            assertThat(api.post("/api/v1/deals/" + dealId + "/close", "").status())
                    .isEqualTo(200);
        }
        assertThat(dataDir.resolve("groupbuy.mv.db")).exists();

        try (RunningApp app = RunningApp.start(dataDir, "--groupbuy.admin.tokens=" + TestTokens.ADMIN)) {
            ApiClient api = app.api(TestTokens.ADMIN);
            assertThat(api.get("/api/v1/groups/" + groupId).json().path("name").asString())
                    .isEqualTo("阳光花园1群");
            JsonNode deal = api.get("/api/v1/deals/" + dealId).json();
            assertThat(deal.path("status").asString()).isEqualTo("closed");
            assertThat(deal.path("catalog").get(0).path("price").decimalValue()).isEqualByComparingTo("25.5");
            assertThat(deal.path("groupIds").get(0).asLong()).isEqualTo(groupId);
        }
    }
}
