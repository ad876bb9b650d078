package dev.groupbuy.admin.dashboard;

import dev.groupbuy.admin.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The dashboard through the API on the embedded default: H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/embedded-dashboard-${random.uuid}",
            "groupbuy.admin.tokens=" + DashboardContract.TOKEN,
            "groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER
        })
@Import(DashboardContract.MovableClock.class)
class EmbeddedDashboardIntegrationTests extends DashboardContract {}
