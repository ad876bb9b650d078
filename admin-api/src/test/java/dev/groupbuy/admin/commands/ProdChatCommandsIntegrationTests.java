package dev.groupbuy.admin.commands;

import dev.groupbuy.adapters.testing.RequiresMariaDb;
import dev.groupbuy.adapters.testing.RequiresRedis;
import dev.groupbuy.admin.ProdDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The chat commands on the {@code prod} profile with the sandbox switched on: MariaDB (database {@value
 * #DATABASE}, recreated once per run), Redis locks, dedup and rate limits.
 */
@RequiresMariaDb(database = ProdChatCommandsIntegrationTests.DATABASE)
@RequiresRedis
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/prod-commands",
            "groupbuy.admin.tokens=" + ChatCommandsContract.TOKEN,
            "groupbuy.sandbox.enabled=true",
            "groupbuy.exports.secret=" + ChatCommandsContract.SECRET
        })
class ProdChatCommandsIntegrationTests extends ChatCommandsContract {

    static final String DATABASE = "groupbuy_commands_test";

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        ProdDataSource.register(registry, DATABASE);
    }
}
