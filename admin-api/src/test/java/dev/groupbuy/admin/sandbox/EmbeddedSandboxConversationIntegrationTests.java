package dev.groupbuy.admin.sandbox;

import org.springframework.boot.test.context.SpringBootTest;

/** The sandbox on the embedded default: a fresh H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/sandbox-${random.uuid}",
            "groupbuy.admin.tokens=" + SandboxConversationContract.TOKEN
        })
class EmbeddedSandboxConversationIntegrationTests extends SandboxConversationContract {}
