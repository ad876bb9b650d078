package dev.groupbuy.admin;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** With no token configured, the embedded default generates one, keeps it and reuses it. */
@ExtendWith(OutputCaptureExtension.class)
class AdminTokenIntegrationTests {

    private static final String NO_TOKENS = "--groupbuy.admin.tokens=";

    @Test
    void generatesATokenOnFirstStartKeepsItAndReusesItLater(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        Path file = dataDir.resolve("admin-token");
        String token;
        try (RunningApp app = RunningApp.start(dataDir, NO_TOKENS)) {
            token = Files.readString(file).strip();
            assertThat(token).hasSizeGreaterThanOrEqualTo(40).matches("[A-Za-z0-9_-]+");
            assertThat(output.getOut()).contains("Generated an admin API token").contains(token);
            assertThat(app.api(token).get("/api/v1/groups").status()).isEqualTo(200);
            assertProblem(app.api(token + "x").get("/api/v1/groups"), 401, "not valid");
        }
        int logged = output.getOut().length();

        try (RunningApp app = RunningApp.start(dataDir, NO_TOKENS)) {
            assertThat(Files.readString(file).strip()).isEqualTo(token);
            assertThat(app.api(token).get("/api/v1/groups").status()).isEqualTo(200);
            assertThat(output.getOut().substring(logged)).doesNotContain(token).contains("read from");
        }
    }

    @Test
    void usesConfiguredTokensAndGeneratesNone(@TempDir Path dataDir) {
        try (RunningApp app = RunningApp.start(dataDir, "--groupbuy.admin.tokens=configured-token-1")) {
            assertThat(app.api("configured-token-1").get("/api/v1/groups").status())
                    .isEqualTo(200);
            assertThat(dataDir.resolve("admin-token")).doesNotExist();
        }
    }

    @Test
    void refusesToStartWithAWeakTokenSayingWhyButNotTheToken(@TempDir Path dataDir, CapturedOutput output) {
        assertThatThrownBy(() -> RunningApp.start(dataDir, "--groupbuy.admin.tokens=strong-token-0001,short-secret")
                        .close())
                .hasStackTraceContaining("token 2 of 2 in groupbuy.admin.tokens")
                .hasStackTraceContaining("at least 16 are needed");
        assertThatThrownBy(() -> RunningApp.start(
                                dataDir,
                                "--groupbuy.admin.tokens=strong-token-0001",
                                "--groupbuy.admin.read-only-tokens=aaaaaaaaaaaaaaaaaaaa")
                        .close())
                .hasStackTraceContaining("only 1 different characters");

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "openssl rand");
        assertThat(output.getAll()).doesNotContain("short-secret", "aaaaaaaaaaaaaaaaaaaa");
    }

    @Test
    void logsRefusedRequestsWithoutTheirTokensAtMostTenAMinute(@TempDir Path dataDir, CapturedOutput output) {
        String guess = "guessed-token-000";
        try (RunningApp app = RunningApp.start(
                dataDir,
                "--groupbuy.admin.tokens=" + TestTokens.ADMIN,
                "--groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER)) {
            int before = output.getOut().length();
            assertProblem(app.api(TestTokens.VIEWER).post("/api/v1/groups", "{}"), 403, "only read");
            for (int i = 0; i < 24; i++) {
                assertProblem(app.api(guess + i).get("/api/v1/groups?q=" + guess), 401, "not valid");
            }

            List<String> lines = output.getOut()
                    .substring(before)
                    .lines()
                    .filter(line -> line.contains("Refused"))
                    .toList();
            assertThat(lines).hasSize(10).allSatisfy(line -> assertThat(line).contains(" WARN "));
            assertThat(lines.get(0))
                    .endsWith("Refused 403 POST /api/v1/groups from 127.0.0.1: read-only token used to write");
            assertThat(lines.get(1)).endsWith("Refused 401 GET /api/v1/groups from 127.0.0.1: unknown token");
            assertThat(output.getAll()).doesNotContain(guess, TestTokens.VIEWER);
        }
    }

    @Test
    void refusesToStartWithoutATokenWhenGenerationIsOff(@TempDir Path dataDir) {
        assertThatThrownBy(() -> RunningApp.start(dataDir, NO_TOKENS, "--groupbuy.admin.generate-token=false")
                        .close())
                .hasStackTraceContaining("GROUPBUY_ADMIN_TOKEN");
    }
}
