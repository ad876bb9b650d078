package dev.groupbuy.admin.schedule;

import org.springframework.boot.test.context.SpringBootTest;

/** The schedules API on the embedded default: H2 file database, Quartz's JDBC store in it, not clustered. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/embedded-schedules",
            "groupbuy.admin.tokens=" + ScheduleApiContract.TOKEN
        })
class EmbeddedScheduleApiIntegrationTests extends ScheduleApiContract {}
