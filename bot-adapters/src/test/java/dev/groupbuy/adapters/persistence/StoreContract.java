package dev.groupbuy.adapters.persistence;

import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.store.Transactions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema, time handling and transactions every store must get right; run on H2 and MariaDB. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class StoreContract {

    @Autowired
    DealRepository deals;

    @Autowired
    GroupRepository groups;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler scheduler;

    @Test
    void anInstantComesBackExactlyWhateverTheJvmZoneWhenWrittenAndRead() {
        TimeZone original = TimeZone.getDefault();
        assertThat(original.getRawOffset())
                .as("the tests run in a non-UTC default zone (surefire argLine), else this proves nothing")
                .isNotZero();
        Instant closesAt = Instant.parse("2026-03-29T01:30:00.987654Z");
        long dealId;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            dealId = deals.create(aDeal(closesAt)).id();
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            assertThat(deals.findById(dealId).orElseThrow().closesAt()).isEqualTo(closesAt);
        } finally {
            TimeZone.setDefault(original);
        }
        LocalDateTime stored =
                jdbc.queryForObject("SELECT closes_at FROM deals WHERE id = ?", LocalDateTime.class, dealId);
        assertThat(stored).isEqualTo(LocalDateTime.ofInstant(closesAt, ZoneOffset.UTC));
    }

    @Test
    void keepsInstantsToTheMicrosecond() {
        Instant closesAt = Instant.parse("2026-11-24T08:00:00.123456789Z");

        long dealId = deals.create(aDeal(closesAt)).id();

        assertThat(deals.findById(dealId).orElseThrow().closesAt())
                .isEqualTo(Instant.parse("2026-11-24T08:00:00.123456Z"));
    }

    @Test
    void rollsBackEverythingATransactionDidWhenItFails() {
        String chatId = unique("chat");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    groups.create(new ChatGroup(null, "sandbox", chatId, "回滚群", null, null), List.of());
                    transactions.inTransaction(() -> groups.create(
                            new ChatGroup(null, "sandbox", chatId + "-inner", "内层", null, null), List.of()));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(groups.findByChat("sandbox", chatId)).isEmpty();
        assertThat(groups.findByChat("sandbox", chatId + "-inner")).isEmpty();
        ChatGroup kept = transactions.inTransaction(
                () -> groups.create(new ChatGroup(null, "sandbox", chatId, "提交群", null, null), List.of()));
        assertThat(groups.findByChat("sandbox", chatId)).contains(kept);
    }

    @Test
    void migratesTheCoreSchemaAndTheQuartzTablesForThisVendor() {
        List<String> versions = jdbc.queryForList(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = TRUE"
                        + " ORDER BY installed_rank",
                String.class);

        assertThat(versions).containsExactly("1", "1.1", "2", "3", "4", "5", "10", "11", "12", "13");
    }

    @Test
    void letsQuartzKeepJobsInItsJdbcStore() throws Exception {
        JobKey key = JobKey.jobKey(unique("close-deal"), "deals");
        scheduler.scheduleJob(
                JobBuilder.newJob(NoOpJob.class)
                        .withIdentity(key)
                        .storeDurably()
                        .build(),
                TriggerBuilder.newTrigger()
                        .startAt(java.util.Date.from(Instant.now().plusSeconds(3600)))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule())
                        .build());
        try {
            Integer rows = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = ?", Integer.class, key.getName());
            assertThat(rows).isEqualTo(1);
            assertThat(scheduler.getTriggersOfJob(key)).hasSize(1);
        } finally {
            scheduler.deleteJob(key);
        }
        assertThat(scheduler.checkExists(key)).isFalse();
    }

    private Deal aDeal(Instant closesAt) {
        long groupId = StoreFixtures.aStoredGroup(groups).id();
        return new Deal(null, "限时团", DealStatus.OPEN, List.of(groupId), List.of(), closesAt, null, null);
    }

    /** Quartz needs a job class to store a job; this one is never fired. */
    public static class NoOpJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {}
    }
}
