package dev.groupbuy.admin;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
        try (RunningApp app = RunningApp.start(dataDir, "--groupbuy.admin.tokens=configured-1")) {
            assertThat(app.api("configured-1").get("/api/v1/groups").status()).isEqualTo(200);
            assertThat(dataDir.resolve("admin-token")).doesNotExist();
        }
    }

    @Test
    void refusesToStartWithoutATokenWhenGenerationIsOff(@TempDir Path dataDir) {
        assertThatThrownBy(() -> RunningApp.start(dataDir, NO_TOKENS, "--groupbuy.admin.generate-token=false")
                        .close())
                .hasStackTraceContaining("GROUPBUY_ADMIN_TOKEN");
    }
}
