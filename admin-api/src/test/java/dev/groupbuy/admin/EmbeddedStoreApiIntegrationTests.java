package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.adapters.coordination.local.LocalLocks;
import dev.groupbuy.core.coordination.Locks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store-touching API on the embedded default: H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=" + EmbeddedStoreApiIntegrationTests.DATA_DIR,
            "groupbuy.admin.tokens=" + StoreApiContract.TOKEN
        })
class EmbeddedStoreApiIntegrationTests extends StoreApiContract {

    static final String DATA_DIR = "./target/it-data/embedded-api";

    @Autowired
    Locks locks;

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    @Test
    void keepsNoTraceFileWithTheValuesOfFailedStatements() throws Exception {
        String secret = "resident-" + UUID.randomUUID();

        assertThatThrownBy(() -> insertGroup(new JdbcTemplate(dataSource), unique("c"), secret + "x".repeat(300)))
                .isNotNull();

        try (Stream<Path> files = Files.list(Path.of(DATA_DIR))) {
            assertThat(files.toList()).allSatisfy(file -> {
                assertThat(file.getFileName().toString()).doesNotEndWith(".trace.db");
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                        .doesNotContain(secret);
            });
        }
    }

    @Test
    void runsOnTheH2FileDatabaseWithInProcessCoordination() {
        assertThat(datasourceUrl).startsWith("jdbc:h2:file:./target/it-data/embedded-api/groupbuy;MODE=MySQL");
        assertThat(locks).isInstanceOf(LocalLocks.class);
    }
}
