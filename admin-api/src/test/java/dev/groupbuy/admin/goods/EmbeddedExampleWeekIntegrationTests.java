package dev.groupbuy.admin.goods;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The example week on the embedded default: H2 file database, in-process coordination. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/example-week-${random.uuid}",
            "groupbuy.admin.tokens=" + ExampleWeekContract.TOKEN,
            "groupbuy.public-url=https://tuan.example.com"
        })
@Import(ExampleWeekContract.FixedWeek.class)
class EmbeddedExampleWeekIntegrationTests extends ExampleWeekContract {}
