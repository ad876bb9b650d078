package dev.groupbuy.admin.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The schedules API on the embedded default: H2 file database, Quartz's JDBC store in it, not clustered. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/embedded-schedules",
            "groupbuy.admin.tokens=" + ScheduleApiContract.TOKEN
        })
class EmbeddedScheduleApiIntegrationTests extends ScheduleApiContract {

    @Autowired
    Scheduler scheduler;

    @Test
    void chatTextPastTheRetentionIsBlankedByTheNightlyJob() throws Exception {
        CronTrigger nightly = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("chat-text-retention"));
        assertThat(nightly.getCronExpression()).isEqualTo("0 30 3 * * ?");
        assertThat(nightly.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Shanghai"));
        String old = "old-" + UUID.randomUUID();
        String fresh = "fresh-" + UUID.randomUUID();
        insertDone(old, "1. 王姐 草莓2盒 5栋302", Duration.ofDays(31));
        insertDone(fresh, "2. 李四 橙子1", Duration.ofDays(29));

        scheduler.triggerJob(JobKey.jobKey("chat-text-retention"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(text(old)).isEmpty());
        assertThat(text(fresh)).isEqualTo("2. 李四 橙子1");
        assertThat(jdbc.queryForObject("SELECT sender_name FROM inbox WHERE platform_msg_id = ?", String.class, old))
                .isEmpty();
    }

    private void insertDone(String msgId, String text, Duration ago) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minus(ago));
        jdbc.update(
                "INSERT INTO inbox (platform, platform_msg_id, chat_id, sender_id, sender_name, text, mentions, sent_at,"
                        + " state, received_at, updated_at) VALUES ('sandbox', ?, 'c', 'u', '王姐', ?, '', ?, 'done', ?, ?)",
                msgId,
                text,
                at,
                at,
                at);
    }

    private String text(String msgId) {
        return jdbc.queryForObject("SELECT text FROM inbox WHERE platform_msg_id = ?", String.class, msgId);
    }
}
