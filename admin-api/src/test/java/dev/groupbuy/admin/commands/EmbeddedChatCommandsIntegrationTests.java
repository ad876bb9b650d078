package dev.groupbuy.admin.commands;

import org.springframework.boot.test.context.SpringBootTest;

/** The chat commands on the embedded default: a fresh H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/commands-${random.uuid}",
            "groupbuy.admin.tokens=" + ChatCommandsContract.TOKEN,
            "groupbuy.exports.secret=" + ChatCommandsContract.SECRET
        })
class EmbeddedChatCommandsIntegrationTests extends ChatCommandsContract {}
