package dev.groupbuy.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenRuleTests {

    @Test
    void refusesShortSpacedOrMonotonousTokensSayingWhy() {
        assertThat(AdminTokenRule.weakness("x")).hasValue("it has 1 characters; at least 16 are needed");
        assertThat(AdminTokenRule.weakness("fifteen-chars-1")).get().asString().contains("at least 16");
        assertThat(AdminTokenRule.weakness("a token with spaces"))
                .get()
                .asString()
                .contains("space");
        assertThat(AdminTokenRule.weakness("令牌令牌令牌令牌令牌令牌令牌令牌")).get().asString().contains("printable ASCII");
        assertThat(AdminTokenRule.weakness("abababababababababab"))
                .hasValue("it uses only 2 different characters; at least 8 are needed");
    }

    @Test
    void acceptsTokensOfSixteenVariedCharacters() {
        assertThat(AdminTokenRule.weakness("test-admin-token-1")).isEmpty();
        assertThat(AdminTokenRule.weakness("Zq3+/x9kLmP0aB7=")).isEmpty();
    }

    @Test
    void everyGeneratedTokenPasses(@TempDir Path dir) {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String token = new AdminTokenFile(dir.resolve("token-" + i), random).readOrGenerate();
            assertThat(AdminTokenRule.weakness(token)).as(token).isEmpty();
        }
    }
}
